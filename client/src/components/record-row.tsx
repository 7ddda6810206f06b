import { textIn } from '../../../shared/i18n.ts';
import { FMR_FORM_ID } from '../../../shared/fmr.ts';
import type { LocalRecord } from '../db/database.ts';
import { summarizeRecord } from '../fmr/record-summary.ts';
import { tallyIntervalText } from '../fmr/tally-interval-text.ts';
import { choiceLabel } from '../forms/field-of.ts';
import { recordErrorText } from '../forms/record-error-text.ts';
import { useTabletForms } from '../forms/tablet-forms-context.ts';
import { formatDate, formatDateTime } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { RECORD_STATE_TEXT } from './record-state-text.ts';

export function RecordRow({ record, onOpen }: { record: LocalRecord; onOpen: (id: string) => void }) {
  const { t, language } = useI18n();
  const summary = summarizeRecord(record.data);
  const lookup = useTabletForms().find(record.form, record.formVersion);
  const form = lookup.ok ? lookup.form : undefined;
  const direction = form ? choiceLabel(form, 'direction', summary.direction, language.code) : undefined;
  const isFmr = record.form === FMR_FORM_ID;
  const tally =
    isFmr && record.data['source'] === 'tally'
      ? tallyIntervalText(record.data, summary.total, t, language.locale)
      : null;
  const title = tally?.title ?? (form ? textIn(form.title, language.code) : record.form);
  return (
    <li class={`record-row state-${record.state}`} data-record-id={record.id} data-state={record.state}>
      <div class="record-main">
        <span class="state-badge">{t(RECORD_STATE_TEXT[record.state])}</span>
        {record.seq !== null && <span class="muted">#{record.seq}</span>}
        <span class="record-form-title">{title}</span>
        {isFmr && <span class="record-direction">{direction ?? t('home.noDirection')}</span>}
        {isFmr && <span class="record-total">{tally?.people ?? t('home.total', { n: summary.total })}</span>}
        {summary.observedAt && (
          <span class="muted">
            {tally
              ? formatDate(summary.observedAt, language.locale)
              : formatDateTime(summary.observedAt, language.locale)}
          </span>
        )}
      </div>
      {record.state === 'draft' ? (
        <button type="button" onClick={() => onOpen(record.id)}>
          {t('home.continue')}
        </button>
      ) : (
        <button type="button" onClick={() => onOpen(record.id)}>
          {t('home.view')}
        </button>
      )}
      {record.state === 'rejected' && record.errors && record.errors.length > 0 && (
        <div class="record-errors">
          <span>{t('home.serverErrors')}</span>
          <ul>
            {record.errors.map((error) => {
              const text = recordErrorText(form, error, language.code);
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
