import { useEffect } from 'preact/hooks';
import { DIRECTIONS, DURATIONS, REASONS, TRANSPORTS } from '../../../shared/fmr.ts';
import type { LocalRecord } from '../db/database.ts';
import { ChoiceField } from '../components/form/choice-field.tsx';
import { CodeField } from '../components/form/code-field.tsx';
import { CountGrid } from '../components/form/count-grid.tsx';
import { Field, inputId } from '../components/form/field.tsx';
import { isoToLocalInput, localInputToIso } from '../fmr/local-time.ts';
import { useFmrDraft } from '../fmr/use-fmr-draft.ts';
import { useStrings } from '../i18n/language-context.ts';
import { directionLabels, durationLabels, reasonLabels, transportLabels } from '../i18n/strings/fmr-choices.ts';
import { fmrFieldLabels } from '../i18n/strings/fmr-field-labels.ts';
import { fmrFormStrings } from '../i18n/strings/fmr-form.ts';

interface FmrFormPageProps {
  recordId: string;
  fresh?: LocalRecord | undefined;
  fmp: string;
  onClose: () => void;
  onFinalized: () => void;
}

export function FmrFormPage({ recordId, fresh, fmp, onClose, onFinalized }: FmrFormPageProps) {
  const s = useStrings(fmrFormStrings);
  const labels = useStrings(fmrFieldLabels);
  const { values, errors, problem, setText, setEstimated, finalize } = useFmrDraft(recordId, fmp, onClose, fresh);

  useEffect(() => {
    if (problem) document.querySelector('.fmr-form .banner')?.scrollIntoView({ block: 'center' });
  }, [problem, errors]);

  if (!values) return null;

  const choice = { direction: DIRECTIONS, transport: TRANSPORTS, reason: REASONS, duration: DURATIONS };
  const place = (side: 'origin' | 'destination') => (
    <fieldset>
      <legend>{side === 'origin' ? s.sectionOrigin : s.sectionDestination}</legend>
      <CodeField name={`${side}_country`} kind="country" value={values[`${side}_country`]} error={errors[`${side}_country`]} onChange={(v) => setText(`${side}_country`, v)} />
      <CodeField name={`${side}_admin1`} kind="admin" value={values[`${side}_admin1`]} error={errors[`${side}_admin1`]} onChange={(v) => setText(`${side}_admin1`, v)} />
      <CodeField name={`${side}_admin2`} kind="admin" value={values[`${side}_admin2`]} error={errors[`${side}_admin2`]} onChange={(v) => setText(`${side}_admin2`, v)} />
    </fieldset>
  );

  return (
    <form class="page fmr-form" data-testid="fmr-form" data-record-id={recordId} noValidate onSubmit={(e) => e.preventDefault()}>
      <div class="form-header">
        <button type="button" data-testid="back" onClick={onClose}>
          ← {s.back}
        </button>
        <h1>{s.title}</h1>
      </div>
      {problem && (
        <p class="banner error" role="alert" data-testid="form-problem" data-problem={problem}>
          {s[problem]}
        </p>
      )}

      <fieldset>
        <legend>{s.sectionWhen}</legend>
        <Field name="fmp" label={labels.fmp}>
          <input id={inputId('fmp')} name="fmp" value={values.fmp} readOnly />
        </Field>
        <Field name="observed_at" label={labels.observed_at} error={errors.observed_at}>
          <input
            id={inputId('observed_at')}
            name="observed_at"
            type="datetime-local"
            value={isoToLocalInput(values.observed_at)}
            onInput={(e) => setText('observed_at', localInputToIso(e.currentTarget.value))}
          />
        </Field>
        <ChoiceField name="direction" options={choice.direction} labels={directionLabels} value={values.direction} error={errors.direction} onChange={(v) => setText('direction', v)} />
      </fieldset>
      {place('origin')}
      {place('destination')}

      <fieldset>
        <legend>{s.sectionTravel}</legend>
        <CodeField name="nationality" kind="country" value={values.nationality} error={errors.nationality} onChange={(v) => setText('nationality', v)} />
        <ChoiceField name="transport" options={choice.transport} labels={transportLabels} value={values.transport} error={errors.transport} onChange={(v) => setText('transport', v)} />
        <ChoiceField name="reason" options={choice.reason} labels={reasonLabels} value={values.reason} error={errors.reason} onChange={(v) => setText('reason', v)} />
        <ChoiceField name="duration" options={choice.duration} labels={durationLabels} value={values.duration} error={errors.duration} onChange={(v) => setText('duration', v)} />
      </fieldset>

      <CountGrid values={values} errors={errors} onChange={setText} />

      <fieldset>
        <legend>{s.sectionOther}</legend>
        <label class="checkbox">
          <input type="checkbox" name="estimated" checked={values.estimated} onChange={(e) => setEstimated(e.currentTarget.checked)} />
          <span>{labels.estimated}</span>
        </label>
        <Field name="notes" label={labels.notes} error={errors.notes}>
          <textarea id={inputId('notes')} name="notes" rows={3} maxLength={2000} value={values.notes} onInput={(e) => setText('notes', e.currentTarget.value)} />
        </Field>
      </fieldset>

      <div class="actions">
        <button type="button" class="primary" data-testid="finalize" onClick={() => void finalize().then((done) => done && onFinalized())}>
          {s.finalize}
        </button>
      </div>
    </form>
  );
}
