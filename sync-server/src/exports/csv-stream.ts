import { stringify } from 'csv-stringify/sync';
import { neutraliseCell } from './neutralise-cell.ts';

export type Cell = string | number | boolean | null | undefined;

export interface CsvStreamOptions {
  header: readonly string[];
  extraHeaderRows?: readonly (readonly string[])[];
  bom?: boolean;
}

type Chunks = AsyncIterator<readonly (readonly Cell[])[]> | Iterator<readonly (readonly Cell[])[]>;

function toCsv(rows: readonly (readonly Cell[])[]): string {
  return stringify(
    rows.map((row) => row.map((cell) => (typeof cell === 'string' ? neutraliseCell(cell) : cell))),
    // Without quote_record_delimiter, a CRLF delimiter leaves a bare CR or LF unquoted: the row splits (decision 0034).
    { record_delimiter: 'windows', quote_record_delimiter: true, cast: { boolean: (b) => (b ? 'true' : 'false') } },
  );
}

/**
 * RFC 4180 CSV pulled chunk by chunk from `chunks`: the consumer's pace sets the reading pace,
 * so memory stays flat whatever the number of rows. Ending, failing or being cancelled closes the rows' source.
 */
export function csvStream(chunks: Chunks, options: CsvStreamOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const head = toCsv([options.header, ...(options.extraHeaderRows ?? [])]);
      controller.enqueue(encoder.encode((options.bom ? '\uFEFF' : '') + head));
    },
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else if (next.value.length > 0) controller.enqueue(encoder.encode(toCsv(next.value)));
      } catch (err) {
        controller.error(err);
        await chunks.return?.();
      }
    },
    async cancel() {
      await chunks.return?.();
    },
  });
}
