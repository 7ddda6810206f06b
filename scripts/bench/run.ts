import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { benchIngest, type IngestResult } from './ingest.ts';
import { benchWireBytes } from './wire-bytes.ts';
import { renderBenchmarks } from './report.ts';
import { benchExport } from './export-csv.ts';
import { renderExportBenchmarks } from './export-report.ts';
import { benchClient } from './client.ts';
import { buildFmrDataset } from './fmr-dataset.ts';
import { benchExportPostgres } from './export-postgres.ts';
import { benchTwoProcesses } from './two-processes.ts';
import { postgresVersion } from './bench-postgres.ts';
import { renderPostgresBenchmarks } from './postgres-report.ts';
import { renderSqliteComparison } from './sqlite-comparison.ts';
import { benchWebhooks } from './webhooks.ts';
import { renderWebhookBenchmarks } from './webhook-report.ts';
import { BENCHMARKS_FILE } from './replace-section.ts';
import { benchOdata, benchOdataPostgres } from './odata-feed.ts';
import { renderOdataBenchmarks } from './odata-report.ts';
import { benchValidation } from './validation.ts';
import { benchFormPublish } from './form-publish.ts';
import { renderFormBenchmarks } from './forms-report.ts';

const OUTPUT = BENCHMARKS_FILE;

const printIngest = (ingest: IngestResult, baseline: string) =>
  console.log(
    `  HTTP push ${Math.round(ingest.httpRecordsPerSecond)} records/s, in process ${Math.round(ingest.inProcessRecordsPerSecond)}, ` +
      `${baseline} ${Math.round(ingest.directRecordsPerSecond)} records/s, ratio ${ingest.ratio.toFixed(2)}`,
  );

const started = performance.now();
const previousReport = existsSync(OUTPUT) ? readFileSync(OUTPUT, 'utf8') : null;
console.log('Ingest on SQLite: HTTP push against plain inserts...');
const ingest = await benchIngest('sqlite');
printIngest(ingest, 'plain inserts');
console.log('Ingest on PostgreSQL: HTTP push against multi-row INSERT...');
const postgresIngest = await benchIngest('postgres');
printIngest(postgresIngest, 'multi-row INSERT');
console.log('Bytes on the wire: our push against OpenRosa submissions...');
const wire = await benchWireBytes();
console.log('Two server processes against one on PostgreSQL, 6 devices at once...');
const twoProcesses = await benchTwoProcesses();
console.log(
  `  one ${Math.round(twoProcesses.oneRecordsPerSecond)} records/s, ` +
    `two ${Math.round(twoProcesses.twoRecordsPerSecond)} records/s, ratio ${twoProcesses.ratio.toFixed(2)}`,
);
console.log('Export and aggregates over 1,000,000 FMR records, on SQLite then on PostgreSQL...');
const dataset = await buildFmrDataset(1_000_000);
const exports = await benchExport(dataset);
console.log(
  `  SQLite: API ${exports.api.seconds.toFixed(1)} s, sqlite3 ${exports.sqlite?.seconds.toFixed(1) ?? 'n/a'} s, ` +
    `aggregates p50 ${exports.aggregates.p50Ms.toFixed(0)} ms`,
);
console.log('OData feed with nextLink paging against the CSV export, same dataset...');
const odata = await benchOdata(dataset);
console.log(
  `  CSV ${odata.csv.seconds.toFixed(1)} s, OData ${odata.feed.seconds.toFixed(1)} s in ${odata.pages} pages`,
);
const onPostgres = async () => ({
  exports: await benchExportPostgres(dataset),
  odata: await benchOdataPostgres(dataset),
});
const { exports: postgresExports, odata: odataPostgres } = await onPostgres().finally(() =>
  rmSync(dataset.dataDir, { recursive: true, force: true }),
);
console.log(
  `  PostgreSQL: API ${postgresExports.api.seconds.toFixed(1)} s, psql ${postgresExports.psql.seconds.toFixed(1)} s, ` +
    `aggregates p50 ${postgresExports.aggregates.p50Ms.toFixed(0)} ms`,
);
console.log('Forms: validation with expressions, publishing an XLSForm of 300 questions...');
const validation = benchValidation();
const formPublish = await benchFormPublish();
const webhooks = await benchWebhooks();
console.log('Enumerator app: bundle sizes, a save with 20,000 records on the device, offline cold start...');
const client = await benchClient();
const machine = {
  date: new Date().toISOString(),
  cores: cpus().length,
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
};
const postgres = { version: await postgresVersion(), ingest: postgresIngest, twoProcesses, exports: postgresExports };
writeFileSync(
  OUTPUT,
  renderBenchmarks(machine, ingest, wire) +
    renderExportBenchmarks(exports) +
    renderOdataBenchmarks([odata, odataPostgres]) +
    renderFormBenchmarks(formPublish, validation) +
    renderSqliteComparison(previousReport, { ingest, exports }) +
    renderPostgresBenchmarks(machine, postgres) +
    renderWebhookBenchmarks(webhooks) +
    client,
);
console.log(`Wrote ${OUTPUT} in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
