import type { FormDefinition } from '../../../../shared/forms/types.ts';
import type { Issue } from '../../../../shared/forms/validate.ts';
import { fillPlaceholders } from '../../../../shared/i18n.ts';
import { fieldOf } from '../../forms/field-of.ts';
import type { GridLayout } from '../../forms/form-layout.ts';
import type { FormValues } from '../../forms/form-value.ts';
import { sumOf } from '../../forms/form-values.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useLanguage, useStrings } from '../../i18n/language-context.ts';
import { formStrings } from '../../i18n/strings/form.ts';
import { CountField } from './count-field.tsx';
import type { FieldIssues } from './field.tsx';
import { IssueText } from './issue-text.tsx';

interface CountGridProps {
  form: FormDefinition;
  grid: GridLayout;
  values: FormValues;
  issuesAt: (field: string) => FieldIssues;
  /** Rules about the grid as a whole (grid-empty, group-too-large), shown under the total. */
  gridIssues: readonly Issue[];
  onChange: (field: string, value: string) => void;
}

/** The sex x age grid: steppers in two columns and the group total, updated as each count changes. */
export function CountGrid({ form, grid, values, issuesAt, gridIssues, onChange }: CountGridProps) {
  const s = useStrings(formStrings);
  const { language } = useLanguage();
  const total = sumOf(values, grid.columns.flatMap((c) => c.fields));
  return (
    <fieldset class={gridIssues.some((i) => i.severity === 'error') ? 'count-grid-set has-error' : 'count-grid-set'}>
      <legend>{s.sectionGroup}</legend>
      <div class="count-grid">
        {grid.columns.map((column) => (
          <div class="count-column" key={column.sex}>
            <h3>{s[column.sex]}</h3>
            {column.fields.map((name, row) => (
              <CountField
                key={name}
                field={fieldOf(form, name)}
                shortLabel={grid.rowLabels[row]}
                value={typeof values[name] === 'string' ? values[name] : ''}
                issues={issuesAt(name)}
                onChange={(value) => onChange(name, value)}
              />
            ))}
          </div>
        ))}
      </div>
      <p class="group-total" role="status" data-total={total}>
        {fillPlaceholders(s.groupTotal, { n: formatNumber(total, language) })}
      </p>
      {gridIssues.map((issue) => (
        <IssueText key={`${issue.code}-${issue.severity}`} issue={issue} />
      ))}
    </fieldset>
  );
}
