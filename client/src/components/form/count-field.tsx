import { MAX_COUNT_PER_GROUP } from '../../../../shared/fmr.ts';
import type { FieldErrorCode } from '../../fmr/field-errors.ts';
import type { CountField as CountFieldName } from '../../fmr/fmr-fields.ts';
import { parseCount } from '../../fmr/form-values.ts';
import { fill } from '../../i18n/define-strings.ts';
import { useStrings } from '../../i18n/language-context.ts';
import { fmrFormStrings } from '../../i18n/strings/fmr-form.ts';
import { FieldErrorText, inputId } from './field.tsx';

interface CountFieldProps {
  name: CountFieldName;
  label: string;
  /** The full label for screen readers and the step buttons, when `label` is short. */
  fullLabel: string;
  value: string;
  error: FieldErrorCode | undefined;
  onChange: (value: string) => void;
}

export function CountField({ name, label, fullLabel, value, error, onChange }: CountFieldProps) {
  const s = useStrings(fmrFormStrings);
  const current = parseCount(value);
  const step = (delta: number): void => {
    const base = Number.isInteger(current) ? current : 0;
    onChange(String(Math.min(MAX_COUNT_PER_GROUP, Math.max(0, base + delta))));
  };
  return (
    <div class={`count-field${error ? ' has-error' : ''}`}>
      <label for={inputId(name)}>{label}</label>
      <div class="stepper">
        <button type="button" aria-label={fill(s.decrease, { field: fullLabel })} onClick={() => step(-1)}>
          −
        </button>
        <input
          id={inputId(name)}
          name={name}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_COUNT_PER_GROUP}
          step={1}
          value={value}
          aria-label={fullLabel}
          aria-invalid={error ? true : undefined}
          onFocus={(e) => e.currentTarget.select()}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
        <button type="button" aria-label={fill(s.increase, { field: fullLabel })} onClick={() => step(1)}>
          +
        </button>
      </div>
      <FieldErrorText name={name} error={error} />
    </div>
  );
}
