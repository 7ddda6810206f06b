import { useEffect } from 'preact/hooks';
import { CountGrid } from '../components/form/count-grid.tsx';
import type { FieldIssues } from '../components/form/field.tsx';
import { FormField } from '../components/form/form-field.tsx';
import { IssueText } from '../components/form/issue-text.tsx';
import { isRelevant } from '../forms/apply-relevance.ts';
import { FormContext } from '../forms/form-context.ts';
import { placeIssues } from '../forms/place-issues.ts';
import { useRecordDraft, type DraftTarget } from '../forms/use-record-draft.ts';
import { useLanguage, useStrings } from '../i18n/language-context.ts';
import { formStrings } from '../i18n/strings/form.ts';

interface RecordFormPageProps {
  target: DraftTarget;
  onClose: () => void;
  onFinalized: () => void;
}

/** Any form, drawn from its definition: FMR groups, FMS interviews and health screening alike. */
export default function RecordFormPage({ target, onClose, onFinalized }: RecordFormPageProps) {
  const s = useStrings(formStrings);
  const { language } = useLanguage();
  const draft = useRecordDraft(target, onClose);
  const { form, layout, values, readOnly, errors, warnings, problem } = draft;

  useEffect(() => {
    if (problem) document.querySelector('.record-form .banner')?.scrollIntoView({ block: 'center' });
  }, [problem, errors]);

  if (!form || !layout || !values) return null;
  // Once every marked field has been corrected there is nothing left to point at.
  const shownProblem = problem === 'fixErrors' && errors.length === 0 ? null : problem;
  const gridFields = new Set(layout.grid?.columns.flatMap((c) => c.fields) ?? []);
  const shown = form.fields.filter((f) => !(f.name in layout.fixed) && isRelevant(form, layout, values, f.name));
  const issueLayout = { shown: new Set(shown.map((f) => f.name)), group: gridFields };
  const placedErrors = placeIssues(form, errors, issueLayout);
  const placedWarnings = placeIssues(form, warnings, issueLayout);
  const at = (field: string): FieldIssues => ({ error: placedErrors.atField.get(field), warning: placedWarnings.atField.get(field) });
  const elsewhere = [...placedErrors.elsewhere, ...placedWarnings.elsewhere];
  const firstGridField = shown.find((f) => gridFields.has(f.name))?.name;

  return (
    <FormContext.Provider value={form}>
      <form
        class="page record-form"
        aria-labelledby="record-form-title"
        data-form={form.id}
        data-record-id={target.recordId}
        data-read-only={String(readOnly)}
        noValidate
        onSubmit={(e) => e.preventDefault()}
      >
        <div class="form-header">
          <button type="button" onClick={onClose}>
            ← {readOnly ? s.close : s.back}
          </button>
          <h1 id="record-form-title">{form.title[language]}</h1>
        </div>
        {readOnly && (
          <p class="banner info">
            {s.readOnly}
          </p>
        )}
        {shownProblem && (
          <p class="banner error" role="alert" data-problem={shownProblem}>
            {s[shownProblem]}
          </p>
        )}
        {elsewhere.length > 0 && (
          <div class="banner warning">
            <span>{s.otherProblems}</span>
            {elsewhere.map((issue) => (
              <IssueText key={`${issue.field}-${issue.code}`} issue={issue} />
            ))}
          </div>
        )}
        <fieldset class="form-body" disabled={readOnly}>
          {shown.map((field) => {
            if (layout.grid && gridFields.has(field.name)) {
              return field.name === firstGridField ? (
                <CountGrid
                  key="grid"
                  form={form}
                  grid={layout.grid}
                  values={values}
                  issuesAt={at}
                  gridIssues={[...placedErrors.atGroup, ...placedWarnings.atGroup]}
                  onChange={draft.change}
                />
              ) : null;
            }
            return <FormField key={field.name} field={field} values={values} issues={at(field.name)} onChange={draft.change} />;
          })}
        </fieldset>
        {!readOnly && (
          <div class="actions">
            <button
              type="button"
              class="primary"
              onClick={() => void draft.finalize().then((done) => done && onFinalized())}
            >
              {s.finalize}
            </button>
            <button
              type="button"
              class="danger"
              onClick={() => {
                if (window.confirm(s.confirmDelete)) void draft.remove().then(onClose);
              }}
            >
              {s.deleteDraft}
            </button>
          </div>
        )}
      </form>
    </FormContext.Provider>
  );
}
