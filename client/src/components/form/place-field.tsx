import { admin1Areas, admin2Areas, type AdminArea } from '../../../../shared/code-lists/admin-areas.ts';
import { UNKNOWN, countryCodes, countryName } from '../../../../shared/code-lists/countries.ts';
import type { FieldDefinition } from '../../../../shared/forms/types.ts';
import type { Language } from '../../../../shared/i18n.ts';
import { useLanguage, useStrings } from '../../i18n/language-context.ts';
import { formStrings } from '../../i18n/strings/form.ts';
import type { FieldIssues } from './field.tsx';
import { SelectField } from './select-field.tsx';

/** Uganda and its neighbours come first: nearly every crossing at these FMPs is between them. */
const NEIGHBOURS = ['UGA', 'COD', 'SSD', 'RWA', 'BDI', 'KEN', 'TZA'];

interface PlaceFieldProps {
  field: FieldDefinition;
  value: string;
  /** The answer this list depends on: the country for admin1, the admin1 area for admin2. */
  parent: string;
  issues: FieldIssues;
  onChange: (value: string) => void;
}

const byName = (language: Language) => (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, language);

function countryOptions(language: Language): { code: string; name: string }[] {
  return countryCodes()
    .filter((code) => code !== UNKNOWN && !NEIGHBOURS.includes(code))
    .map((code) => ({ code, name: countryName(code, language) ?? code }))
    .sort(byName(language));
}

function areas(field: FieldDefinition, parent: string): AdminArea[] {
  if (field.type === 'admin1') return admin1Areas(parent);
  if (field.type === 'admin2' && parent !== '' && parent !== UNKNOWN) return admin2Areas(parent);
  return [];
}

/** Countries named in the person's language; areas from ISO 3166-2, whose names are the local ones. */
export function PlaceField({ field, value, parent, issues, onChange }: PlaceFieldProps) {
  const { language } = useLanguage();
  const s = useStrings(formStrings);
  return (
    <SelectField field={field} value={value} issues={issues} onChange={onChange}>
        <option value={UNKNOWN}>{s.unknown}</option>
        {field.type === 'country' ? (
          <>
            <optgroup label={s.commonCountries}>
              {NEIGHBOURS.map((code) => (
                <option key={code} value={code}>
                  {countryName(code, language) ?? code}
                </option>
              ))}
            </optgroup>
            <optgroup label={s.allCountries}>
              {countryOptions(language).map(({ code, name }) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </optgroup>
          </>
        ) : (
          [...areas(field, parent)].sort(byName(language)).map((area) => (
            <option key={area.code} value={area.code}>
              {area.name}
            </option>
          ))
        )}
    </SelectField>
  );
}
