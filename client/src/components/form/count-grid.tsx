import { GRID_FIELDS, VULNERABILITY_FIELDS } from '../../../../shared/fmr.ts';
import type { Issue } from '../../../../shared/forms/validate.ts';
import { fillPlaceholders } from '../../../../shared/i18n.ts';
import type { CountField as CountFieldName } from '../../fmr/fmr-fields.ts';
import { groupTotal, type FmrFormValues } from '../../fmr/form-values.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useLanguage, useStrings } from '../../i18n/language-context.ts';
import { fmrFormStrings } from '../../i18n/strings/fmr-form.ts';
import { CountField } from './count-field.tsx';
import type { FieldIssues } from './field.tsx';
import { IssueText } from './issue-text.tsx';

/** Age bands are written the same in every language, so the grid shows them as they are. */
const AGE_BANDS = ['0–4', '5–17', '18–59', '60+'] as const;
const MALES = GRID_FIELDS.slice(0, 4);
const FEMALES = GRID_FIELDS.slice(4);

interface CountGridProps {
  values: FmrFormValues;
  issuesAt: (field: string) => FieldIssues;
  /** Rules about the grid as a whole (grid-empty, group-too-large), shown under the total. */
  gridIssues: readonly Issue[];
  onChange: (field: CountFieldName, value: string) => void;
}

export function CountGrid({ values, issuesAt, gridIssues, onChange }: CountGridProps) {
  const s = useStrings(fmrFormStrings);
  const { language } = useLanguage();
  const total = groupTotal(values);

  const column = (title: string, fields: readonly CountFieldName[]) => (
    <div class="count-column">
      <h3>{title}</h3>
      {fields.map((field, i) => (
        <CountField
          key={field}
          name={field}
          shortLabel={AGE_BANDS[i]}
          value={values[field]}
          issues={issuesAt(field)}
          onChange={(value) => onChange(field, value)}
        />
      ))}
    </div>
  );

  return (
    <>
      <fieldset class={gridIssues.some((i) => i.severity === 'error') ? 'has-error' : undefined}>
        <legend>{s.sectionGroup}</legend>
        <div class="count-grid">
          {column(s.males, MALES)}
          {column(s.females, FEMALES)}
        </div>
        <p class="group-total" data-testid="group-total" data-total={total} aria-live="polite">
          {fillPlaceholders(s.groupTotal, { n: formatNumber(total, language) })}
        </p>
        {gridIssues.map((issue) => (
          <IssueText key={`${issue.code}-${issue.severity}`} issue={issue} />
        ))}
      </fieldset>
      <fieldset>
        <legend>{s.sectionVulnerable}</legend>
        <div class="count-list">
          {VULNERABILITY_FIELDS.map((field) => (
            <CountField key={field} name={field} value={values[field]} issues={issuesAt(field)} onChange={(value) => onChange(field, value)} />
          ))}
        </div>
      </fieldset>
    </>
  );
}
