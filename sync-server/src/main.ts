import { serve } from '@hono/node-server';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { collectDefaultMetrics } from 'prom-client';
import { loadConfig, ConfigError } from './config.ts';
import { DB_FILE_NAME } from './db/database.ts';
import { DatabaseTooNewError } from './db/migrate.ts';
import { connectDatabase, DatabaseUnreachableError, migrateDatabase } from './db/connect-database.ts';
import { bootstrapAdmin } from './auth/bootstrap-admin.ts';
import { createApp } from './app.ts';
import { createLogger } from './log.ts';
import { createMetrics } from './ops/metrics.ts';
import { lockDataDir, DataDirBusyError } from './ops/data-dir-lock.ts';
import { keepNewFilesPrivate, makePrivateFiles } from './ops/private-files.ts';
import { scheduleBackups } from './ops/scheduled-backups.ts';
import { startWebhookDelivery } from './webhooks/delivery-worker.ts';

// Collect once the heap is 1.5 times what survived, so the garbage of /aggregates answers does not pile up (decision 0050).
setFlagsFromString('--heap-growing-percent=50');

async function main(): Promise<void> {
  keepNewFilesPrivate();
  const config = loadConfig(process.env, process.stdout.isTTY);
  const log = createLogger(config.log);
  if (config.database.engine === 'sqlite') {
    // Before the database is opened, so that a restore can never swap it under a starting server.
    const unlock = lockDataDir(config.dataDir, 'server');
    process.on('exit', unlock);
    const dbFile = join(config.dataDir, DB_FILE_NAME);
    makePrivateFiles(['', '-wal', '-shm'].map((suffix) => dbFile + suffix));
  }
  const db = await connectDatabase(config.database);
  const { from, to } = await migrateDatabase(db);
  if (from !== to) log.info({ msg: `Database migrated from schema ${from} to ${to}.`, from, to });
  const admin = await bootstrapAdmin(db, config.adminPassword, new Date());
  if (admin.created && admin.generatedPassword) {
    // The contract: a generated first password is printed once, to the operator's terminal, not into the JSON log.
    console.log(`First start: created user "admin" with password ${admin.generatedPassword} (shown only this once).`);
  } else if (admin.created) {
    log.info('First start: created user "admin" with the password from FMP_ADMIN_PASSWORD.');
  }

  const now = () => new Date();
  const metrics = createMetrics({ db, now });
  collectDefaultMetrics({ register: metrics.registry });
  const webhooks = startWebhookDelivery({ db, now, settings: config.webhooks, log });
  const app = createApp({
    db,
    now,
    // A push that stored records wakes the delivery at once; revisions and other processes' pushes wait for its poll.
    onPushResults: (results) => {
      if (results.some((r) => r.status === 'accepted')) webhooks.wake();
    },
    clientDist: config.clientDist,
    log,
    metrics,
    metricsToken: config.metricsToken,
    trustProxy: config.trustProxy,
    officersPublishForms: config.officersPublishForms,
    odataPageSize: config.odataPageSize,
  });
  // Backups of PostgreSQL are pg_dump's work, scheduled outside the server (docs/deploy.md).
  const stopBackups = config.database.engine === 'sqlite' ? scheduleBackups(config.backup, log) : () => {};
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    // 0.0.0.0 listens on every address; the person at this machine opens it as localhost.
    const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    log.info({
      msg: `fmp-collect listening on http://${shownHost}:${info.port}`,
      port: info.port,
      engine: db.engine,
      ...(db.engine === 'sqlite' ? { dataDir: config.dataDir } : {}),
      schemaVersion: to,
    });
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ msg: `${signal}: finishing open requests, then closing the database.` });
    stopBackups();
    server.close(() => {
      void webhooks
        .stop()
        .then(() => db.close())
        .finally(() => process.exit(0));
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  const known = [ConfigError, DatabaseTooNewError, DataDirBusyError, DatabaseUnreachableError];
  if (err instanceof Error && known.some((kind) => err instanceof kind)) {
    console.error(err.message);
  } else {
    console.error(err);
  }
  process.exit(1);
});
