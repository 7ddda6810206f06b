import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { WebhookDelivery, type WebhookEvent } from '../../../shared/webhooks.ts';

/** What the receiver answers a delivery that verified: 200 takes it, anything else refuses it. */
export type Answer = (delivery: number) => number | Promise<number>;

export interface Arrival {
  event: WebhookEvent;
  /** When the receiver took the delivery that carried it, in ms since the epoch. */
  at: number;
}

export interface WebhookReceiver {
  url: string;
  /** Events of the deliveries it answered 200, in the order they came, duplicates kept. */
  arrivals: Arrival[];
  /** Deliveries whose signature or timestamp did not verify (refused with 401). */
  badSignatures: number;
  /** Deliveries that reached it, whatever it answered. */
  deliveries: number;
  /** The most deliveries it was handling at one time. */
  mostAtOnce: number;
  /** Stops listening: senders get "connection refused" until `start`. */
  stop: () => Promise<void>;
  start: () => Promise<void>;
}

/**
 * The documented check, written here from docs/api.md rather than taken from the server: HMAC-SHA256 of
 * `<X-Timestamp>.<raw body>` with the secret, hex after `sha256=`, and a timestamp at most 5 minutes old.
 */
function verifies(secret: string, req: IncomingMessage, body: string): boolean {
  const timestamp = req.headers['x-timestamp'];
  const signature = req.headers['x-signature'];
  if (typeof timestamp !== 'string' || typeof signature !== 'string') return false;
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A real HTTP receiver on a loopback port, as an information manager's system would run one. */
export async function startWebhookReceiver(secret: string, answer: Answer = () => 200): Promise<WebhookReceiver> {
  let server: Server | undefined;
  let port = 0;
  const receiver: WebhookReceiver = {
    url: '',
    arrivals: [],
    badSignatures: 0,
    deliveries: 0,
    mostAtOnce: 0,
    stop: () =>
      new Promise<void>((resolve) => {
        if (!server) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
        server = undefined;
      }),
    start: async () => {
      let atOnce = 0;
      const listening = createServer((req, res) => {
        atOnce += 1;
        receiver.mostAtOnce = Math.max(receiver.mostAtOnce, atOnce);
        res.on('close', () => (atOnce -= 1));
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', async () => {
          const body = Buffer.concat(chunks).toString('utf8');
          receiver.deliveries += 1;
          if (!verifies(secret, req, body)) {
            receiver.badSignatures += 1;
            res.writeHead(401).end('bad signature');
            return;
          }
          const status = await answer(receiver.deliveries);
          if (status === 200) {
            const at = Date.now();
            for (const event of WebhookDelivery.parse(JSON.parse(body)).events) receiver.arrivals.push({ event, at });
          }
          res.writeHead(status, { 'Content-Type': 'text/plain' }).end(status === 200 ? 'ok' : 'try again later');
        });
      });
      await new Promise<void>((resolve) => listening.listen(port, '127.0.0.1', resolve));
      const address = listening.address();
      if (typeof address !== 'object' || !address) throw new Error('the receiver has no port');
      port = address.port;
      receiver.url = `http://127.0.0.1:${port}/hook`;
      server = listening;
    },
  };
  await receiver.start();
  return receiver;
}

/** Each event id once, at its first arrival: what a receiver that de-duplicates by `id` keeps. */
export function firstArrivals(arrivals: readonly Arrival[]): Arrival[] {
  const seen = new Set<string>();
  return arrivals.filter(({ event }) => !seen.has(event.id) && seen.add(event.id));
}
