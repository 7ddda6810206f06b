import { describe, expect, it } from 'vitest';
import { renderBenchmarks } from './report.ts';
import { renderExportBenchmarks } from './export-report.ts';
import { previousSqliteFigures, renderSqliteComparison } from './sqlite-comparison.ts';
import type { IngestResult } from './ingest.ts';
import type { ExportResult } from './export-csv.ts';

const machine = {
  date: '2026-12-02T20:53:24.505Z',
  cores: 2,
  cpu: 'Test CPU',
  memoryGiB: 24,
  node: 'v20.20.2',
  platform: 'linux',
};
const wire = {
  records: 1000,
  batchSize: 500,
  gzipBatch: { requestBytes: 60_000, responseBytes: 20_000 },
  jsonBatch: { requestBytes: 800_000, responseBytes: 20_000 },
  openRosa: { requestBytes: 2_000_000, responseBytes: 400_000, instanceBytes: 1466 },
};
const ingest = (httpRecordsPerSecond: number, inProcessRatio = 0.53): IngestResult => ({
  engine: 'sqlite',
  records: 10_000,
  rounds: 3,
  batchSize: 500,
  httpRecordsPerSecond,
  inProcessRecordsPerSecond: 10_115,
  directRecordsPerSecond: 19_213,
  statementsPerBatch: 560,
  ratio: httpRecordsPerSecond / 19_213,
  inProcessRatio,
  gzipBytesPerBatch: 33_246,
});
const exports = (p95Ms: number): ExportResult => ({
  records: 1_000_000,
  buildSeconds: 31,
  api: { seconds: 15.6, bytes: 210 * 2 ** 20, rows: 1_000_000 },
  sqlite: { seconds: 8.8, bytes: 207 * 2 ** 20, rows: 1_000_000 },
  memoryMiB: { signIn: 341, beforeExport: 128, peak: 154 },
  aggregates: { requests: 40, query: 'by=fmp,day,direction', p50Ms: 119, p95Ms, rows: 6588, others: [] },
  xlsx: { seconds: 60, bytes: 150 * 2 ** 20, memoryMiB: { before: 128, peak: 160 } },
});
const report = (run: { ingest: IngestResult; exports: ExportResult }) =>
  renderBenchmarks(machine, run.ingest, wire) +
  renderExportBenchmarks(run.exports) +
  // A PostgreSQL section printed as the SQLite one is must not be read as SQLite's.
  '\n## PostgreSQL\n\n| API, streamed CSV | 99.0 | 1 | 1 | 9.99 |\n**p50 999 ms, p95 999 ms**\n';

describe('the SQLite figures against the previous report', () => {
  const previous = { ingest: ingest(8985), exports: exports(143) };

  it('reads back every SQLite figure a report printed, and none of the PostgreSQL section', () => {
    expect(previousSqliteFigures(report(previous))).toEqual({
      date: '2026-12-02T20:53:24.505Z',
      figures: new Map([
        ['HTTP push, ratio to plain inserts', 0.47],
        ['in-process ingest, ratio to plain inserts', 0.53],
        ['HTTP push, records/s', 8985],
        ['plain inserts, records/s', 19213],
        ['CSV export, ratio to sqlite3', 1.77],
        ['CSV export, seconds', 15.6],
        ['server memory peak during the export, MiB', 154],
        ['aggregates by fmp,day,direction, p50 ms', 119],
        ['aggregates by fmp,day,direction, p95 ms', 143],
      ]),
    });
  });

  it('leaves out a figure the previous report could not print, rather than take the PostgreSQL one', () => {
    const figures = previousSqliteFigures(report({ ...previous, exports: { ...exports(143), sqlite: null } }))?.figures;
    expect(figures?.has('CSV export, ratio to sqlite3')).toBe(false);
    expect(
      renderSqliteComparison(report({ ...previous, exports: { ...exports(143), sqlite: null } }), previous),
    ).toContain('| CSV export, ratio to sqlite3 | n/a | 1.77 | n/a |');
  });

  it('marks a slower figure worse and a quicker one better, by how much', () => {
    const text = renderSqliteComparison(report(previous), { ingest: ingest(9985, 0.5), exports: exports(172) });
    expect(text).toContain('(2026-12-02T20:53:24.505Z)');
    expect(text).toContain('| aggregates by fmp,day,direction, p95 ms | 143 | 172 | +20% **worse** |');
    expect(text).toContain('| HTTP push, records/s | 8,985 | 9,985 | +11% better |');
    expect(text).toContain('| plain inserts, records/s | 19,213 | 19,213 | +0% same |');
    expect(text).toContain('| in-process ingest, ratio to plain inserts | 0.53 | 0.50 | -6% **worse** |');
  });

  it('says so when there is no previous report', () => {
    expect(renderSqliteComparison(null, previous)).toContain('No previous report to compare with.');
  });
});
