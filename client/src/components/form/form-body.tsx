import type { VNode } from 'preact';
import type { FormDefinition } from '../../../../shared/forms/types.ts';
import { textIn } from '../../../../shared/i18n.ts';
import type { Issue } from '../../../../shared/forms/validate.ts';
import { askedFields } from '../../forms/apply-relevance.ts';
import { judgingClock } from '../../forms/known-forms.ts';
import { questionTree, type QuestionNode } from '../../../../shared/forms/question-tree.ts';
import type { FormLayout } from '../../forms/form-layout.ts';
import type { FormValue, FormValues } from '../../forms/form-value.ts';
import { placeIssues } from '../../forms/place-issues.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { CountGrid } from './count-grid.tsx';
import type { FieldIssues } from './field.tsx';
import { FormField } from './form-field.tsx';
import { IssueText } from './issue-text.tsx';

interface FormBodyProps {
  form: FormDefinition;
  layout: FormLayout;
  values: FormValues;
  errors: readonly Issue[];
  warnings: readonly Issue[];
  disabled: boolean;
  onChange: (name: string, value: FormValue) => void;
}

/**
 * The questions of any form version, drawn from its definition: the relevant ones, each group's under its
 * heading, the count grid where the layout has one, each issue where the person will see it. The tablet's form page and the staff
 * pages' preview of an upload draw the same.
 */
export function FormBody({ form, layout, values, errors, warnings, disabled, onChange }: FormBodyProps) {
  const { t, language } = useI18n();
  const gridFields = new Set(layout.grid?.columns.flatMap((c) => c.fields) ?? []);
  const shown = askedFields(form, layout, values, judgingClock(new Date()));
  const issueLayout = { shown: new Set(shown.map((f) => f.name)), group: gridFields };
  const placedErrors = placeIssues(form, errors, issueLayout);
  const placedWarnings = placeIssues(form, warnings, issueLayout);
  const at = (field: string): FieldIssues => ({
    error: placedErrors.atField.get(field),
    warning: placedWarnings.atField.get(field),
  });
  const elsewhere = [...placedErrors.elsewhere, ...placedWarnings.elsewhere];
  const firstGridField = shown.find((f) => gridFields.has(f.name))?.name;

  const draw = (node: QuestionNode): VNode | null => {
    if (node.kind === 'group') {
      return (
        <fieldset key={`group-${node.group.name}`} class="question-group" data-group={node.group.name}>
          <legend>{textIn(node.group.label, language.code)}</legend>
          {node.children.map(draw)}
        </fieldset>
      );
    }
    const { field } = node;
    if (layout.grid && gridFields.has(field.name)) {
      return field.name === firstGridField ? (
        <CountGrid
          key="grid"
          form={form}
          grid={layout.grid}
          values={values}
          issuesAt={at}
          gridIssues={[...placedErrors.atGroup, ...placedWarnings.atGroup]}
          onChange={onChange}
        />
      ) : null;
    }
    return <FormField key={field.name} field={field} values={values} issues={at(field.name)} onChange={onChange} />;
  };

  return (
    <>
      {elsewhere.length > 0 && (
        <div class="banner warning">
          <span>{t('form.otherProblems')}</span>
          {elsewhere.map((issue) => (
            <IssueText key={`${issue.field}-${issue.code}`} issue={issue} />
          ))}
        </div>
      )}
      <fieldset class="form-body" disabled={disabled}>
        {questionTree(form, shown).map(draw)}
      </fieldset>
    </>
  );
}
