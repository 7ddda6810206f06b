import { describe, expect, it } from 'vitest';
import { renderWebhookBenchmarks } from './webhook-report.ts';
import type { WebhookLagResult } from './webhook-lag.ts';

const result = (lagP95: number): WebhookLagResult => ({
  engine: 'sqlite',
  recordsPerSecond: 100,
  records: 3000,
  devices: 5,
  recordsPerPush: 10,
  deliveries: 300,
  lagMs: { p50: 10, p95: lagP95, max: 2000 },
  pushMs: { p50: 5, p95: 10 },
  loadAverage: 1.5,
});

describe('renderWebhookBenchmarks', () => {
  it.each([
    [1000, 'SQLite 1000 ms, within it'],
    [1001, 'SQLite 1001 ms, missed'],
  ])('weighs a lag p95 of %i ms against the 1 s aim', (p95, sentence) => {
    expect(renderWebhookBenchmarks([result(p95)])).toContain(sentence);
  });

  it('gives the ratio of the lag to the push it rode on', () => {
    expect(renderWebhookBenchmarks([result(30)])).toContain('| 3.00 | 1.5 |');
  });
});
