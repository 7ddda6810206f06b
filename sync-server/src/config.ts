import { z } from 'zod';
import { join, resolve } from 'node:path';
import { NewPassword } from '../../shared/api.ts';
import type { DatabaseLocation } from './db/connect-database.ts';
import { DEFAULT_WEBHOOK_SETTINGS, type WebhookSettings } from './webhooks/delivery-worker.ts';

const WEBHOOKS = DEFAULT_WEBHOOK_SETTINGS;

/** Rows an OData page holds unless `FMP_ODATA_PAGE_SIZE` says otherwise. */
export const DEFAULT_ODATA_PAGE_SIZE = 5000;

const flag = z.enum(['0', '1', 'false', 'true']).transform((v) => v === '1' || v === 'true');

const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  HOST: z.string().min(1).default('0.0.0.0'),
  FMP_DATA_DIR: z.string().min(1).default('./data'),
  FMP_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  FMP_ADMIN_PASSWORD: NewPassword.optional(),
  FMP_CLIENT_DIST: z.string().min(1).default('client/dist'),
  FMP_TRUST_PROXY: flag.default(false),
  FMP_OFFICERS_PUBLISH_FORMS: flag.default(false),
  FMP_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  FMP_LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  FMP_METRICS_TOKEN: z.string().min(24, 'must be at least 24 characters').optional(),
  FMP_BACKUP_DIR: z.string().min(1).optional(),
  FMP_BACKUP_KEEP: z.coerce.number().int().min(1).max(10_000).default(14),
  FMP_ODATA_PAGE_SIZE: z.coerce.number().int().min(1).max(100_000).default(DEFAULT_ODATA_PAGE_SIZE),
  FMP_BACKUP_EVERY_HOURS: z.coerce
    .number()
    .min(0)
    .max(24 * 31)
    .default(0),
  FMP_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(WEBHOOKS.timeoutMs),
  FMP_WEBHOOK_BACKOFF_MS: z.coerce.number().int().min(1).max(86_400_000).default(WEBHOOKS.backoff.firstMs),
  FMP_WEBHOOK_BACKOFF_MAX_MS: z.coerce.number().int().min(1).max(86_400_000).default(WEBHOOKS.backoff.maxMs),
  FMP_WEBHOOK_RETRY_HOURS: z.coerce
    .number()
    .min(0)
    .max(24 * 365)
    .default(WEBHOOKS.retryForMs / 3_600_000),
  FMP_WEBHOOK_POLL_MS: z.coerce.number().int().min(10).max(3_600_000).default(WEBHOOKS.pollMs),
});

export interface BackupSettings {
  dir: string;
  keep: number;
  /** 0: the server takes none by itself. */
  everyHours: number;
}

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  /** SQLite in `dataDir` unless `FMP_DATABASE_URL` names a PostgreSQL database. */
  database: DatabaseLocation;
  adminPassword: string | undefined;
  clientDist: string;
  /** Behind a reverse proxy: take the client address from the last `X-Forwarded-For` entry. */
  trustProxy: boolean;
  /** Officers may check, publish and retire form versions, as the admin does. */
  officersPublishForms: boolean;
  log: { level: string; pretty: boolean };
  /** Unset: `/metrics` answers only to loopback clients that did not come through a proxy. */
  metricsToken: string | undefined;
  backup: BackupSettings;
  webhooks: WebhookSettings;
  /** Rows an OData page holds at most; the rest follow through `@odata.nextLink`. */
  odataPageSize: number;
}

export class ConfigError extends Error {}

/** Reads the environment once at start; a wrong value stops the server with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv, stdoutIsTty = false): ServerConfig {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    // One wrong variable is one line in the journal; several get a line each.
    throw new ConfigError(
      lines.length === 1 ? `Invalid configuration: ${lines[0]}` : `Invalid configuration:\n  ${lines.join('\n  ')}`,
    );
  }
  const e = parsed.data;
  const dataDir = resolve(e.FMP_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: e.FMP_DATABASE_URL ? { engine: 'postgres', url: e.FMP_DATABASE_URL } : { engine: 'sqlite', dataDir },
    adminPassword: e.FMP_ADMIN_PASSWORD,
    clientDist: resolve(e.FMP_CLIENT_DIST),
    trustProxy: e.FMP_TRUST_PROXY,
    officersPublishForms: e.FMP_OFFICERS_PUBLISH_FORMS,
    log: {
      level: e.FMP_LOG_LEVEL,
      pretty: e.FMP_LOG_FORMAT === 'pretty' || (e.FMP_LOG_FORMAT === 'auto' && stdoutIsTty),
    },
    metricsToken: e.FMP_METRICS_TOKEN,
    backup: {
      dir: e.FMP_BACKUP_DIR ? resolve(e.FMP_BACKUP_DIR) : join(dataDir, 'backups'),
      keep: e.FMP_BACKUP_KEEP,
      everyHours: e.FMP_BACKUP_EVERY_HOURS,
    },
    webhooks: {
      timeoutMs: e.FMP_WEBHOOK_TIMEOUT_MS,
      backoff: { firstMs: e.FMP_WEBHOOK_BACKOFF_MS, maxMs: e.FMP_WEBHOOK_BACKOFF_MAX_MS },
      retryForMs: Math.round(e.FMP_WEBHOOK_RETRY_HOURS * 3_600_000),
      pollMs: e.FMP_WEBHOOK_POLL_MS,
    },
    odataPageSize: e.FMP_ODATA_PAGE_SIZE,
  };
}
