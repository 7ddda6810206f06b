import type { Worksheet } from 'exceljs';

/** The zip entry a streamed sheet writes into: a readable-stream 2 PassThrough inside archiver. */
interface EntryStream {
  _writableState: { length: number; highWaterMark: number };
  once(event: 'drain', listener: () => void): unknown;
  removeListener(event: 'drain', listener: () => void): unknown;
}

const isEntryStream = (value: unknown): value is EntryStream =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Partial<EntryStream>)._writableState?.length === 'number' &&
  typeof (value as Partial<EntryStream>).once === 'function';

/**
 * exceljs 4.4.0 hands a streamed sheet's XML to its zip entry without heeding the entry's backpressure, so a sheet
 * written faster than it is compressed and read piles up in memory (100,000 rows held 100 MB). This waits until
 * the entry has taken what was written, or until `closed` (the reader went away). It throws when exceljs no longer
 * has the shape it reads, so that an upgrade fails the tests instead of quietly holding whole sheets in memory.
 */
export async function sheetTakenUp(sheet: Worksheet, closed: Promise<void>): Promise<void> {
  const entry = (sheet as unknown as { stream?: { pipes?: unknown[] } }).stream?.pipes?.[0];
  if (!isEntryStream(entry)) throw new Error('exceljs changed: a streamed sheet has no zip entry stream to wait on');
  if (entry._writableState.length < entry._writableState.highWaterMark) return;
  let onDrain = () => {};
  const drained = new Promise<void>((resolve) => {
    onDrain = resolve;
    entry.once('drain', onDrain);
  });
  await Promise.race([drained, closed]);
  entry.removeListener('drain', onDrain);
}
