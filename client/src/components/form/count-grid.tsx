import type { FormDefinition } from '../../../../shared/forms/types.ts';
import type { Issue } from '../../../../shared/forms/validate.ts';
import { fieldOf } from '../../forms/field-of.ts';
import type { GridLayout } from '../../forms/form-layout.ts';
import type { FormValues } from '../../forms/form-value.ts';
import { sumOf } from '../../forms/form-values.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { MessageKey } from '../../i18n/message-key.ts';
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
const SEX_TEXT = { males: 'form.males', females: 'form.females' } as const satisfies Record<
  GridLayout['columns'][number]['sex'],
  MessageKey
>;

export function CountGrid({ form, grid, values, issuesAt, gridIssues, onChange }: CountGridProps) {
  const { t } = useI18n();
  const total = sumOf(
    values,
    grid.columns.flatMap((c) => c.fields),
  );
  return (
    <fieldset class={gridIssues.some((i) => i.severity === 'error') ? 'count-grid-set has-error' : 'count-grid-set'}>
      <legend>{t('form.sectionGroup')}</legend>
      <div class="count-grid">
        {grid.columns.map((column) => (
          <div class="count-column" key={column.sex}>
            <h3>{t(SEX_TEXT[column.sex])}</h3>
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
        {t('form.groupTotal', { n: total })}
      </p>
      {gridIssues.map((issue) => (
        <IssueText key={`${issue.code}-${issue.severity}`} issue={issue} />
      ))}
    </fieldset>
  );
}
