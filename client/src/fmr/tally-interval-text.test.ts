import { describe, expect, it } from 'vitest';
import { toIsoWithOffset } from '../forms/local-time.ts';
import { translateIn } from '../../test/support/translate-in.ts';
import { tallyIntervalText } from './tally-interval-text.ts';

const interval = {
  source: 'tally',
  interval_start: toIsoWithOffset(new Date(2026, 10, 20, 9, 0)),
  interval_end: toIsoWithOffset(new Date(2026, 10, 20, 10, 0)),
};

const intervalIn = async (language: string, people: number) => {
  const { t, language: info } = await translateIn(language);
  return tallyIntervalText(interval, people, t, info.locale);
};

describe('a tally interval in the list of records', () => {
  it('is named by its times, not as a group crossing', async () => {
    expect((await intervalIn('en', 3)).title).toBe('Tally interval 09:00–10:00');
    expect((await intervalIn('fr', 3)).title).toBe('Intervalle de comptage 09:00–10:00');
    expect((await intervalIn('sw', 3)).title).toBe('Kipindi cha kuhesabu 09:00–10:00');
  });

  it.each([
    ['en', 1, '1 person'],
    ['en', 2, '2 people'],
    ['en', 0, '0 people'],
    ['fr', 1, '1 personne'],
    ['fr', 2, '2 personnes'],
    ['fr', 0, '0 personne'],
    ['sw', 1, 'mtu 1'],
    ['sw', 2, 'watu 2'],
    ['en', 1200, '1,200 people'],
  ] as const)('counts people in %s: %i reads "%s"', async (language, people, text) => {
    expect((await intervalIn(language, people)).people).toBe(text);
  });
});
