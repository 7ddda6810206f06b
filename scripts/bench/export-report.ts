import type { ExportResult } from './export-csv.ts';

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => n.toFixed(0);
const mib = (n: number) => n.toFixed(0);

/** The XLSX export against the CSV export of the same run and server. */
function renderXlsxBenchmark(result: ExportResult): string {
  const { api, xlsx } = result;
  const xlsxAddedMiB = Math.max(0, xlsx.memoryMiB.peak - xlsx.memoryMiB.before);
  const xlsxPeakMB = (xlsx.memoryMiB.peak * 2 ** 20) / 1e6;
  const row = (name: string, r: { seconds: number; bytes: number }, ratio: string) =>
    `| ${name} | ${r.seconds.toFixed(1)} | ${int(result.records / r.seconds)} | ${int(r.bytes / 2 ** 20)} | ${ratio} |`;
  return `
## FMR XLSX export against the CSV export

The same ${int(result.records)} records as \`GET /api/v1/exports/fmr.xlsx\`, from the same server process right after
the CSV export, read to the end by one client: a workbook streamed by exceljs's \`WorkbookWriter\`, a \`Data\` sheet
with instants as dates on the FMP's wall clock and an \`About\` sheet (decision 0090).

| path | seconds | rows/s | MiB | ratio to the CSV export |
| --- | ---: | ---: | ---: | ---: |
${row('API, streamed CSV (baseline)', api, '1')}
${row('API, streamed XLSX', xlsx, (xlsx.seconds / api.seconds).toFixed(2))}

Server memory: ${mib(xlsx.memoryMiB.before)} MiB before the XLSX export, a peak of ${mib(xlsx.memoryMiB.peak)} MiB during it
(\`VmHWM\`, started again just before), so it added at most ${mib(xlsxAddedMiB)} MiB;
the peak is ${xlsxPeakMB.toFixed(1)} MB, ${xlsxPeakMB < 200 ? 'under' : 'above'} the 200 MB aim of the CSV export.
`;
}

/** The docs/benchmarks.md sections of the export and aggregates benchmarks. */
export function renderExportBenchmarks(result: ExportResult): string {
  const { api, sqlite, memoryMiB, aggregates } = result;
  const rate = (r: { seconds: number; rows: number }) => int(r.rows / r.seconds);
  const sqliteRow = sqlite
    ? `| \`sqlite3 -csv\` on the same database (baseline) | ${sqlite.seconds.toFixed(1)} | ${rate(sqlite)} | ` +
      `${int(sqlite.bytes / 2 ** 20)} | 1 |`
    : '| `sqlite3 -csv` (baseline) | not installed | | | |';
  const ratio = sqlite ? (api.seconds / sqlite.seconds).toFixed(2) : 'n/a';
  const records = int(result.records);
  const exportAddedMiB = mib(Math.max(0, memoryMiB.peak - memoryMiB.beforeExport));
  const peakBytes = memoryMiB.peak * 2 ** 20;
  const peakMB = (peakBytes / 1e6).toFixed(1);
  const otherRow = (o: (typeof aggregates.others)[number]) => {
    const table = o.query.includes('month') ? 'monthly' : 'full cube';
    return `| \`${o.query}\` | ${table} | ${int(o.rows)} | ${ms(o.p50Ms)} | ${ms(o.p95Ms)} |`;
  };
  // A backslash at the end of a line below continues it: the markdown keeps its long lines.
  return `
## FMR CSV export: the API against \`sqlite3 -csv\`

${records} accepted FMR records over one year at the nine FMPs, built in ${result.buildSeconds.toFixed(0)} s (the
aggregate tables by the server's own code, one flush per 20,000 records; \
\`fmr-dataset.test.ts\` checks them against a recount). **API**: \`GET /api/v1/exports/fmr.csv\` from the server process on loopback,
read to the end by one client. **sqlite3**: Debian's CLI, \`-readonly -csv -header\`, the same columns with
\`json_extract\`, the same order; its output piped to a counter, as the API's is.

| path | seconds | rows/s | MiB | ratio to sqlite3 |
| --- | ---: | ---: | ---: | ---: |
${sqliteRow}
| API, streamed CSV | ${api.seconds.toFixed(1)} | ${rate(api)} | ${int(api.bytes / 2 ** 20)} | ${ratio} |

The target is a ratio of 2 or less. The API also neutralises formula cells, quotes per RFC 4180, adds
the choice columns and metadata, and checks the session.

Server memory (resident, from \`/proc/<pid>/status\`): ${mib(memoryMiB.beforeExport)} MiB before the export,
a peak of ${mib(memoryMiB.peak)} MiB during it (\`VmHWM\`, started again just before the export), so the export added at most
${exportAddedMiB} MiB. Before that, signing in and the aggregate queries peaked at ${mib(memoryMiB.signIn)} MiB:
each sign-in's scrypt hash takes 128 MiB while it runs (decision 0018). \
The aim is flat and under 200 MB during the export: flat it is (the export reads rows lazily and
pulls 500 at a time as the client reads, decision 0005), and the peak is ${peakMB} MB, ${peakBytes < 200e6 ? 'under' : 'above'} it.
The server runs from its bundle with plain node and a 2 MB SQLite page cache per connection (decision 0050).

${renderXlsxBenchmark(result)}
## Aggregates latency

\`GET /api/v1/aggregates?${aggregates.query}\` over the same ${records} records, ${aggregates.requests} requests one after another on
loopback after three warm-up requests, timed from request to parsed JSON (${int(aggregates.rows)} rows):
**p50 ${ms(aggregates.p50Ms)} ms, p95 ${ms(aggregates.p95Ms)} ms** (aim: under 150 ms). The daily table answers it (decision 0031).
Breakdowns it cannot answer, ${Math.ceil(aggregates.requests / 4)} requests each:

| query | table | rows | p50 ms | p95 ms |
| --- | --- | ---: | ---: | ---: |
${aggregates.others.map(otherRow).join('\n')}
`;
}
