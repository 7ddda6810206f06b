import type { OdataResult } from './odata-feed.ts';

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const mib = (n: number) => n.toFixed(0);

export const ODATA_HEADING = '## OData feed: nextLink paging against the CSV export';

/** The docs/benchmarks.md section of the OData benchmark. */
export function renderOdataBenchmarks(result: OdataResult, note = ''): string {
  const { csv, feed, memoryMiB } = result;
  const rate = (r: { seconds: number; rows: number }) => int(r.rows / r.seconds);
  const ratio = feed.seconds / csv.seconds;
  const peakMb = (memoryMiB.feedPeak * 2 ** 20) / 1e6;
  return `
${ODATA_HEADING}

${int(result.records)} accepted FMR records (the dataset of the CSV export benchmark, built the same way), one server
process from its bundle, one run. **CSV**: \`GET /api/v1/exports/fmr.csv\` read to the end. **OData**:
\`GET /api/v1/odata/fmr\` with HTTP Basic, each page read whole and parsed with \`JSON.parse\`, then its
\`@odata.nextLink\` followed, as Power BI does: ${int(result.pages)} pages of at most 5,000 rows (the default
\`FMP_ODATA_PAGE_SIZE\`), each starting after the last key of the one before (decision 0095).${note}

| path | rows | seconds | rows/s | MiB | ratio to CSV |
| --- | ---: | ---: | ---: | ---: | ---: |
| CSV export (baseline) | ${int(csv.rows)} | ${csv.seconds.toFixed(1)} | ${rate(csv)} | ${int(csv.bytes / 2 ** 20)} | 1 |
| OData feed, nextLink paging | ${int(feed.rows)} | ${feed.seconds.toFixed(1)} | ${rate(feed)} | ${int(feed.bytes / 2 ** 20)} | ${ratio.toFixed(2)} |

The aim is a ratio of 3 or less: ${ratio <= 3 ? 'met' : '**missed**'}.

Server memory (resident, \`VmHWM\` started again before each read): ${mib(memoryMiB.beforeCsv)} MiB before the CSV export and a
peak of ${mib(memoryMiB.csvPeak)} MiB during it; ${mib(memoryMiB.beforeFeed)} MiB before the feed and a peak of
${mib(memoryMiB.feedPeak)} MiB (${peakMb.toFixed(1)} MB) during it, ${peakMb < 200 ? 'under' : '**above**'} the aim of 200 MB. A page is streamed 500 rows
at a time as it is read, so a page's size does not show in memory. The one Basic password check (scrypt, 128 MiB while it
runs) came before, on a \`$top=1\` request: the password it proved is kept for ten minutes (decision 0094).
`;
}
