import { serve, type ServerType } from '@hono/node-server';
import type { TestServer } from './test-server.ts';

/** The test server's app on a loopback port, for clients that speak real HTTP. */
export async function listen(server: TestServer): Promise<{ origin: string; close: () => Promise<void> }> {
  let listening: ServerType | undefined;
  const port = await new Promise<number>((resolve) => {
    listening = serve({ fetch: server.app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => (listening ? listening.close(() => resolve()) : resolve())),
  };
}
