import { formatTime } from '../i18n/format.ts';
import type { Translate } from '../i18n/translate.ts';

export interface TallyIntervalText {
  title: string;
  people: string;
}

const timeOf = (value: unknown, locale: string): string =>
  typeof value === 'string' && value !== '' ? formatTime(value, locale) : '…';

/** How one closed tally interval reads in a list of records: its times and how many people crossed. */
export function tallyIntervalText(
  data: Readonly<Record<string, unknown>>,
  people: number,
  t: Translate,
  locale: string,
): TallyIntervalText {
  return {
    title: t('home.tallyInterval', {
      start: timeOf(data['interval_start'], locale),
      end: timeOf(data['interval_end'], locale),
    }),
    people: t('home.people', { n: people }),
  };
}
