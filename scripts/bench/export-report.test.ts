import { describe, expect, it } from 'vitest';
import { renderExportBenchmarks } from './export-report.ts';
import type { ExportResult } from './export-csv.ts';

const result = (peak: number): ExportResult => ({
  records: 1_000_000,
  buildSeconds: 30,
  api: { seconds: 10, bytes: 200 * 2 ** 20, rows: 1_000_000 },
  sqlite: { seconds: 8, bytes: 200 * 2 ** 20, rows: 1_000_000 },
  memoryMiB: { signIn: 300, beforeExport: 150, peak },
  aggregates: { requests: 40, query: 'by=fmp,day,direction', p50Ms: 70, p95Ms: 100, rows: 6588, others: [] },
  xlsx: { seconds: 45, bytes: 150 * 2 ** 20, memoryMiB: { before: 150, peak: peak + 1 } },
});

describe('renderExportBenchmarks', () => {
  it.each([
    [190, 'the peak is 199.2 MB, under it'],
    [191, 'the peak is 200.3 MB, above it'],
  ])('weighs a peak of %i MiB against the 200 MB aim', (peak, sentence) => {
    expect(renderExportBenchmarks(result(peak))).toContain(sentence);
  });

  it('gives the XLSX export as a ratio to the CSV export of the same run', () => {
    const text = renderExportBenchmarks(result(150));
    expect(text).toContain('| API, streamed XLSX | 45.0 | 22,222 | 150 | 4.50 |');
    expect(text).toContain('a peak of 151 MiB during it');
  });
});
