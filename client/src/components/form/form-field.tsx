import { textIn } from '../../../../shared/i18n.ts';
import type { FieldDefinition } from '../../../../shared/forms/types.ts';
import type { FormValue, FormValues } from '../../forms/form-value.ts';
import { isoToLocalInput, localInputToIso } from '../../forms/local-time.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { ChoiceField } from './choice-field.tsx';
import { ChoiceGroup } from './choice-group.tsx';
import { CountField } from './count-field.tsx';
import { Field, inputId, issueClass, type FieldIssues } from './field.tsx';
import { IssueText } from './issue-text.tsx';
import { PlaceField } from './place-field.tsx';

interface FormFieldProps {
  field: FieldDefinition;
  values: FormValues;
  issues: FieldIssues;
  onChange: (name: string, value: FormValue) => void;
}

const text = (value: FormValue | undefined): string => (typeof value === 'string' ? value : '');

/** One question of any form, drawn from its definition's type. */
export function FormField({ field, values, issues, onChange }: FormFieldProps) {
  const { language } = useI18n();
  const value = values[field.name];
  const set = (next: FormValue): void => onChange(field.name, next);
  const invalid = issues.error ? true : undefined;
  switch (field.type) {
    case 'integer':
      return <CountField field={field} value={text(value)} issues={issues} onChange={set} />;
    case 'select_one':
      return <ChoiceField field={field} value={text(value)} issues={issues} onChange={set} />;
    case 'select_multiple': {
      const chosen = Array.isArray(value) ? value : [];
      return (
        <ChoiceGroup
          field={field}
          issues={issues}
          type="checkbox"
          selected={(v) => chosen.includes(v)}
          onToggle={(v, checked) => set(checked ? [...chosen, v] : chosen.filter((c) => c !== v))}
        />
      );
    }
    case 'country':
      return <PlaceField field={field} value={text(value)} parent="" issues={issues} onChange={set} />;
    case 'admin1':
      return (
        <PlaceField
          field={field}
          value={text(value)}
          parent={text(values[field.countryField])}
          issues={issues}
          onChange={set}
        />
      );
    case 'admin2':
      return (
        <PlaceField
          field={field}
          value={text(value)}
          parent={text(values[field.admin1Field])}
          issues={issues}
          onChange={set}
        />
      );
    case 'boolean':
      return (
        <div class={`field${issueClass(issues)}`}>
          <label class="checkbox">
            <input
              type="checkbox"
              name={field.name}
              checked={value === true}
              onChange={(e) => set(e.currentTarget.checked)}
            />
            <span>{textIn(field.label, language.code)}</span>
          </label>
          <IssueText issue={issues.error} />
        </div>
      );
    case 'datetime':
      return (
        <Field field={field} issues={issues}>
          <input
            id={inputId(field.name)}
            name={field.name}
            type="datetime-local"
            value={isoToLocalInput(text(value))}
            aria-invalid={invalid}
            onInput={(e) => set(localInputToIso(e.currentTarget.value))}
          />
        </Field>
      );
    case 'decimal':
      return (
        <Field field={field} issues={issues}>
          <input
            id={inputId(field.name)}
            name={field.name}
            type="number"
            inputMode="decimal"
            step="any"
            min={field.min}
            max={field.max}
            value={text(value)}
            aria-invalid={invalid}
            onInput={(e) => set(e.currentTarget.value)}
          />
        </Field>
      );
    case 'date':
      return (
        <Field field={field} issues={issues}>
          <input
            id={inputId(field.name)}
            name={field.name}
            type="date"
            value={text(value)}
            aria-invalid={invalid}
            onInput={(e) => set(e.currentTarget.value)}
          />
        </Field>
      );
    case 'note':
      return (
        <div class="field note" data-field={field.name}>
          <p class="note-text">{textIn(field.label, language.code)}</p>
          {field.hint && <p class="hint">{textIn(field.hint, language.code)}</p>}
        </div>
      );
    case 'fmp':
      return (
        <Field field={field} issues={issues}>
          <input id={inputId(field.name)} name={field.name} value={text(value)} readOnly />
        </Field>
      );
    case 'text':
      return (
        <Field field={field} issues={issues}>
          <textarea
            id={inputId(field.name)}
            name={field.name}
            rows={3}
            maxLength={field.maxLength}
            value={text(value)}
            aria-invalid={invalid}
            onInput={(e) => set(e.currentTarget.value)}
          />
        </Field>
      );
  }
}
