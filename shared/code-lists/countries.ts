// The package's Node entry registers all of its ~80 languages (several MB of names held in memory);
// its plain index registers none, and the catalog's languages are registered below.
import countries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import sw from 'i18n-iso-countries/langs/sw.json' with { type: 'json' };
import type { Language } from '../i18n.ts';

countries.registerLocale(en);
countries.registerLocale(fr);
countries.registerLocale(sw);

export const UNKNOWN = 'UNK';

const ALPHA3 = new Set(Object.keys(countries.getAlpha3Codes()));

/** ISO 3166-1 alpha-3 codes, or UNK for unknown. */
export function isCountryCode(code: string): boolean {
  return code === UNKNOWN || ALPHA3.has(code);
}

export function countryCodes(): string[] {
  return [...ALPHA3].sort();
}

export function alpha2Of(alpha3: string): string | undefined {
  return countries.alpha3ToAlpha2(alpha3);
}

export function countryName(code: string, language: Language): string | undefined {
  return countries.getName(code, language, { select: 'official' });
}

/** The code list's name where it has the language, the runtime's Intl name otherwise, the code at worst. */
export function countryNameIn(code: string, language: Language): string {
  const alpha2 = alpha2Of(code);
  const fromIntl = () => {
    try {
      return alpha2 ? new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }).of(alpha2) : undefined;
    } catch {
      return undefined;
    }
  };
  return countryName(code, language) ?? fromIntl() ?? code;
}
