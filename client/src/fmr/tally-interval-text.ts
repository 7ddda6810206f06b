import { fillPlaceholders } from '../../../shared/i18n.ts';
import { formatCount, formatTime } from '../i18n/format.ts';
import type { Language } from '../i18n/languages.ts';
import { homeStrings } from '../i18n/strings/home.ts';

export interface TallyIntervalText {
  title: string;
  people: string;
}

const timeOf = (value: unknown, language: Language): string =>
  typeof value === 'string' && value !== '' ? formatTime(value, language) : '…';

/** How one closed tally interval reads in a list of records: its times and how many people crossed. */
export function tallyIntervalText(data: Readonly<Record<string, unknown>>, people: number, language: Language): TallyIntervalText {
  const s = homeStrings[language];
  return {
    title: fillPlaceholders(s.tallyInterval, { start: timeOf(data['interval_start'], language), end: timeOf(data['interval_end'], language) }),
    people: formatCount(people, language, { one: s.peopleOne, other: s.peopleOther }),
  };
}
