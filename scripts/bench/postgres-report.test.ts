import { describe, expect, it } from 'vitest';
import { renderPostgresBenchmarks, type PostgresFigures } from './postgres-report.ts';

const machine = {
  date: '2026-12-06T10:00:00.000Z',
  cores: 2,
  cpu: 'Test CPU',
  memoryGiB: 24,
  node: 'v20.20.2',
  platform: 'linux',
};

const figures = ({ httpRatio = 0.6, apiSeconds = 20, peakMiB = 150, p95Ms = 120 } = {}): PostgresFigures => ({
  version: '15.20',
  ingest: {
    engine: 'postgres',
    records: 10_000,
    rounds: 3,
    batchSize: 500,
    httpRecordsPerSecond: 6000 * httpRatio,
    inProcessRecordsPerSecond: 5000,
    directRecordsPerSecond: 6000,
    statementsPerBatch: 1234,
    ratio: httpRatio,
    inProcessRatio: 0.8,
    gzipBytesPerBatch: 33_000,
  },
  twoProcesses: {
    devices: 6,
    records: 3000,
    rounds: 3,
    batchSize: 500,
    oneRecordsPerSecond: 2000,
    twoRecordsPerSecond: 2600,
    ratio: 1.3,
  },
  exports: {
    records: 1_000_000,
    loadSeconds: 60,
    api: { seconds: apiSeconds, bytes: 210 * 2 ** 20, rows: 1_000_000 },
    psql: { seconds: 10, bytes: 211 * 2 ** 20, rows: 1_000_000 },
    memoryMiB: { signIn: 330, beforeExport: 110, peak: peakMiB },
    aggregates: { requests: 40, query: 'by=fmp,day,direction', p50Ms: 100, p95Ms, rows: 6588, others: [] },
    aggregatesQuery: { p50Ms: 60, p95Ms: 80 },
  },
});

const aimRows = (text: string) => text.split('\n').filter((line) => /\| (met|\*\*missed\*\*) \|$/.test(line));

describe('renderPostgresBenchmarks', () => {
  it('gives each aim with its figure, met when the figures are within it', () => {
    expect(aimRows(renderPostgresBenchmarks(machine, figures()))).toEqual([
      '| HTTP push at least 0.5 of multi-row INSERT | 0.60 | met |',
      '| CSV export at most 2 times `psql \\copy` | 2.00 | met |',
      '| server memory during the export under 200 MB | 157.3 MB peak | met |',
      '| aggregates by fmp,day,direction: p95 under 150 ms | 120 ms | met |',
    ]);
  });

  it('says missed for each aim a figure falls outside', () => {
    const text = renderPostgresBenchmarks(
      machine,
      figures({ httpRatio: 0.05, apiSeconds: 21, peakMiB: 191, p95Ms: 150 }),
    );
    expect(aimRows(text).every((row) => row.endsWith('| **missed** |'))).toBe(true);
    expect(aimRows(text)).toHaveLength(4);
    expect(text).toContain(
      "The aim of 0.5 for the HTTP push is **missed** in this run. The server's ingest sent\n1,234 statements a batch of 500",
    );
    expect(text).toContain('| two processes, round robin | 2,600 | 1.30 |');
  });
});
