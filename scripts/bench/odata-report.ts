import type { OdataResult } from './odata-feed.ts';

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const mib = (n: number) => n.toFixed(0);

export const ODATA_HEADING = '## OData feed: nextLink paging against the CSV export';

const ratioOf = (r: OdataResult) => r.feed.seconds / r.csv.seconds;
const rate = (r: { seconds: number; rows: number }) => int(r.rows / r.seconds);

function rows(r: OdataResult): string {
  return [
    `| ${r.engine} | CSV export (baseline) | ${int(r.csv.rows)} | ${r.csv.seconds.toFixed(1)} | ${rate(r.csv)} ` +
      `| ${int(r.csv.bytes / 2 ** 20)} | 1 |`,
    `| ${r.engine} | OData feed, ${int(r.pages)} pages | ${int(r.feed.rows)} | ${r.feed.seconds.toFixed(1)} ` +
      `| ${rate(r.feed)} | ${int(r.feed.bytes / 2 ** 20)} | ${ratioOf(r).toFixed(2)} |`,
  ].join('\n');
}

function memory({ engine, memoryMiB }: OdataResult): string {
  const peakMb = (memoryMiB.feedPeak * 2 ** 20) / 1e6;
  return (
    `- ${engine}: ${mib(memoryMiB.beforeCsv)} MiB before the CSV export and a peak of ${mib(memoryMiB.csvPeak)} MiB ` +
    `during it; ${mib(memoryMiB.beforeFeed)} MiB before the feed and a peak of ${mib(memoryMiB.feedPeak)} MiB ` +
    `(${peakMb.toFixed(1)} MB) during it, ${peakMb < 200 ? 'under' : '**above**'} the aim of 200 MB.`
  );
}

/** The docs/benchmarks.md section of the OData benchmark, one pair of rows per engine. */
export function renderOdataBenchmarks(results: readonly OdataResult[], note = ''): string {
  const records = results[0]?.records ?? 0;
  const verdicts = results.map((r) => `${r.engine} ${ratioOf(r) <= 3 ? 'met' : '**missed**'}`).join(', ');
  const sizeRatio = results[0] ? results[0].feed.bytes / results[0].csv.bytes : 0;
  return `
${ODATA_HEADING}

${int(records)} accepted FMR records (the dataset of the CSV export benchmark, built the same way; on PostgreSQL
copied in as for its export benchmark), one server process from its bundle per engine. **CSV**:
\`GET /api/v1/exports/fmr.csv\` read to the end. **OData**: \`GET /api/v1/odata/fmr\` with HTTP Basic, each
page read whole and parsed with \`JSON.parse\`, then its \`@odata.nextLink\` followed, as Power BI does: pages of at
most 5,000 rows (the default \`FMP_ODATA_PAGE_SIZE\`), each starting after the last key of the one before
(decision 0095). Both paths of an engine run one after the other on the same server.${note}

| engine | path | rows | seconds | rows/s | MiB | ratio to CSV |
| --- | --- | ---: | ---: | ---: | ---: | ---: |
${results.map(rows).join('\n')}

The aim is a ratio of 3 or less: ${verdicts}.
The feed's answer is about ${sizeRatio.toFixed(1)} times the CSV's bytes: OData JSON names every property in every row.

Server memory (resident, \`VmHWM\` started again before each read):

${results.map(memory).join('\n')}

A page is streamed 500 rows at a time as it is read, so a page's size does not show in memory. The one Basic
password check (scrypt, 128 MiB while it runs) came before, on a \`$top=1\` request: the password it proved is
kept for ten minutes (decision 0094).
`;
}
