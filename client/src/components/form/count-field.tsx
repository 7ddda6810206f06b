import { textIn } from '../../../../shared/i18n.ts';
import { MAX_COUNT_PER_FIELD } from '../../../../shared/fmr.ts';
import type { FieldDefinition } from '../../../../shared/forms/types.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { issueClass, inputId, type FieldIssues } from './field.tsx';
import { IssueText } from './issue-text.tsx';

interface CountFieldProps {
  field: FieldDefinition;
  /** A short label (an age band) where the column says the rest; the definition's label otherwise. */
  shortLabel?: string | undefined;
  value: string;
  issues: FieldIssues;
  onChange: (value: string) => void;
}

export function CountField({ field, shortLabel, value, issues, onChange }: CountFieldProps) {
  const { t, language } = useI18n();
  const name = field.name;
  const fullLabel = textIn(field.label, language.code);
  const max = field.type === 'integer' ? field.max : MAX_COUNT_PER_FIELD;
  const current = value.trim() === '' ? 0 : Number(value.trim());
  const step = (delta: number): void => {
    const base = Number.isInteger(current) ? current : 0;
    onChange(String(Math.min(max, Math.max(0, base + delta))));
  };
  return (
    <div class={`count-field${issueClass(issues)}`}>
      <label for={inputId(name)}>{shortLabel ?? fullLabel}</label>
      <div class="stepper">
        <button type="button" aria-label={t('form.decrease', { field: fullLabel })} onClick={() => step(-1)}>
          −
        </button>
        <input
          id={inputId(name)}
          name={name}
          type="number"
          inputMode="numeric"
          min={0}
          max={max}
          step={1}
          value={value}
          aria-label={fullLabel}
          aria-invalid={issues.error ? true : undefined}
          onFocus={(e) => e.currentTarget.select()}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
        <button type="button" aria-label={t('form.increase', { field: fullLabel })} onClick={() => step(1)}>
          +
        </button>
      </div>
      <IssueText issue={issues.error} />
      <IssueText issue={issues.warning} />
    </div>
  );
}
