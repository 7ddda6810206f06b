import { useState } from 'preact/hooks';
import { loadUnsentFile, saveUnsentFile, type LoadProblem } from '../db/data-file.ts';
import { db } from '../db/database.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import type { MessageKey } from '../i18n/message-key.ts';

/** Why a file could not be saved or loaded, as the person reads it. */
const PROBLEM_TEXT = {
  'not-json': 'data-file.not-json',
  'wrong-format': 'data-file.wrong-format',
  'checksum-mismatch': 'data-file.checksum-mismatch',
  failed: 'data-file.failed',
} as const satisfies Record<LoadProblem | 'failed', MessageKey>;

type Outcome =
  { kind: 'loaded'; added: number; skipped: number } | { kind: 'problem'; problem: LoadProblem | 'failed' };

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The way out when storage is at risk or a tablet must be reset: a file the enumerator can carry. */
export function DataFilePanel({ deviceId }: { deviceId: string | null }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function save(): Promise<void> {
    try {
      const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
      download(await saveUnsentFile(db, deviceId), `fmp-collect-unsent-${stamp}.json`);
    } catch {
      setOutcome({ kind: 'problem', problem: 'failed' });
    }
  }

  async function load(file: File | undefined): Promise<void> {
    if (!file) return;
    try {
      const result = await loadUnsentFile(db, await file.text());
      setOutcome(
        result.ok
          ? { kind: 'loaded', added: result.added, skipped: result.skipped }
          : { kind: 'problem', problem: result.problem },
      );
    } catch {
      setOutcome({ kind: 'problem', problem: 'failed' });
    }
  }

  return (
    <section class="data-file">
      <h2>{t('data-file.title')}</h2>
      <p class="muted">{t('data-file.explain')}</p>
      <div class="actions">
        <button type="button" onClick={() => void save()}>
          {t('data-file.save')}
        </button>
        <label class="file-button">
          <span>{t('data-file.load')}</span>
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              void load(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      {outcome?.kind === 'loaded' && (
        <p class="banner info" role="status">
          {t('data-file.loaded', { added: outcome.added, skipped: outcome.skipped })}
        </p>
      )}
      {outcome?.kind === 'problem' && (
        <p class="banner error" role="alert" data-problem={outcome.problem}>
          {t(PROBLEM_TEXT[outcome.problem])}
        </p>
      )}
    </section>
  );
}
