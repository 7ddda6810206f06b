import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchIngest } from './ingest.ts';
import { benchWireBytes } from './wire-bytes.ts';
import { renderBenchmarks } from './report.ts';
import { benchExport } from './export-csv.ts';
import { renderExportBenchmarks } from './export-report.ts';
import { benchClient } from './client.ts';

const OUTPUT = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url));

const started = performance.now();
console.log('Ingest: HTTP push against plain inserts...');
const ingest = await benchIngest();
console.log(`  HTTP push ${Math.round(ingest.httpRecordsPerSecond)} records/s, plain inserts ${Math.round(ingest.directRecordsPerSecond)} records/s, ratio ${ingest.ratio.toFixed(2)}`);
console.log('Bytes on the wire: our push against OpenRosa submissions...');
const wire = await benchWireBytes();
console.log('Export and aggregates over 1,000,000 FMR records...');
const exports = await benchExport();
console.log(`  API ${exports.api.seconds.toFixed(1)} s, sqlite3 ${exports.sqlite?.seconds.toFixed(1) ?? 'n/a'} s, aggregates p50 ${exports.aggregates.p50Ms.toFixed(0)} ms`);
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
writeFileSync(OUTPUT, renderBenchmarks(machine, ingest, wire) + renderExportBenchmarks(exports) + client);
console.log(`Wrote ${OUTPUT} in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
