import { describe, expect, it } from 'vitest';
import { renderOdataBenchmarks } from './odata-report.ts';
import type { OdataResult } from './odata-feed.ts';

const result = (feedSeconds: number, feedPeak: number): OdataResult => ({
  engine: 'SQLite',
  records: 1_000_000,
  pages: 200,
  csv: { seconds: 30, bytes: 210 * 2 ** 20, rows: 1_000_000 },
  feed: { seconds: feedSeconds, bytes: 780 * 2 ** 20, rows: 1_000_000 },
  memoryMiB: { beforeCsv: 110, csvPeak: 170, beforeFeed: 170, feedPeak },
});

describe('renderOdataBenchmarks', () => {
  it.each([
    [90, 'The aim is a ratio of 3 or less: SQLite met.'],
    [91, 'The aim is a ratio of 3 or less: SQLite **missed**.'],
  ])('weighs a feed of %i s against three times the CSV export', (seconds, sentence) => {
    expect(renderOdataBenchmarks([result(seconds, 180)])).toContain(sentence);
  });

  it.each([
    [190, '(199.2 MB) during it, under the aim'],
    [191, '(200.3 MB) during it, **above** the aim'],
  ])('weighs a peak of %i MiB against the 200 MB aim', (peak, sentence) => {
    expect(renderOdataBenchmarks([result(60, peak)]).replace(/\s+/g, ' ')).toContain(sentence);
  });
});
