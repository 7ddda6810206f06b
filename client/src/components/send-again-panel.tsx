import { useEffect, useRef, useState } from 'preact/hooks';
import { fillPlaceholders } from '../../../shared/i18n.ts';
import { db } from '../db/database.ts';
import { SEND_AGAIN_DEFAULT_DAYS, countSentSince, dayValueBefore, sendAgainSince, startOfDayValue } from '../db/send-again.ts';
import { formatDate, formatNumber } from '../i18n/format.ts';
import { useLanguage, useStrings } from '../i18n/language-context.ts';
import { sendAgainStrings } from '../i18n/strings/send-again.ts';
import type { SyncEngine } from '../sync/sync-engine.ts';

type Step =
  | { kind: 'choose' }
  | { kind: 'confirm'; since: Date; count: number }
  | { kind: 'none'; since: Date }
  | { kind: 'queued'; count: number }
  | { kind: 'failed' };

/** After a server restore (docs/deploy.md section 7): sent records go back in the outbox, unchanged (0026). */
export function SendAgainPanel({ engine }: { engine: SyncEngine }) {
  const s = useStrings(sendAgainStrings);
  const { language } = useLanguage();
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
      <h2>{s.title}</h2>
      <p class="muted">{s.explain}</p>
      <p class="muted">{s.safe}</p>
      <div class="field">
        <label for="send-again-since">{s.since}</label>
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
            {fillPlaceholders(s.confirm, { count: formatNumber(step.count, language), date: formatDate(step.since, language) })}
          </span>
          <div class="actions">
            <button type="button" onClick={() => void confirm(step.since)}>
              {s.yes}
            </button>
            <button type="button" ref={cancel} onClick={() => setStep({ kind: 'choose' })}>
              {s.cancel}
            </button>
          </div>
        </div>
      ) : (
        <div class="actions">
          <button type="button" disabled={!since} onClick={() => void ask()}>
            {s.start}
          </button>
        </div>
      )}
      {step.kind === 'none' && (
        <p class="banner info" role="status">
          {fillPlaceholders(s.none, { date: formatDate(step.since, language) })}
        </p>
      )}
      {step.kind === 'queued' && (
        <p class="banner info" role="status" data-count={step.count}>
          {fillPlaceholders(s.queued, { count: formatNumber(step.count, language) })}
        </p>
      )}
      {step.kind === 'failed' && (
        <p class="banner error" role="alert">
          {s.failed}
        </p>
      )}
    </section>
  );
}
