import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchIngest } from './ingest.ts';
import { benchWireBytes } from './wire-bytes.ts';
import { renderBenchmarks } from './report.ts';

const OUTPUT = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url));

const started = performance.now();
console.log('Ingest: HTTP push against plain inserts...');
const ingest = await benchIngest();
console.log(`  HTTP push ${Math.round(ingest.httpRecordsPerSecond)} records/s, plain inserts ${Math.round(ingest.directRecordsPerSecond)} records/s, ratio ${ingest.ratio.toFixed(2)}`);
console.log('Bytes on the wire: our push against OpenRosa submissions...');
const wire = await benchWireBytes();
const machine = {
  date: new Date().toISOString(),
  cores: cpus().length,
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
};
writeFileSync(OUTPUT, renderBenchmarks(machine, ingest, wire));
console.log(`Wrote ${OUTPUT} in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
