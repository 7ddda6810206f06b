import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Random } from './random.ts';

/** Chances, each in [0, 1] and summing to at most 1; the rest of the requests pass untouched. */
export interface FaultRates {
  /** The server answers (so a 200 means it committed) and the client gets a reset instead. */
  dropAfterCommit: number;
  /** The connection is reset before anything reaches the server. */
  resetBeforeForward: number;
  /** Half the body reaches the server, then both connections are cut. */
  resetMidRequest: number;
  /** The answer is held back for up to `maxDelayMs`: past the client's timeout, it is lost too. */
  delay: number;
}

type Fate = keyof FaultRates | 'pass';

export interface FaultyProxy {
  url: string;
  /** How many requests met each fate; `dropAfterCommit` counts only answers that were 200. */
  stats: Record<Fate, number>;
  close: () => Promise<void>;
}

function pickFate(roll: number, rates: FaultRates): Fate {
  let edge = 0;
  for (const fate of ['dropAfterCommit', 'resetBeforeForward', 'resetMidRequest', 'delay'] as const) {
    edge += rates[fate];
    if (roll < edge) return fate;
  }
  return 'pass';
}

/** An HTTP proxy on 127.0.0.1 in front of `targetPort` that loses, cuts and delays traffic at random. */
export async function startFaultyProxy(
  targetPort: number,
  { rates, random, maxDelayMs = 1500 }: { rates: FaultRates; random: Random; maxDelayMs?: number },
): Promise<FaultyProxy> {
  const stats: Record<Fate, number> = {
    dropAfterCommit: 0,
    resetBeforeForward: 0,
    resetMidRequest: 0,
    delay: 0,
    pass: 0,
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    const fate = pickFate(random.next(), rates);
    if (fate === 'resetBeforeForward') {
      stats.resetBeforeForward += 1;
      req.socket.destroy();
      return;
    }
    const upstream = request(
      { host: '127.0.0.1', port: targetPort, method: req.method, path: req.url, headers: req.headers, agent: false },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('error', () => req.socket.destroy());
        answer.on('end', () => {
          if (fate === 'dropAfterCommit') {
            if (answer.statusCode === 200) stats.dropAfterCommit += 1;
            req.socket.destroy();
            return;
          }
          const reply = () => {
            if (res.destroyed) return;
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            res.end(Buffer.concat(chunks));
          };
          stats[fate] += 1;
          if (fate === 'delay') setTimeout(reply, random.int(0, maxDelayMs));
          else reply();
        });
      },
    );
    upstream.on('error', () => req.socket.destroy());
    if (fate === 'resetMidRequest') {
      req.once('data', (chunk: Buffer) => {
        stats.resetMidRequest += 1;
        upstream.write(chunk.subarray(0, Math.ceil(chunk.length / 2)), () => {
          upstream.destroy();
          req.socket.destroy();
        });
      });
      return;
    }
    req.pipe(upstream);
  };

  const server = createServer(handle);
  server.on('clientError', (_err, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
