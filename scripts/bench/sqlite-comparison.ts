import type { IngestResult } from './ingest.ts';
import type { ExportResult } from './export-csv.ts';

interface SqliteRun {
  ingest: IngestResult;
  exports: ExportResult;
}

/** Each SQLite figure: how the report prints it (to read it back from the previous one) and which way is better. */
const FIGURES: {
  name: string;
  pattern: RegExp;
  now: (run: SqliteRun) => number;
  better: 'higher' | 'lower';
  digits: number;
}[] = [
  {
    name: 'HTTP push, ratio to plain inserts',
    pattern: /^\| HTTP push, gzip batches of \d+ \| [\d,]+ \| ([\d.]+) \|/m,
    now: (r) => r.ingest.ratio,
    better: 'higher',
    digits: 2,
  },
  {
    name: 'in-process ingest, ratio to plain inserts',
    pattern: /^\| server ingest in process, no HTTP \| [\d,]+ \| ([\d.]+) \|/m,
    now: (r) => r.ingest.inProcessRatio,
    better: 'higher',
    digits: 2,
  },
  {
    name: 'HTTP push, records/s',
    pattern: /^\| HTTP push, gzip batches of \d+ \| ([\d,]+) \|/m,
    now: (r) => r.ingest.httpRecordsPerSecond,
    better: 'higher',
    digits: 0,
  },
  {
    name: 'plain inserts, records/s',
    pattern: /^\| plain inserts into better-sqlite3 \(baseline\) \| ([\d,]+) \|/m,
    now: (r) => r.ingest.directRecordsPerSecond,
    better: 'higher',
    digits: 0,
  },
  {
    name: 'CSV export, ratio to sqlite3',
    pattern: /^\| API, streamed CSV \| [\d.]+ \| [\d,]+ \| [\d,]+ \| ([\d.]+) \|/m,
    now: (r) => (r.exports.sqlite ? r.exports.api.seconds / r.exports.sqlite.seconds : NaN),
    better: 'lower',
    digits: 2,
  },
  {
    name: 'CSV export, seconds',
    pattern: /^\| API, streamed CSV \| ([\d.]+) \|/m,
    now: (r) => r.exports.api.seconds,
    better: 'lower',
    digits: 1,
  },
  {
    name: 'server memory peak during the export, MiB',
    pattern: /a peak of (\d+) MiB during it/,
    now: (r) => r.exports.memoryMiB.peak,
    better: 'lower',
    digits: 0,
  },
  {
    name: 'aggregates by fmp,day,direction, p50 ms',
    pattern: /\*\*p50 (\d+) ms, p95 \d+ ms\*\*/,
    now: (r) => r.exports.aggregates.p50Ms,
    better: 'lower',
    digits: 0,
  },
  {
    name: 'aggregates by fmp,day,direction, p95 ms',
    pattern: /\*\*p50 \d+ ms, p95 (\d+) ms\*\*/,
    now: (r) => r.exports.aggregates.p95Ms,
    better: 'lower',
    digits: 0,
  },
];

/** The SQLite figures of a report written by this bench, read from its text, before the PostgreSQL section. */
export function previousSqliteFigures(markdown: string): { date: string; figures: Map<string, number> } | null {
  const date = markdown.match(/^- Date: (\S+)$/m)?.[1];
  if (!date) return null;
  const sqlitePart = markdown.split(/^## PostgreSQL$/m)[0] ?? '';
  const figures = new Map<string, number>();
  for (const figure of FIGURES) {
    const printed = figure.pattern.exec(sqlitePart)?.[1];
    if (printed !== undefined) figures.set(figure.name, Number(printed.replace(/,/g, '')));
  }
  return { date, figures };
}

/** The SQLite figures of this run against the report it replaces, each marked better or worse. */
export function renderSqliteComparison(previousReport: string | null, run: SqliteRun): string {
  const previous = previousReport === null ? null : previousSqliteFigures(previousReport);
  if (!previous) return '\n## SQLite against the previous report\n\nNo previous report to compare with.\n';
  const rows = FIGURES.map((figure) => {
    const before = previous.figures.get(figure.name);
    const now = figure.now(run);
    if (before === undefined || !Number.isFinite(now))
      return `| ${figure.name} | ${before ?? 'n/a'} | ${Number.isFinite(now) ? now.toFixed(figure.digits) : 'n/a'} | n/a |`;
    const change = (now - before) / before;
    const worse = figure.better === 'higher' ? now < before : now > before;
    const verdict = Number(now.toFixed(figure.digits)) === before ? 'same' : worse ? '**worse**' : 'better';
    const printed = now.toLocaleString('en-US', {
      minimumFractionDigits: figure.digits,
      maximumFractionDigits: figure.digits,
    });
    const percent = `${change >= 0 ? '+' : ''}${(change * 100).toFixed(0)}%`;
    return `| ${figure.name} | ${before.toLocaleString('en-US')} | ${printed} | ${percent} ${verdict} |`;
  });
  return `
## SQLite against the previous report

The SQLite figures of this run against those of the report it replaced (${previous.date}), as printed there. Ratios
compare two paths of one run and move less with the machine's load than records/s, seconds and milliseconds do.

| figure | previous report | this run | change |
| --- | ---: | ---: | ---: |
${rows.join('\n')}
`;
}
