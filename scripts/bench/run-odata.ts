import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildFmrDataset } from './fmr-dataset.ts';
import { benchOdata, benchOdataPostgres } from './odata-feed.ts';
import { ODATA_HEADING, renderOdataBenchmarks } from './odata-report.ts';

/**
 * `npm run bench:odata [records]`: the OData benchmark alone, its section of docs/benchmarks.md replaced
 * (or put before the SQLite comparison) and the rest of the report left as the last full run wrote it.
 */
const OUTPUT = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url));
const records = Number(process.argv[2] ?? 1_000_000);

const dataset = await buildFmrDataset(records);
console.log(
  `Built ${records} FMR records in ${dataset.seconds.toFixed(0)} s; reading them as CSV then through the feed...`,
);
const bothEngines = async () => [await benchOdata(dataset), await benchOdataPostgres(dataset)];
const results = await bothEngines().finally(() => rmSync(dataset.dataDir, { recursive: true, force: true }));
for (const r of results)
  console.log(
    `  ${r.engine}: CSV ${r.csv.seconds.toFixed(1)} s, OData ${r.feed.seconds.toFixed(1)} s in ${r.pages} pages`,
  );
const today = new Date().toISOString().slice(0, 10);
const note = ` Run alone (\`npm run bench:odata\`) on ${today}, load average ${loadavg()[0]?.toFixed(1)} at its end.`;
const section = renderOdataBenchmarks(results, note);
const report = readFileSync(OUTPUT, 'utf8');
const start = report.indexOf(`\n${ODATA_HEADING}`);
const end = start < 0 ? -1 : report.indexOf('\n## ', start + 1);
const before = report.indexOf('\n## SQLite against the previous report');
writeFileSync(
  OUTPUT,
  start >= 0
    ? report.slice(0, start) + section + (end < 0 ? '' : report.slice(end))
    : report.slice(0, before) + section + report.slice(before),
);
console.log(`Wrote the OData section of ${OUTPUT}.`);
