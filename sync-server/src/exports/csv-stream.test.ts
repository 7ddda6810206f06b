import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvStream, type Cell } from './csv-stream.ts';

async function written(
  rows: (readonly Cell[])[],
  header: readonly string[],
  extraHeaderRows: string[][] = [],
): Promise<string> {
  async function* oneChunk() {
    yield rows;
  }
  return new Response(csvStream(oneChunk(), { header, extraHeaderRows })).text();
}

describe('csvStream, which writes every CSV the server sends', () => {
  it('quotes each cell holding CR or LF, in header rows as in data rows', async () => {
    const text = await written(
      [['a\nb', 'c\rd', 'e\r\nf', 'plain']],
      ['one\ntwo', 'h2', 'h3', 'h4'],
      [['label\rline', 'x', 'y', 'z']],
    );
    expect(text).toBe('"one\ntwo",h2,h3,h4\r\n"label\rline",x,y,z\r\n"a\nb","c\rd","e\r\nf",plain\r\n');
  });

  it('gives each line inside a cell the formula check, and never writes a NUL', async () => {
    const text = await written([['x\n=1+1', 'y\r+2', 'z\r\n-3', '\0@4']], ['a', 'b', 'c', 'd']);
    expect(parse(text, { record_delimiter: ['\r\n'] })).toEqual([
      ['a', 'b', 'c', 'd'],
      ["x\n'=1+1", "y\r'+2", "z\r\n'-3", '\uFFFD@4'],
    ]);
  });
});
