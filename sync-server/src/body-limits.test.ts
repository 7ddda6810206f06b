import { afterEach, describe, expect, it } from 'vitest';
import { makeTestServer, enrollDevice, type TestServer } from '../test/support/test-server.ts';
import { MAX_BODY_BYTES } from './body-limits.ts';

let server: TestServer;
afterEach(() => server.cleanup());

const bigBody = () => JSON.stringify({ username: 'admin', password: 'x'.repeat(MAX_BODY_BYTES) });

/** A body sent as a stream, so no Content-Length header announces its size. */
function streamed(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 16 * 1024) controller.enqueue(bytes.subarray(at, at + 16 * 1024));
      controller.close();
    },
  });
}

describe('request body limits', () => {
  it('refuses with 413 payload-too-large a sign-in body that announces more than 64 KiB', async () => {
    server = await makeTestServer();
    const body = bigBody();
    const res = await server.app.request('/api/v1/sessions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(body.length) },
      body,
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      error: {
        code: 'payload-too-large',
        message: `The request body exceeds ${MAX_BODY_BYTES} bytes.`,
        details: { limitBytes: MAX_BODY_BYTES },
      },
    });
  });

  it('refuses with 413 a streamed body without Content-Length once it passes 64 KiB, and closes the connection', async () => {
    server = await makeTestServer();
    const res = await server.app.request('/api/v1/devices/enroll', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: streamed(bigBody()),
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'payload-too-large' } });
    // So that the rest of a huge body is not read in only to be thrown away.
    expect(res.headers.get('Connection')).toBe('close');
  });

  it('leaves a push its own larger limit', async () => {
    server = await makeTestServer();
    const { token } = await enrollDevice(server);
    const res = await server.app.request('/api/v1/sync/push', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: `{"padding":"${'x'.repeat(4 * MAX_BODY_BYTES)}"`,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid-json' } });
  });
});
