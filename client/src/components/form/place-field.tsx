import { admin1Areas, admin2Areas, type AdminArea } from '../../../../shared/code-lists/admin-areas.ts';
import { UNKNOWN, alpha2Of, countryCodes, countryName } from '../../../../shared/code-lists/countries.ts';
import type { FieldDefinition } from '../../../../shared/forms/types.ts';
import type { LanguageInfo } from '../../i18n/catalog-types.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useDeployment } from '../../settings/deployment-context.ts';
import type { FieldIssues } from './field.tsx';
import { SelectField } from './select-field.tsx';

interface PlaceFieldProps {
  field: FieldDefinition;
  value: string;
  /** The answer this list depends on: the country for admin1, the admin1 area for admin2. */
  parent: string;
  issues: FieldIssues;
  onChange: (value: string) => void;
}

const byName = (locale: string) => (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, locale);

/** The code list names countries in English, French and Swahili; the browser's Intl names them in any other language. */
function countryLabel(code: string, language: LanguageInfo): string {
  const alpha2 = alpha2Of(code);
  const fromIntl = () =>
    alpha2 ? new Intl.DisplayNames([language.locale], { type: 'region', fallback: 'none' }).of(alpha2) : undefined;
  return countryName(code, language.code) ?? fromIntl() ?? code;
}

function countryOptions(language: LanguageInfo, first: readonly string[]): { code: string; name: string }[] {
  return countryCodes()
    .filter((code) => code !== UNKNOWN && !first.includes(code))
    .map((code) => ({ code, name: countryLabel(code, language) }))
    .sort(byName(language.locale));
}

function areas(field: FieldDefinition, parent: string): AdminArea[] {
  if (field.type === 'admin1') return admin1Areas(parent);
  if (field.type === 'admin2' && parent !== '' && parent !== UNKNOWN) return admin2Areas(parent);
  return [];
}

/** Countries named in the person's language; areas from ISO 3166-2, whose names are the local ones. */
export function PlaceField({ field, value, parent, issues, onChange }: PlaceFieldProps) {
  const { t, language } = useI18n();
  const deployment = useDeployment();
  // The deployment's country and its neighbours come first: nearly every crossing at its FMPs is between them.
  const first = deployment ? [deployment.country, ...deployment.neighbours] : [];
  return (
    <SelectField field={field} value={value} issues={issues} onChange={onChange}>
      <option value={UNKNOWN}>{t('form.unknown')}</option>
      {field.type === 'country' ? (
        <>
          <optgroup label={t('form.commonCountries')}>
            {first.map((code) => (
              <option key={code} value={code}>
                {countryLabel(code, language)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('form.allCountries')}>
            {countryOptions(language, first).map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </optgroup>
        </>
      ) : (
        [...areas(field, parent)].sort(byName(language.locale)).map((area) => (
          <option key={area.code} value={area.code}>
            {area.name}
          </option>
        ))
      )}
    </SelectField>
  );
}
