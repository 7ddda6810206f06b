import { describe, expect, it, vi } from 'vitest';
import ExcelJS from 'exceljs';
import { xlsxStream, type XlsxCell } from './xlsx-stream.ts';

/** Chunks of `rows` rows each, forever, telling how many were asked for and whether the source was closed. */
function endlessRows(rows: number) {
  const source = { chunks: 0, closed: false };
  async function* chunks(): AsyncGenerator<XlsxCell[][]> {
    try {
      for (;;) {
        source.chunks++;
        yield Array.from({ length: rows }, (_, i) => [`row ${source.chunks * rows + i}`, i, new Date(0)]);
      }
    } finally {
      source.closed = true;
    }
  }
  return { source, chunks: chunks() };
}

const options = { header: ['text', 'number', 'date'], about: () => [['about', 'this file']], maxRows: 1_048_576 };

describe('xlsxStream, which writes every XLSX export', () => {
  it('closes the rows’ source when the reader cancels', async () => {
    const { source, chunks } = endlessRows(500);
    const reader = xlsxStream(chunks, options).getReader();
    expect((await reader.read()).done).toBe(false);
    await reader.cancel();
    await vi.waitFor(() => expect(source.closed).toBe(true));
  });

  it('fails the download, and closes the source, when the rows outgrow the sheet', async () => {
    const { source, chunks } = endlessRows(10);
    const body = new Response(xlsxStream(chunks, { ...options, maxRows: 25 }));
    await expect(body.arrayBuffer()).rejects.toThrow();
    expect(source.chunks).toBe(3);
    expect(source.closed).toBe(true);
  });

  it('fails the download when reading the rows fails', async () => {
    async function* failing(): AsyncGenerator<XlsxCell[][]> {
      yield [['one row', 1, null]];
      throw new Error('the database went away');
    }
    await expect(new Response(xlsxStream(failing(), options)).arrayBuffer()).rejects.toThrow();
  });

  it('writes the data sheet, then the About sheet told how many rows it held', async () => {
    const told: number[] = [];
    async function* twoChunks(): AsyncGenerator<XlsxCell[][]> {
      yield [['a', 1, new Date(Date.UTC(2026, 10, 20, 9, 15))]];
      yield [['=1+1', 2.5, true]];
    }
    const stream = xlsxStream(twoChunks(), {
      ...options,
      about: (rows) => {
        told.push(rows);
        return [['rows', rows]];
      },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await new Response(stream).arrayBuffer());
    expect(told).toEqual([2]);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Data', 'About']);
    const data = book.getWorksheet('Data');
    expect(data?.getRow(2).values).toEqual([undefined, 'a', 1, new Date(Date.UTC(2026, 10, 20, 9, 15))]);
    expect(data?.getRow(3).values).toEqual([undefined, '=1+1', 2.5, true]);
    expect(data?.getCell('A3').formula).toBeUndefined();
    expect(book.getWorksheet('About')?.getRow(1).values).toEqual([undefined, 'rows', 2]);
  });
});
