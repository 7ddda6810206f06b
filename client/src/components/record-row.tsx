import { FMR_FORM_ID } from '../../../shared/fmr.ts';
import { fillPlaceholders } from '../../../shared/i18n.ts';
import { findForm } from '../../../shared/forms/registry.ts';
import type { LocalRecord } from '../db/database.ts';
import { summarizeRecord } from '../fmr/record-summary.ts';
import { tallyIntervalText } from '../fmr/tally-interval-text.ts';
import { choiceOf } from '../forms/field-of.ts';
import { recordErrorText } from '../forms/record-error-text.ts';
import { formatDate, formatDateTime, formatNumber } from '../i18n/format.ts';
import { useLanguage, useStrings } from '../i18n/language-context.ts';
import { homeStrings } from '../i18n/strings/home.ts';
import { recordStateStrings } from '../i18n/strings/record-states.ts';

export function RecordRow({ record, onOpen }: { record: LocalRecord; onOpen: (id: string) => void }) {
  const { language } = useLanguage();
  const s = useStrings(homeStrings);
  const states = useStrings(recordStateStrings);
  const summary = summarizeRecord(record.data);
  const lookup = findForm(record.form, record.formVersion);
  const form = lookup.ok ? lookup.form : undefined;
  const direction = form ? choiceOf(form, 'direction', summary.direction)?.label[language] : undefined;
  const isFmr = record.form === FMR_FORM_ID;
  const tally = isFmr && record.data['source'] === 'tally' ? tallyIntervalText(record.data, summary.total, language) : null;
  const title = tally?.title ?? (form ? form.title[language] : record.form);
  return (
    <li class={`record-row state-${record.state}`} data-record-id={record.id} data-state={record.state}>
      <div class="record-main">
        <span class="state-badge">{states[record.state]}</span>
        {record.seq !== null && <span class="muted">#{record.seq}</span>}
        <span class="record-form-title">{title}</span>
        {isFmr && <span class="record-direction">{direction ?? s.noDirection}</span>}
        {isFmr && <span class="record-total">{tally?.people ?? fillPlaceholders(s.total, { n: formatNumber(summary.total, language) })}</span>}
        {summary.observedAt && (
          <span class="muted">{tally ? formatDate(summary.observedAt, language) : formatDateTime(summary.observedAt, language)}</span>
        )}
      </div>
      {record.state === 'draft' ? (
        <button type="button" onClick={() => onOpen(record.id)}>
          {s.continue}
        </button>
      ) : (
        <button type="button" onClick={() => onOpen(record.id)}>
          {s.view}
        </button>
      )}
      {record.state === 'rejected' && record.errors && record.errors.length > 0 && (
        <div class="record-errors">
          <span>{s.serverErrors}</span>
          <ul>
            {record.errors.map((error) => {
              const text = recordErrorText(record, error, language);
              return (
                <li key={`${error.path}-${error.code}`} data-code={error.code}>
                  {text.field && <strong>{text.field}: </strong>}
                  {text.message}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </li>
  );
}
