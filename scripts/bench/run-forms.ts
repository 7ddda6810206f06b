import { cpus, loadavg } from 'node:os';
import { benchFormPublish } from './form-publish.ts';
import { FORMS_HEADING, renderFormBenchmarks } from './forms-report.ts';
import { replaceSection } from './replace-section.ts';
import { benchValidation } from './validation.ts';

// `npx tsx scripts/bench/run-forms.ts`: the forms benchmarks alone replace their own section of docs/benchmarks.md.
console.log('Validation per record: FMR v1, FMS v1, FMS with expressions...');
const validation = benchValidation();
console.log(
  `  FMR ${validation.fmr.microsecondsPerRecord.toFixed(1)} µs, expressions ` +
    `${validation.fmsExpressions.microsecondsPerRecord.toFixed(1)} µs, ratio ${validation.ratio.toFixed(2)}`,
);
console.log('Publishing an XLSForm of 300 questions and 2,000 choices against FMR v1...');
const publish = await benchFormPublish();
console.log(
  `  check+publish p50 ${publish.large.totalMs.p50.toFixed(0)} ms against ${publish.baseline.totalMs.p50.toFixed(0)} ms`,
);
const note =
  `Run alone (\`npx tsx scripts/bench/run-forms.ts\`) at ${new Date().toISOString()} on ${cpus().length} cores ` +
  `(${cpus()[0]?.model.trim() ?? 'unknown'}), load average ${loadavg()[0]?.toFixed(1)} at its end: the machine is shared, ` +
  `so the ratios of one run say more than its milliseconds.`;
replaceSection(FORMS_HEADING, renderFormBenchmarks(publish, validation, note), '## SQLite against the previous report');
