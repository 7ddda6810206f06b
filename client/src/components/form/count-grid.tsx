import { GRID_FIELDS, VULNERABILITY_FIELDS } from '../../../../shared/fmr.ts';
import type { FieldErrors } from '../../fmr/field-errors.ts';
import type { CountField as CountFieldName } from '../../fmr/fmr-fields.ts';
import { groupTotal, type FmrFormValues } from '../../fmr/form-values.ts';
import { fill } from '../../i18n/define-strings.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useLanguage, useStrings } from '../../i18n/language-context.ts';
import { fmrFieldLabels } from '../../i18n/strings/fmr-field-labels.ts';
import { fmrFormStrings } from '../../i18n/strings/fmr-form.ts';
import { CountField } from './count-field.tsx';

/** Age bands are written the same in every language, so the grid shows them as they are. */
const AGE_BANDS = ['0–4', '5–17', '18–59', '60+'] as const;
const MALES = GRID_FIELDS.slice(0, 4);
const FEMALES = GRID_FIELDS.slice(4);

interface CountGridProps {
  values: FmrFormValues;
  errors: FieldErrors;
  onChange: (field: CountFieldName, value: string) => void;
}

export function CountGrid({ values, errors, onChange }: CountGridProps) {
  const s = useStrings(fmrFormStrings);
  const labels = useStrings(fmrFieldLabels);
  const { language } = useLanguage();
  const total = groupTotal(values);

  const column = (title: string, fields: readonly CountFieldName[]) => (
    <div class="count-column">
      <h3>{title}</h3>
      {fields.map((field, i) => (
        <CountField
          key={field}
          name={field}
          label={AGE_BANDS[i] ?? labels[field]}
          fullLabel={labels[field]}
          value={values[field]}
          error={errors[field]}
          onChange={(value) => onChange(field, value)}
        />
      ))}
    </div>
  );

  return (
    <>
      <fieldset>
        <legend>{s.sectionGroup}</legend>
        <div class="count-grid">
          {column(s.males, MALES)}
          {column(s.females, FEMALES)}
        </div>
        <p class="group-total" data-testid="group-total" data-total={total} aria-live="polite">
          {fill(s.groupTotal, { n: formatNumber(total, language) })}
        </p>
      </fieldset>
      <fieldset>
        <legend>{s.sectionVulnerable}</legend>
        <div class="count-list">
          {VULNERABILITY_FIELDS.map((field) => (
            <CountField
              key={field}
              name={field}
              label={labels[field]}
              fullLabel={labels[field]}
              value={values[field]}
              error={errors[field]}
              onChange={(value) => onChange(field, value)}
            />
          ))}
        </div>
      </fieldset>
    </>
  );
}
