import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { admin1Areas, admin2Areas, checkAdmin1, checkAdmin2, findAdminArea } from './admin-areas.ts';
import { countryName, isCountryCode } from './countries.ts';
import { CODE_LIST_VERSION } from './version.ts';

const installed = (name: string) =>
  (
    JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version;

describe('code lists', () => {
  it('name countries in English, French and Swahili from i18n-iso-countries', () => {
    expect(countryName('COD', 'en')).toBe('Democratic Republic of the Congo');
    expect(countryName('COD', 'fr')).toMatch(/Congo/);
    expect(countryName('COD', 'sw')).toBe('Kongo, Jamhuri ya Kidemokrasia');
    expect(countryName('UGA', 'sw')).toBe('Uganda');
  });

  it('accept ISO-3 codes and UNK only', () => {
    expect(['UGA', 'COD', 'UNK'].every(isCountryCode)).toBe(true);
    expect(['UG', 'uga', 'XXX', ''].some(isCountryCode)).toBe(false);
  });

  it('give Uganda its four regions and the districts of each, from iso-3166', () => {
    expect(
      admin1Areas('UGA')
        .map((a) => a.code)
        .sort(),
    ).toEqual(['UG-C', 'UG-E', 'UG-N', 'UG-W']);
    expect(admin2Areas('UG-W').map((a) => a.name)).toEqual(
      expect.arrayContaining(['Kasese', 'Kisoro', 'Kanungu', 'Bundibugyo', 'Ntoroko']),
    );
    expect(findAdminArea('UG-406')).toEqual({ code: 'UG-406', name: 'Kasese', parent: 'UG-W' });
  });

  it('give the DRC its 26 provinces', () => {
    const provinces = admin1Areas('COD');
    expect(provinces).toHaveLength(26);
    expect(provinces.map((p) => p.name)).toEqual(expect.arrayContaining(['Nord-Kivu', 'Ituri']));
  });

  it.each([
    ['UG-W', 'UGA', 'ok'],
    ['UNK', 'UGA', 'ok'],
    ['CD-NK', 'UGA', 'admin-area-mismatch'],
    ['UG-ZZ', 'UGA', 'unknown-admin-area'],
  ] as const)('check %s as an area of %s: %s', (code, country, expected) => {
    expect(checkAdmin1(code, country)).toBe(expected);
  });

  it.each([
    ['UG-406', 'UG-W', 'ok'],
    ['UG-406', 'UG-N', 'admin-area-mismatch'],
    ['UG-406', 'UNK', 'ok'],
    ['UG-999', 'UG-W', 'unknown-admin-area'],
  ] as const)('check %s as a district of %s: %s', (code, admin1, expected) => {
    expect(checkAdmin2(code, admin1)).toBe(expected);
  });

  it('carry a version naming the installed packages, so an upgrade changes it', () => {
    expect(CODE_LIST_VERSION).toBe(
      `i18n-iso-countries@${installed('i18n-iso-countries')}+iso-3166@${installed('iso-3166')}`,
    );
  });
});
