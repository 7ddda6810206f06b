import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import { AppError } from './errors.ts';

const gunzipAsync = promisify(gunzip);

/** Output chunks of the thread-pool gunzip: a push body is a few round trips to the pool, not dozens (decision 0012). */
const GUNZIP_CHUNK_BYTES = 256 * 1024;

/** Fatal: a byte that is not UTF-8 refuses the body instead of becoming U+FFFD and being stored. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function utf8Text(bytes: Buffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new AppError(400, 'invalid-utf8', 'The request body is not valid UTF-8.');
  }
}

/** Decodes a request body; a decoded size over the limit rejects with a RangeError, before memory runs out. */
export async function decodeBody(raw: Buffer, encoding: string | undefined, maxDecodedBytes: number): Promise<string> {
  const enc = (encoding ?? 'identity').trim().toLowerCase();
  if (enc === 'identity') return utf8Text(raw);
  if (enc !== 'gzip')
    throw new AppError(415, 'unsupported-encoding', `Content-Encoding "${enc}" is not supported; use gzip.`);
  let decoded: Buffer;
  try {
    decoded = await gunzipAsync(raw, { maxOutputLength: maxDecodedBytes, chunkSize: GUNZIP_CHUNK_BYTES });
  } catch (err) {
    if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new RangeError('decoded body too large');
    }
    throw new AppError(400, 'invalid-gzip', 'The request body is not valid gzip.');
  }
  return utf8Text(decoded);
}
