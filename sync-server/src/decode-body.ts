import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import { AppError } from './errors.ts';

const gunzipAsync = promisify(gunzip);

/** Decodes a request body; a decoded size over the limit rejects with a RangeError, before memory runs out. */
export async function decodeBody(raw: Buffer, encoding: string | undefined, maxDecodedBytes: number): Promise<string> {
  const enc = (encoding ?? 'identity').trim().toLowerCase();
  if (enc === 'identity') return raw.toString('utf8');
  if (enc !== 'gzip') throw new AppError(415, 'unsupported-encoding', `Content-Encoding "${enc}" is not supported; use gzip.`);
  try {
    return (await gunzipAsync(raw, { maxOutputLength: maxDecodedBytes })).toString('utf8');
  } catch (err) {
    if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new RangeError('decoded body too large');
    }
    throw new AppError(400, 'invalid-gzip', 'The request body is not valid gzip.');
  }
}
