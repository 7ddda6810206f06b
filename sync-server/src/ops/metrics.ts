import { statSync } from 'node:fs';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { createMiddleware } from 'hono/factory';
import { routePath } from 'hono/route';
import type { AppEnv } from '../app-env.ts';
import { databaseSchemaVersion, type Database } from '../db/connect-database.ts';
import type { PushResult } from '../../../shared/push.ts';

const PUSH_ROUTE = '/api/v1/sync/push';
const DAY_MS = 24 * 3600_000;

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** Exports stream: they are timed until the last byte leaves, not until the headers do. */
function streamedKind(route: string): 'export' | 'aggregate' | null {
  if (route.startsWith('/api/v1/exports')) return 'export';
  if (route.startsWith('/api/v1/aggregates')) return 'aggregate';
  return null;
}

export type Metrics = ReturnType<typeof createMetrics>;

/** One registry per app, so that tests and a server never share counters. */
export function createMetrics({ db, now }: { db: Database; now: () => Date }) {
  const registry = new Registry();
  const registers = [registry];

  const requests = new Counter({
    name: 'fmp_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers,
  });
  const pushBatches = new Counter({
    name: 'fmp_push_batches_total',
    help: 'Sync pushes answered, by HTTP status.',
    labelNames: ['status'] as const,
    registers,
  });
  const pushRecords = new Counter({
    name: 'fmp_push_records_total',
    help: 'Pushed records, by result: accepted, duplicate, conflict, rejected.',
    labelNames: ['status'] as const,
    registers,
  });
  const streamed = new Histogram({
    name: 'fmp_streamed_response_seconds',
    help: 'Time to send an export or aggregate to its last byte, by kind and status.',
    labelNames: ['kind', 'status'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers,
  });
  new Gauge({
    name: 'fmp_database_bytes',
    help: 'Size of the database: the SQLite file, or the PostgreSQL database.',
    registers,
    async collect() {
      if (db.engine === 'sqlite') this.set(fileSize(db.file));
      else this.set((await db.get<{ n: number }>('SELECT pg_database_size(current_database()) AS n'))?.n ?? 0);
    },
  });
  if (db.engine === 'sqlite') {
    const walFile = `${db.file}-wal`;
    new Gauge({
      name: 'fmp_database_wal_bytes',
      help: 'Size of the SQLite write-ahead log, which a checkpoint folds back into the database.',
      registers,
      collect() {
        this.set(fileSize(walFile));
      },
    });
  }
  new Gauge({
    name: 'fmp_database_schema_version',
    help: 'Schema version of the database.',
    registers,
    async collect() {
      this.set(await databaseSchemaVersion(db));
    },
  });
  new Gauge({
    name: 'fmp_devices_seen_24h',
    help: 'Devices that pushed in the last 24 hours.',
    registers,
    async collect() {
      const since = new Date(now().getTime() - DAY_MS).toISOString();
      this.set(
        (await db.get<{ n: number }>('SELECT count(*) AS n FROM devices WHERE last_seen_at >= ?', [since]))?.n ?? 0,
      );
    },
  });

  const middleware = createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    await next();
    const route = routePath(c);
    const status = String(c.res.status);
    requests.inc({ method: c.req.method, route, status });
    if (route === PUSH_ROUTE) pushBatches.inc({ status });
    const kind = streamedKind(route);
    const body = c.res.body;
    if (!kind) return;
    const observe = () => streamed.observe({ kind, status }, (performance.now() - started) / 1000);
    if (!body) return observe();
    c.res = new Response(body.pipeThrough(new TransformStream({ flush: observe })), c.res);
  });

  return {
    registry,
    middleware,
    onPushResults: (results: readonly PushResult[]) => {
      for (const { status } of results) pushRecords.inc({ status });
    },
  };
}
