import type { FormPublishResult, PublishedForm } from './form-publish.ts';
import type { ValidationResult } from './validation.ts';

export const FORMS_HEADING = '## Forms: publishing a large XLSForm, validating with expressions';

/** Validation with expressions should cost at most this many times FMR v1's condition trees. */
const VALIDATION_AIM = 2;

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const ms = (n: number) => int(n);
const times = (a: number, b: number) => (a / b).toFixed(a / b >= 10 ? 0 : 1);

function publishRow(name: string, f: PublishedForm, ratio: number | null): string {
  return (
    `| ${name} | ${kb(f.workbookBytes)} | ${ms(f.checkMs.p50)} | ${ms(f.publishMs.p50)} | ${ms(f.totalMs.p50)} ` +
    `| ${ms(f.totalMs.p95)} | ${ratio === null ? '1' : ratio.toFixed(ratio >= 10 ? 0 : 1)} |`
  );
}

function configRow(name: string, f: PublishedForm, baseline: PublishedForm): string {
  return (
    `| ${name} | ${kb(f.definition.raw)} | ${kb(f.definition.gzip)} | ${kb(f.config.raw)} | ${kb(f.config.gzip)} ` +
    `| ${f === baseline ? '1 | 1' : `${times(f.config.raw, baseline.config.raw)} | ${times(f.config.gzip, baseline.config.gzip)}`} |`
  );
}

function publishSection(p: FormPublishResult): string {
  const { large, baseline } = p;
  const gzipNote = p.serverCompressesConfig
    ? 'the server answered it gzipped to `Accept-Encoding: gzip, deflate, br`, as a tablet asks; the gzip column is what it sent'
    : 'the server answers it uncompressed even to `Accept-Encoding: gzip, deflate, br`, as a tablet asks (a proxy in front ' +
      'may compress it): the gzip column is the body through node:zlib at its default level';
  return `### Publishing an XLSForm of ${int(p.size.questions)} questions and ${int(p.size.choices)} choices

A survey written by \`writeXlsform\` (sync-server/src/forms/xlsform/) from a generated definition: the FMP and
interview time, then counts, texts, yes/no questions and ${int(p.size.choices / p.size.choicesPerSelect)} selects of
${p.size.choicesPerSelect} choices, every fourth question relevant on the one before, labels in English, French and
Swahili (made-up words), as a new version of FMS. **Baseline**: the shipped FMR v1 as a new version of FMR. Each of ${p.rounds} rounds,
after one unmeasured round, sends each workbook as the staff Forms page does: \`POST /api/v1/forms/check\` (read,
checked and compared with the version before; its answer is what the page's preview draws, in the browser, not
timed here), then \`POST /api/v1/forms\` (read and checked again, stored), one new version each round, the two
forms taking turns, each on a server process (SQLite) of its own. Times from request to parsed answer; the ratio
is the median of the rounds' ratios of check and publish together.

| form | workbook KB | check p50 ms | publish p50 ms | both p50 ms | both p95 ms | ratio to FMR v1 |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${publishRow('FMR v1 (baseline)', baseline, null)}
${publishRow(`${int(p.size.questions)} questions, ${int(p.size.choices)} choices`, large, p.ratio)}

What a device then downloads: \`GET /api/v1/config\` as the enrolled device, once the new version is the only one of
its form in use (the older ones retired), beside the other two shipped forms; ${gzipNote}.

| form | its definition KB | gzip KB | whole \`/config\` KB | gzip KB | ratio to FMR v1, raw | ratio, gzip |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${configRow('FMR v1 (baseline)', baseline, baseline)}
${configRow(`${int(p.size.questions)} questions, ${int(p.size.choices)} choices`, large, baseline)}

The large form's labels are made-up words (a question 8 words, a choice 2, in each language), none repeating
another, so that gzip finds no more in them than in a real survey's.
`;
}

function validationSection(v: ValidationResult): string {
  const met = v.ratio <= VALIDATION_AIM;
  const conditionsOverTrees = times(v.fmsConditionExpressions.microsecondsPerRecord, v.fms.microsecondsPerRecord);
  const added = v.fmsExpressions.microsecondsPerRecord - v.fmsConditionExpressions.microsecondsPerRecord;
  // Under a microsecond the medians of two forms' rounds differ by noise as much as by work.
  const constraintsAdd = `${added.toFixed(1)} µs a record${Math.abs(added) < 1 ? ' (within the rounds’ noise)' : ''}`;
  const row = (name: string, micros: number, ratio = micros / v.fmr.microsecondsPerRecord) =>
    `| ${name} | ${micros.toFixed(1)} | ${ratio.toFixed(2)} |`;
  return `### Validation per record with the expression evaluator

\`validateData\` in the bench process, as the server's ingest and the tablet call it, over ${int(v.records)} records
per form that it takes without an error (FMR: the varied flow of the ingest bench; FMS: one interview in ten
refused, ages 0 to 85, needs of any number), every record five times a round, ${v.rounds} rounds with the forms
taking turns after a warm-up; each figure is the median of the rounds, each ratio the median of the rounds' ratios.
**FMS with expressions**: FMS v1 with every
condition (relevance, conditional requirement, a rule's \`when\`) written as the expression that means it
(\`\${consent} = 'yes' and \${age} >= 5\`) and six questions given a constraint (\`. >= 0 and . <= 120\`,
\`not(selected(., 'none')) or count-selected(.) = 1\`, …), so that every condition goes through the evaluator; it
judges every record as FMS v1 does (checked before timing). The schema would ask for the tree where one holds the
meaning, so this form measures the evaluator and is not one to publish.

| form | µs a record | ratio to FMR v1 |
| --- | ---: | ---: |
${row('FMR v1, condition trees (baseline)', v.fmr.microsecondsPerRecord)}
${row('FMS v1, condition trees', v.fms.microsecondsPerRecord)}
${row('FMS with expressions, no constraints', v.fmsConditionExpressions.microsecondsPerRecord)}
${row('FMS with expressions and constraints', v.fmsExpressions.microsecondsPerRecord, v.ratio)}

The aim is at most ${VALIDATION_AIM} times FMR v1: ${v.ratio.toFixed(2)}, ${met ? 'met' : '**missed**'}. \
Where the time goes: the same conditions as expressions cost ${conditionsOverTrees} times FMS v1's trees, \
and the six constraints, work FMS v1 does not do, add ${constraintsAdd}. An expression condition is a lookup \
of its compiled text (decision 0115), a small context object and a call per node, with XLSForm's rules for empty \
answers at each comparison; a condition tree compares one answer with one value.
This form is the worst case: in a published form only the conditions no tree holds are expressions
(\`\${age} < 5\`, \`count-selected(\${needs}) > 1\`), so a real survey of FMS's size costs between the two FMS rows.
`;
}

/** The docs/benchmarks.md section of the forms benchmarks. */
export function renderFormBenchmarks(publish: FormPublishResult, validation: ValidationResult, note = ''): string {
  return `
${FORMS_HEADING}
${note ? `\n${note.trim()}\n` : ''}
${publishSection(publish)}
${validationSection(validation)}`;
}
