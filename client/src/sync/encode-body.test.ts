import { describe, expect, it } from 'vitest';
import { gzipJson, plainJson } from './encode-body.ts';

const json = JSON.stringify({
  records: Array.from({ length: 50 }, (_, i) => ({ id: `record-${i}`, direction: 'incoming' })),
});

describe('request body encodings', () => {
  it('gzips a push body that the server can inflate back to the same JSON, and says so in a header', async () => {
    const encoded = await gzipJson(json);
    expect(encoded.headers).toEqual({ 'content-encoding': 'gzip' });
    const inflated = new Response(new Response(encoded.body).body?.pipeThrough(new DecompressionStream('gzip')));
    expect(await inflated.text()).toBe(json);
  });

  it('makes a body of similar records much smaller', async () => {
    const encoded = await gzipJson(json);
    expect(encoded.body instanceof ArrayBuffer && encoded.body.byteLength < json.length / 4).toBe(true);
  });

  it('sends plain JSON as it is', async () => {
    expect(await plainJson(json)).toEqual({ body: json, headers: {} });
  });
});
