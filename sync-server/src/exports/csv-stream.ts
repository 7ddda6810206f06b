import { stringify } from 'csv-stringify/sync';
import { neutraliseCell } from './neutralise-cell.ts';

export type Cell = string | number | boolean | null | undefined;

export interface CsvStreamOptions {
  header: readonly string[];
  extraHeaderRows?: readonly (readonly string[])[];
  bom?: boolean;
  rowsPerChunk?: number;
}

function toCsv(rows: readonly (readonly Cell[])[]): string {
  return stringify(
    rows.map((row) => row.map((cell) => (typeof cell === 'string' ? neutraliseCell(cell) : cell))),
    // Without quote_record_delimiter, a CRLF delimiter leaves a bare CR or LF unquoted: the row splits (decision 0034).
    { record_delimiter: 'windows', quote_record_delimiter: true, cast: { boolean: (b) => (b ? 'true' : 'false') } },
  );
}

/**
 * RFC 4180 CSV pulled chunk by chunk from `rows`: the consumer's pace sets the reading pace,
 * so memory stays flat whatever the number of rows. `onDone` runs once, on end, error or cancel.
 */
export function csvStream(rows: Iterator<readonly Cell[]>, options: CsvStreamOptions, onDone: () => void): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const rowsPerChunk = options.rowsPerChunk ?? 500;
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    rows.return?.();
    onDone();
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const head = toCsv([options.header, ...(options.extraHeaderRows ?? [])]);
      controller.enqueue(encoder.encode((options.bom ? '\uFEFF' : '') + head));
    },
    pull(controller) {
      try {
        const chunk: (readonly Cell[])[] = [];
        while (chunk.length < rowsPerChunk) {
          const next = rows.next();
          if (next.done) break;
          chunk.push(next.value);
        }
        if (chunk.length > 0) controller.enqueue(encoder.encode(toCsv(chunk)));
        if (chunk.length < rowsPerChunk) {
          finish();
          controller.close();
        }
      } catch (err) {
        finish();
        controller.error(err);
      }
    },
    cancel: finish,
  });
}
