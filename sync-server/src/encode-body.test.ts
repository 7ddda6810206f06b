import { describe, expect, it } from 'vitest';
import { acceptsGzip } from './encode-body.ts';

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br, zstd', true],
    ['GZIP', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['*', true],
    ['gzip;q=0', false],
    ['gzip; q=0.000', false],
    ['deflate, br', false],
    ['identity', false],
    [undefined, false],
    ['x-gzip', false],
  ] as const)('%s gives %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});
