import { describe, expect, it } from 'vitest';
import { renderFormBenchmarks } from './forms-report.ts';
import type { FormPublishResult, PublishedForm } from './form-publish.ts';
import type { ValidationResult } from './validation.ts';

const published = (totalP50: number, configGzip: number): PublishedForm => ({
  workbookBytes: 59_000,
  checkMs: { p50: totalP50 / 2, p95: totalP50 },
  publishMs: { p50: totalP50 / 2, p95: totalP50 },
  totalMs: { p50: totalP50, p95: 2 * totalP50 },
  config: { raw: 200_000, gzip: configGzip },
  definition: { raw: 190_000, gzip: configGzip / 2 },
});

const publish = (serverCompressesConfig: boolean): FormPublishResult => ({
  size: { questions: 300, choices: 2000, choicesPerSelect: 50 },
  rounds: 5,
  large: published(1500, 12_000),
  baseline: published(125, 6_000),
  serverCompressesConfig,
  ratio: 12.4,
});

const validation = (expressions: number): ValidationResult => ({
  records: 2000,
  rounds: 7,
  fmr: { form: 'fmr', microsecondsPerRecord: 25 },
  fms: { form: 'fms', microsecondsPerRecord: 20 },
  fmsConditionExpressions: { form: 'fmsConditionExpressions', microsecondsPerRecord: 30 },
  fmsExpressions: { form: 'fmsExpressions', microsecondsPerRecord: expressions },
  ratio: expressions / 25,
});

describe('renderFormBenchmarks', () => {
  it.each([
    [50, '2.00, met'],
    [50.5, '2.02, **missed**'],
  ])('weighs expressions at %d µs against FMR’s 25 µs and the aim of 2', (micros, verdict) => {
    expect(renderFormBenchmarks(publish(false), validation(micros))).toContain(verdict);
  });

  it('gives the large form’s publishing and /config as ratios to FMR v1', () => {
    const text = renderFormBenchmarks(publish(false), validation(40));
    expect(text).toContain('| 300 questions, 2,000 choices | 59.0 | 750 | 750 | 1,500 | 3,000 | 12 |');
    expect(text).toContain('| 300 questions, 2,000 choices | 190.0 | 6.0 | 200.0 | 12.0 | 1.0 | 2.0 |');
  });

  it('says whether the gzip figure is the server’s or node:zlib’s', () => {
    expect(renderFormBenchmarks(publish(false), validation(40))).toContain('through node:zlib');
    expect(renderFormBenchmarks(publish(true), validation(40))).toContain('what it sent');
  });
});
