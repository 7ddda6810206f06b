import type { IngestResult } from './ingest.ts';
import type { TwoProcessesResult } from './two-processes.ts';
import type { PostgresExportResult } from './export-postgres.ts';
import type { Machine } from './report.ts';

export interface PostgresFigures {
  /** `SHOW server_version`. */
  version: string;
  ingest: IngestResult;
  twoProcesses: TwoProcessesResult;
  exports: PostgresExportResult;
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ratio = (n: number) => n.toFixed(2);
const ms = (n: number) => n.toFixed(0);
const mb = (mib: number) => (mib * 2 ** 20) / 1e6;
const met = (yes: boolean) => (yes ? 'met' : '**missed**');

/** The aims of the PostgreSQL benchmarks, each with this run's figure and whether it was met. */
function postgresAims({ ingest, exports }: PostgresFigures) {
  const exportRatio = exports.api.seconds / exports.psql.seconds;
  const peakMB = mb(exports.memoryMiB.peak);
  return [
    { aim: 'HTTP push at least 0.5 of multi-row INSERT', figure: ratio(ingest.ratio), met: ingest.ratio >= 0.5 },
    { aim: 'CSV export at most 2 times `psql \\copy`', figure: ratio(exportRatio), met: exportRatio <= 2 },
    { aim: 'server memory during the export under 200 MB', figure: `${peakMB.toFixed(1)} MB peak`, met: peakMB < 200 },
    {
      aim: 'aggregates by fmp,day,direction: p95 under 150 ms',
      figure: `${ms(exports.aggregates.p95Ms)} ms`,
      met: exports.aggregates.p95Ms < 150,
    },
  ];
}

/** The PostgreSQL section of docs/benchmarks.md. */
export function renderPostgresBenchmarks(machine: Machine, figures: PostgresFigures): string {
  const { ingest, twoProcesses: two, exports } = figures;
  const { api, psql, memoryMiB, aggregates } = exports;
  const rate = (r: { seconds: number; rows: number }) => int(r.rows / r.seconds);
  const aims = postgresAims(figures);
  const exportAddedMiB = ms(Math.max(0, memoryMiB.peak - memoryMiB.beforeExport));
  const peakUnderAim = memoryMiB.peak * 2 ** 20 < 200e6;
  // A backslash at the end of a line below continues it: the markdown keeps its long lines.
  return `
## PostgreSQL

The server with \`FMP_DATABASE_URL\` set, on PostgreSQL ${figures.version} on this machine (127.0.0.1, default
settings, so \`synchronous_commit\` on: each commit waits for its WAL on disk). Each bench has fresh databases
of its own, migrated by the server's own migrations.

| aim | this run | |
| --- | ---: | --- |
${aims.map((a) => `| ${a.aim} | ${a.figure} | ${met(a.met)} |`).join('\n')}

### Ingest: the HTTP push against multi-row INSERT

As the SQLite ingest above (${ingest.rounds} rounds of ${int(ingest.records)} records, ${ingest.batchSize} a batch, the paths taking turns),
each path on a database of its own. **Multi-row INSERT**: the same rows, prepared beforehand, sent as one
\`INSERT … VALUES (…), (…), …\` of ${ingest.batchSize} rows a batch through node-postgres, one round trip and one commit a batch.

| path | records/s | ratio to multi-row INSERT |
| --- | ---: | ---: |
| multi-row INSERT into PostgreSQL (baseline) | ${int(ingest.directRecordsPerSecond)} | 1 |
| PostgreSQL: server ingest in process, no HTTP | ${int(ingest.inProcessRecordsPerSecond)} | ${ratio(ingest.inProcessRatio)} |
| PostgreSQL: HTTP push, gzip batches of ${ingest.batchSize} | ${int(ingest.httpRecordsPerSecond)} | ${ratio(ingest.ratio)} |

The aim of 0.5 for the HTTP push is ${met(ingest.ratio >= 0.5)} in this run. The server's ingest sent
${int(ingest.statementsPerBatch)} statements a batch of ${ingest.batchSize} (counted on the in-process path, BEGIN and COMMIT aside), each a
round trip to PostgreSQL, where the baseline sends one: one \`INSERT\` a record, one upsert a distinct row of each
aggregate table, and the device, FMP and seq-range statements. On SQLite a statement is a function call; here it is a
network round trip and a trip through PostgreSQL's executor, so it is the number of statements, not the data, that sets the pace.

### Two server processes against one

${two.devices} devices pushing at once, each one gzip batch of ${two.batchSize} at a time, \
${int(two.records)} records each a round, ${two.rounds} rounds taking
turns: to one server process, and to two processes on one database with the client side sending each push to the
next process in turn (what a load balancer would do). Each setup has a database of its own.

| setup | records/s | ratio to one process |
| --- | ---: | ---: |
| one process (baseline) | ${int(two.oneRecordsPerSecond)} | 1 |
| two processes, round robin | ${int(two.twoRecordsPerSecond)} | ${ratio(two.ratio)} |

No aim is set. This machine has ${machine.cores} cores for PostgreSQL, the server processes and the clients together, so a
second process can only add what one process leaves idle while it waits for PostgreSQL.

### FMR CSV export: the API against \`psql \\copy\`

The ${int(exports.records)} records of the SQLite export bench, copied into PostgreSQL with \`COPY\` (records, devices and the
aggregate tables, then \`VACUUM ANALYZE\`; ${exports.loadSeconds.toFixed(0)} s). **API**: \`GET /api/v1/exports/fmr.csv\` from the server
process, which reads the rows with a cursor, 500 at a time, in one read-only snapshot. \
**psql**: \`\\copy (SELECT …) to stdout with (format csv, header)\`,
the same columns and order, each row's JSON parsed once into \`jsonb\` (the quickest of the plain ways tried).

| path | seconds | rows/s | MiB | ratio to psql |
| --- | ---: | ---: | ---: | ---: |
| \`psql \\copy\` (baseline) | ${psql.seconds.toFixed(1)} | ${rate(psql)} | ${int(psql.bytes / 2 ** 20)} | 1 |
| API, streamed CSV | ${api.seconds.toFixed(1)} | ${rate(api)} | ${int(api.bytes / 2 ** 20)} | ${ratio(api.seconds / psql.seconds)} |

The aim of 2 or less is ${met(api.seconds / psql.seconds <= 2)}. \
Server memory: ${ms(memoryMiB.beforeExport)} MiB before the export, a peak of
${ms(memoryMiB.peak)} MiB during it (\`VmHWM\` started again just before), so the export added at most
${exportAddedMiB} MiB; the peak is ${mb(memoryMiB.peak).toFixed(1)} MB, ${peakUnderAim ? 'under' : 'above'} the 200 MB aim.
Signing in and the aggregate queries before it peaked at ${ms(memoryMiB.signIn)} MiB (the sign-in's scrypt hash, as on SQLite).

### Aggregates latency

\`GET /api/v1/aggregates?${aggregates.query}\` over the same records, ${aggregates.requests} requests one after another after three warm-up
requests (${int(aggregates.rows)} rows): **p50 ${ms(aggregates.p50Ms)} ms, p95 ${ms(aggregates.p95Ms)} ms**, \
the aim of a p95 under 150 ms ${met(aggregates.p95Ms < 150)}.
The same query through the server's own \`queryAggregates\` from the bench process, without HTTP and JSON, took p50
${ms(exports.aggregatesQuery.p50Ms)} ms, p95 ${ms(exports.aggregatesQuery.p95Ms)} ms: the database's share, \
node-postgres parsing the rows included. The daily table answers it, as on SQLite.

| query | rows | p50 ms | p95 ms |
| --- | ---: | ---: | ---: |
${aggregates.others.map((o) => `| \`${o.query}\` | ${int(o.rows)} | ${ms(o.p50Ms)} | ${ms(o.p95Ms)} |`).join('\n')}
`;
}
