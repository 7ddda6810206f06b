import { describe, expect, it } from 'vitest';
import { renderBenchmarks } from './report.ts';

const machine = {
  date: '2026-11-28T18:00:00.000Z',
  cores: 2,
  cpu: 'Test CPU',
  memoryGiB: 24,
  node: 'v20.20.2',
  platform: 'linux',
};
const ingest = {
  engine: 'sqlite' as const,
  records: 10_000,
  rounds: 3,
  batchSize: 500,
  httpRecordsPerSecond: 5000,
  inProcessRecordsPerSecond: 12_000,
  directRecordsPerSecond: 40_000,
  ratio: 0.125,
  inProcessRatio: 0.3,
  gzipBytesPerBatch: 30_000,
  statementsPerBatch: 560,
};
const wire = {
  records: 1000,
  batchSize: 500,
  gzipBatch: { requestBytes: 60_000, responseBytes: 20_000 },
  jsonBatch: { requestBytes: 800_000, responseBytes: 20_000 },
  openRosa: { requestBytes: 2_000_000, responseBytes: 400_000, instanceBytes: 1466 },
};

describe('renderBenchmarks', () => {
  const text = renderBenchmarks(machine, ingest, wire);

  it('names the date and the machine', () => {
    expect(text).toContain('- Date: 2026-11-28T18:00:00.000Z');
    expect(text).toContain('- Machine: 2 cores (Test CPU), 24 GiB');
  });

  it('gives each figure with its ratio to the baseline of the same run', () => {
    expect(text).toContain('| HTTP push, gzip batches of 500 | 5,000 | 0.13 |');
    expect(text).toContain('| server ingest in process, no HTTP | 12,000 | 0.30 |');
    expect(text).toContain('for the HTTP push: not met in this run');
    expect(text).toContain('| our push, gzip (baseline) | 60 | 20 | 80 | 1.00 |');
    expect(text).toContain('| ODK OpenRosa, one submission per record | 2,000 | 400 | 2,400 | 30 |');
  });
});
