import { isDeepStrictEqual } from 'node:util';
import { FMR_V1 } from '../../shared/forms/fmr-v1.ts';
import { FMS_V1 } from '../../shared/forms/fms-v1.ts';
import type { FormDefinition } from '../../shared/forms/types.ts';
import { validateData, type ValidationContext } from '../../shared/forms/validate.ts';
import { makeFmsData } from '../../shared/test/fixtures.ts';
import { SEED_FMPS } from '../../shared/test/seed-fmps.ts';
import { UGANDA } from '../../shared/test/deployments.ts';
import { fmrFlow } from '../../sync-server/test/support/fmr-flow.ts';
import { seededRandom, type Random } from '../../sync-server/test/support/random.ts';
import { median } from './push-batches.ts';
import { FMS_WITH_CONDITION_EXPRESSIONS, FMS_WITH_EXPRESSIONS } from './expression-form.ts';

type Data = Record<string, unknown>;

interface ValidationFigure {
  form: string;
  /** Median over the rounds of the mean time a `validateData` call took. */
  microsecondsPerRecord: number;
}

export interface ValidationResult {
  records: number;
  rounds: number;
  /** FMR v1, condition trees: the baseline. */
  fmr: ValidationFigure;
  /** FMS v1, condition trees. */
  fms: ValidationFigure;
  /** FMS v1 with its conditions as expressions, no constraints. */
  fmsConditionExpressions: ValidationFigure;
  /** FMS v1 with expressions and constraints. */
  fmsExpressions: ValidationFigure;
  /** fmsExpressions against fmr: the median of the rounds' ratios, which moves less with the machine's load. */
  ratio: number;
}

const CONTEXT: ValidationContext = {
  now: new Date('2026-12-03T12:00:00Z'),
  timeZone: UGANDA.timeZone,
  fmpCodes: new Set(SEED_FMPS.map((f) => f.code)),
};

const NEEDS = ['food', 'water', 'shelter', 'health', 'cash', 'documentation', 'protection', 'transport'];

/** An FMS interview as they vary: one in ten refused, children without education or occupation, needs of any number. */
function variedFms(random: Random): Data {
  if (random.next() < 0.1) return { fmp: 'BUNAGANA', interviewed_at: '2026-11-20T09:40:00+03:00', consent: 'no' };
  const age = random.int(0, 85);
  const needs = random.next() < 0.2 ? ['none'] : NEEDS.filter(() => random.next() < 0.3);
  const data = makeFmsData({ age, sex: random.pick(['male', 'female']), needs: needs.length ? needs : ['food'] });
  if (age < 5) delete data.education;
  if (age < 15) delete data.occupation;
  return data;
}

/** Records each form takes with no error, the expression form judging every one as FMS v1 does. */
function records(count: number) {
  const random = seededRandom(20261203);
  const fmr = fmrFlow(random, count, { until: CONTEXT.now, days: 5, fmps: 9 }).map((r) => r.data);
  const fms = Array.from({ length: count }, () => variedFms(random));
  for (const [form, data] of [
    [FMR_V1, fmr],
    [FMS_V1, fms],
  ] as const) {
    const refused = data.find((d) => validateData(form, d, CONTEXT).errors.length > 0);
    if (refused) throw new Error(`${form.id}: ${JSON.stringify(validateData(form, refused, CONTEXT).errors)}`);
  }
  const differs = fms.find((d) =>
    [FMS_WITH_EXPRESSIONS, FMS_WITH_CONDITION_EXPRESSIONS].some(
      (form) => !isDeepStrictEqual(validateData(FMS_V1, d, CONTEXT), validateData(form, d, CONTEXT)),
    ),
  );
  if (differs) throw new Error(`the expression form judges ${JSON.stringify(differs)} otherwise`);
  return { fmr, fms };
}

/** Mean µs of a `validateData` call over every record, `passes` times over. */
function timePass(form: FormDefinition, data: readonly Data[], passes: number): number {
  let issues = 0;
  const started = performance.now();
  for (let p = 0; p < passes; p++) for (const d of data) issues += validateData(form, d, CONTEXT).errors.length;
  const micros = ((performance.now() - started) * 1000) / (passes * data.length);
  if (issues > 0) throw new Error(`${form.id}: ${issues} errors while timing`);
  return micros;
}

/**
 * `validateData` in the bench process, as the server's ingest and the tablet call it: FMR v1 (the baseline),
 * FMS v1, and FMS v1 with its conditions as expressions and constraints, taking turns in each round.
 */
export function benchValidation(count = 2_000, rounds = 11, passes = 5): ValidationResult {
  const { fmr, fms } = records(count);
  const subjects = [
    { name: 'fmr', form: FMR_V1, data: fmr },
    { name: 'fms', form: FMS_V1, data: fms },
    { name: 'fmsConditionExpressions', form: FMS_WITH_CONDITION_EXPRESSIONS, data: fms },
    { name: 'fmsExpressions', form: FMS_WITH_EXPRESSIONS, data: fms },
  ] as const;
  // Warm-up: each form's plan, parsed expressions and field checks are built once, and the JIT settles.
  for (const s of subjects) timePass(s.form, s.data, 2);
  const times = new Map<string, number[]>(subjects.map((s) => [s.name, []]));
  for (let r = 0; r < rounds; r++) for (const s of subjects) times.get(s.name)?.push(timePass(s.form, s.data, passes));
  const of = (name: string) => times.get(name) ?? [];
  const figure = (name: string): ValidationFigure => ({ form: name, microsecondsPerRecord: median(of(name)) });
  const fmrTimes = of('fmr');
  return {
    records: count,
    rounds,
    fmr: figure('fmr'),
    fms: figure('fms'),
    fmsConditionExpressions: figure('fmsConditionExpressions'),
    fmsExpressions: figure('fmsExpressions'),
    ratio: median(of('fmsExpressions').map((micros, r) => micros / (fmrTimes[r] ?? NaN))),
  };
}
