import { textIn } from '../../../shared/i18n.ts';
import { useEffect, useState } from 'preact/hooks';
import {
  DIRECTIONS,
  FMR_FORM_ID,
  FMR_FORM_VERSION,
  GRID_FIELDS,
  VULNERABILITY_FIELDS,
  type FmrCountField,
} from '../../../shared/fmr.ts';
import { IssueText } from '../components/form/issue-text.tsx';
import { choiceLabel, fieldOf } from '../forms/field-of.ts';
import { FormContext } from '../forms/form-context.ts';
import { findForm } from '../forms/known-forms.ts';
import { formatNumber, formatTime } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import type { MessageKey } from '../i18n/message-key.ts';
import { countOf, directionTotal, type Direction } from '../tally/tally-counts.ts';
import { minutesLeft } from '../tally/minutes-left.ts';
import { useTally, type TallyProblem } from '../tally/use-tally.ts';

interface TallyPageProps {
  fmp: string;
  enumerator: string;
  onClose: () => void;
  onIntervalClosed: () => void;
}

/** The time, read again every 15 s and whenever `since` changes (a new interval starts). */
function useMinuteClock(since: string | undefined): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    setNow(Date.now());
    const handle = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(handle);
  }, [since]);
  return now;
}

/** One big button per direction x sex x age band and per vulnerability; each tap is saved at once. */
const PROBLEM_TEXT = {
  saveFailed: 'tally.saveFailed',
  storageFull: 'tally.storageFull',
  closeFailed: 'tally.closeFailed',
} as const satisfies Record<TallyProblem, MessageKey>;

export default function TallyPage({ fmp, enumerator, onClose, onIntervalClosed }: TallyPageProps) {
  const { t, language } = useI18n();
  const tally = useTally(fmp, enumerator, onIntervalClosed);
  const { session, state } = tally;
  const now = useMinuteClock(session?.intervalStart);
  const fmr = findForm(FMR_FORM_ID, FMR_FORM_VERSION);
  if (!session || !fmr.ok) return null;
  const form = fmr.form;
  const left = minutesLeft(session, now);
  const n = (value: number): string => formatNumber(value, language.locale);

  const button = (direction: Direction, field: FmrCountField, kind: 'grid' | 'vulnerable') => (
    <button
      key={field}
      type="button"
      class={`tally-button ${kind}`}
      data-count={countOf(state, direction, field)}
      onClick={() => tally.press(direction, field)}
    >
      <span class="tally-label">{textIn(fieldOf(form, field).label, language.code)}</span>
      <span class="tally-count">{n(countOf(state, direction, field))}</span>
    </button>
  );

  return (
    <FormContext.Provider value={form}>
      <section class="page tally" data-session-id={session.id}>
        <div class="form-header">
          <button type="button" onClick={onClose}>
            <span class="back-arrow">←</span> {t('tally.back')}
          </button>
          <h1>{t('tally.title')}</h1>
        </div>
        <div class="tally-bar">
          <p>
            <strong>{t('tally.interval', { start: formatTime(session.intervalStart, language.locale) })}</strong>
            {' · '}
            <span data-minutes={left}>{t('tally.timeLeft', { minutes: left })}</span>
          </p>
          <label class="tally-minutes">
            <span>{t('tally.minutes')}</span>
            <input
              type="number"
              name="interval_minutes"
              min={1}
              max={240}
              value={session.intervalMinutes}
              onChange={(e) => {
                const minutes = Number(e.currentTarget.value);
                if (Number.isInteger(minutes) && minutes >= 1 && minutes <= 240) tally.setMinutes(minutes);
              }}
            />
          </label>
          <p class="muted" data-closed={session.closedIntervals}>
            {t('tally.closed', { n: session.closedIntervals })}
          </p>
        </div>
        {tally.problem && (
          <p class="banner error" role="alert" data-problem={tally.problem}>
            {t(PROBLEM_TEXT[tally.problem])}
          </p>
        )}
        {tally.refused && (
          <div class="banner warning" role="alert">
            <span>{t('tally.refused')}</span> <IssueText issue={tally.refused} />
          </div>
        )}
        <button type="button" class="undo" disabled={state.taps.length === 0} onClick={tally.undo}>
          ↶ {state.taps.length === 0 ? t('tally.nothingToUndo') : t('tally.undo')}
        </button>
        <div class="tally-directions">
          {DIRECTIONS.map((direction) => (
            <section key={direction} class={`tally-direction ${direction}`} aria-labelledby={`tally-${direction}`}>
              <h2 id={`tally-${direction}`}>
                {choiceLabel(form, 'direction', direction, language.code)}{' '}
                <span data-total={directionTotal(state, direction)}>
                  {t('tally.total', { n: directionTotal(state, direction) })}
                </span>
              </h2>
              <h3>{t('tally.people')}</h3>
              <div class="tally-grid">{GRID_FIELDS.map((field) => button(direction, field, 'grid'))}</div>
              <h3>{t('tally.vulnerable')}</h3>
              <div class="tally-grid">
                {VULNERABILITY_FIELDS.map((field) => button(direction, field, 'vulnerable'))}
              </div>
            </section>
          ))}
        </div>
        <div class="actions">
          <button type="button" class="primary" onClick={() => void tally.close('continue')}>
            {t('tally.closeInterval')}
          </button>
          <button
            type="button"

            onClick={() => void tally.close('end').then((ended) => ended && onClose())}
          >
            {t('tally.endSession')}
          </button>
        </div>
      </section>
    </FormContext.Provider>
  );
}
