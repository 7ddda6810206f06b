import { useEffect, useRef, useState } from 'preact/hooks';
import { db } from '../db/database.ts';
import {
  SEND_AGAIN_DEFAULT_DAYS,
  countSentSince,
  dayValueBefore,
  sendAgainSince,
  startOfDayValue,
} from '../db/send-again.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import type { SyncEngine } from '../sync/sync-engine.ts';

type Step =
  | { kind: 'choose' }
  | { kind: 'confirm'; since: Date; count: number }
  | { kind: 'none'; since: Date }
  | { kind: 'queued'; count: number }
  | { kind: 'failed' };

/** After a server restore (docs/deploy.md section 7): sent records go back in the outbox, unchanged (0026). */
export function SendAgainPanel({ engine }: { engine: SyncEngine }) {
  const { t, language } = useI18n();
  const [day, setDay] = useState(() => dayValueBefore(new Date(), SEND_AGAIN_DEFAULT_DAYS));
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const since = startOfDayValue(day);
  const cancel = useRef<HTMLButtonElement>(null);
  // The question replaces the button that asked it, so focus moves to the safe answer.
  useEffect(() => {
    if (step.kind === 'confirm') cancel.current?.focus();
  }, [step.kind]);

  async function ask(): Promise<void> {
    if (!since) return;
    try {
      const count = await countSentSince(db, since);
      setStep(count > 0 ? { kind: 'confirm', since, count } : { kind: 'none', since });
    } catch {
      setStep({ kind: 'failed' });
    }
  }

  async function confirm(from: Date): Promise<void> {
    try {
      setStep({ kind: 'queued', count: await sendAgainSince(db, from) });
      void engine.sync('manual');
    } catch {
      setStep({ kind: 'failed' });
    }
  }

  return (
    <section class="send-again">
      <h2>{t('send-again.title')}</h2>
      <p class="muted">{t('send-again.explain')}</p>
      <p class="muted">{t('send-again.safe')}</p>
      <div class="field">
        <label for="send-again-since">{t('send-again.since')}</label>
        <input
          id="send-again-since"
          type="date"
          value={day}
          max={dayValueBefore(new Date(), 0)}
          onInput={(e) => {
            setDay(e.currentTarget.value);
            setStep({ kind: 'choose' });
          }}
        />
      </div>
      {step.kind === 'confirm' ? (
        <div class="banner warning" role="group" aria-labelledby="send-again-question">
          <span id="send-again-question">
            {t('send-again.confirm', { count: step.count, date: formatDate(step.since, language.locale) })}
          </span>
          <div class="actions">
            <button type="button" onClick={() => void confirm(step.since)}>
              {t('send-again.yes')}
            </button>
            <button type="button" ref={cancel} onClick={() => setStep({ kind: 'choose' })}>
              {t('send-again.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div class="actions">
          <button type="button" disabled={!since} onClick={() => void ask()}>
            {t('send-again.start')}
          </button>
        </div>
      )}
      {step.kind === 'none' && (
        <p class="banner info" role="status">
          {t('send-again.none', { date: formatDate(step.since, language.locale) })}
        </p>
      )}
      {step.kind === 'queued' && (
        <p class="banner info" role="status" data-count={step.count}>
          {t('send-again.queued', { count: step.count })}
        </p>
      )}
      {step.kind === 'failed' && (
        <p class="banner error" role="alert">
          {t('send-again.failed')}
        </p>
      )}
    </section>
  );
}
