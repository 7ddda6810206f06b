import { useEffect } from 'preact/hooks';
import { FMR_FIELDS, GRID_FIELDS } from '../../../shared/fmr.ts';
import { FMR_V1 } from '../../../shared/forms/fmr-v1.ts';
import type { LocalRecord } from '../db/database.ts';
import { ChoiceField } from '../components/form/choice-field.tsx';
import { CodeField } from '../components/form/code-field.tsx';
import { CountGrid } from '../components/form/count-grid.tsx';
import { Field, inputId, type FieldIssues } from '../components/form/field.tsx';
import { IssueText } from '../components/form/issue-text.tsx';
import { isoToLocalInput, localInputToIso } from '../fmr/local-time.ts';
import { useFmrDraft } from '../fmr/use-fmr-draft.ts';
import { fieldOf } from '../forms/field-of.ts';
import { FormContext } from '../forms/form-context.ts';
import { placeIssues, type IssueLayout } from '../forms/place-issues.ts';
import { useLanguage, useStrings } from '../i18n/language-context.ts';
import { fmrFormStrings } from '../i18n/strings/fmr-form.ts';

interface FmrFormPageProps {
  recordId: string;
  fresh?: LocalRecord | undefined;
  fmp: string;
  onClose: () => void;
  onFinalized: () => void;
}

/** Every canonical field is on the page; `source` is always 'group' here, so it is never asked. */
const LAYOUT: IssueLayout = { shown: new Set(FMR_FIELDS), group: new Set(GRID_FIELDS) };

export function FmrFormPage({ recordId, fresh, fmp, onClose, onFinalized }: FmrFormPageProps) {
  const s = useStrings(fmrFormStrings);
  const { language } = useLanguage();
  const { values, errors, warnings, problem, setText, setEstimated, finalize } = useFmrDraft(recordId, fmp, onClose, fresh);

  useEffect(() => {
    if (problem) document.querySelector('.fmr-form .banner')?.scrollIntoView({ block: 'center' });
  }, [problem, errors]);

  if (!values) return null;

  // Once every marked field has been corrected there is nothing left to point at.
  const shownProblem = problem === 'fixErrors' && errors.length === 0 ? null : problem;

  const placedErrors = placeIssues(FMR_V1, errors, LAYOUT);
  const placedWarnings = placeIssues(FMR_V1, warnings, LAYOUT);
  const at = (field: string): FieldIssues => ({
    error: placedErrors.atField.get(field),
    warning: placedWarnings.atField.get(field),
  });
  const notes = fieldOf(FMR_V1, 'notes');

  const place = (side: 'origin' | 'destination') => (
    <fieldset>
      <legend>{side === 'origin' ? s.sectionOrigin : s.sectionDestination}</legend>
      <CodeField name={`${side}_country`} kind="country" value={values[`${side}_country`]} issues={at(`${side}_country`)} onChange={(v) => setText(`${side}_country`, v)} />
      <CodeField name={`${side}_admin1`} kind="admin" value={values[`${side}_admin1`]} issues={at(`${side}_admin1`)} onChange={(v) => setText(`${side}_admin1`, v)} />
      <CodeField name={`${side}_admin2`} kind="admin" value={values[`${side}_admin2`]} issues={at(`${side}_admin2`)} onChange={(v) => setText(`${side}_admin2`, v)} />
    </fieldset>
  );
  const elsewhere = [...placedErrors.elsewhere, ...placedWarnings.elsewhere];

  return (
    <FormContext.Provider value={FMR_V1}>
      <form class="page fmr-form" data-testid="fmr-form" data-record-id={recordId} noValidate onSubmit={(e) => e.preventDefault()}>
        <div class="form-header">
          <button type="button" data-testid="back" onClick={onClose}>
            ← {s.back}
          </button>
          <h1>{s.title}</h1>
        </div>
        {shownProblem && (
          <p class="banner error" role="alert" data-testid="form-problem" data-problem={shownProblem}>
            {s[shownProblem]}
          </p>
        )}
        {elsewhere.length > 0 && (
          <div class="banner warning" data-testid="other-problems">
            <span>{s.otherProblems}</span>
            {elsewhere.map((issue) => (
              <IssueText key={`${issue.field}-${issue.code}`} issue={issue} />
            ))}
          </div>
        )}

        <fieldset>
          <legend>{s.sectionWhen}</legend>
          <Field field={fieldOf(FMR_V1, 'fmp')} issues={at('fmp')}>
            <input id={inputId('fmp')} name="fmp" value={values.fmp} readOnly />
          </Field>
          <Field field={fieldOf(FMR_V1, 'observed_at')} issues={at('observed_at')}>
            <input
              id={inputId('observed_at')}
              name="observed_at"
              type="datetime-local"
              value={isoToLocalInput(values.observed_at)}
              aria-invalid={at('observed_at').error ? true : undefined}
              onInput={(e) => setText('observed_at', localInputToIso(e.currentTarget.value))}
            />
          </Field>
          <ChoiceField name="direction" value={values.direction} issues={at('direction')} onChange={(v) => setText('direction', v)} />
        </fieldset>
        {place('origin')}
        {place('destination')}

        <fieldset>
          <legend>{s.sectionTravel}</legend>
          <CodeField name="nationality" kind="country" value={values.nationality} issues={at('nationality')} onChange={(v) => setText('nationality', v)} />
          <ChoiceField name="transport" value={values.transport} issues={at('transport')} onChange={(v) => setText('transport', v)} />
          <ChoiceField name="reason" value={values.reason} issues={at('reason')} onChange={(v) => setText('reason', v)} />
          <ChoiceField name="duration" value={values.duration} issues={at('duration')} onChange={(v) => setText('duration', v)} />
        </fieldset>

        <CountGrid values={values} issuesAt={at} gridIssues={[...placedErrors.atGroup, ...placedWarnings.atGroup]} onChange={setText} />

        <fieldset>
          <legend>{s.sectionOther}</legend>
          <label class="checkbox">
            <input type="checkbox" name="estimated" checked={values.estimated} onChange={(e) => setEstimated(e.currentTarget.checked)} />
            <span>{fieldOf(FMR_V1, 'estimated').label[language]}</span>
          </label>
          <IssueText issue={at('estimated').error} />
          <Field field={notes} issues={at('notes')}>
            <textarea id={inputId('notes')} name="notes" rows={3} maxLength={notes.type === 'text' ? notes.maxLength : undefined} value={values.notes} onInput={(e) => setText('notes', e.currentTarget.value)} />
          </Field>
        </fieldset>

        <div class="actions">
          <button type="button" class="primary" data-testid="finalize" onClick={() => void finalize().then((done) => done && onFinalized())}>
            {s.finalize}
          </button>
        </div>
      </form>
    </FormContext.Provider>
  );
}
