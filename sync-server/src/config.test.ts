import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('gives every setting a default, with scheduled backups off', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8787,
      host: '0.0.0.0',
      dataDir: resolve('data'),
      trustProxy: false,
      log: { level: 'info', pretty: false },
      metricsToken: undefined,
      backup: { dir: join(resolve('data'), 'backups'), keep: 14, everyHours: 0 },
    });
  });

  it('reads pretty logs only in a terminal unless told', () => {
    expect(loadConfig({}, true).log.pretty).toBe(true);
    expect(loadConfig({ FMP_LOG_FORMAT: 'json' }, true).log.pretty).toBe(false);
    expect(loadConfig({ FMP_LOG_FORMAT: 'pretty' }, false).log.pretty).toBe(true);
  });

  it('reads backup and metrics settings', () => {
    const config = loadConfig({
      FMP_BACKUP_DIR: '/srv/backups',
      FMP_BACKUP_KEEP: '3',
      FMP_BACKUP_EVERY_HOURS: '6',
      FMP_METRICS_TOKEN: 'x'.repeat(32),
      FMP_TRUST_PROXY: '1',
    });
    expect(config.backup).toEqual({ dir: '/srv/backups', keep: 3, everyHours: 6 });
    expect(config.metricsToken).toBe('x'.repeat(32));
    expect(config.trustProxy).toBe(true);
  });

  it('reads the webhook settings, 3 days of retries by default', () => {
    expect(loadConfig({}).webhooks).toMatchObject({ retryForMs: 3 * 24 * 3_600_000, timeoutMs: 10_000 });
    const config = loadConfig({
      FMP_WEBHOOK_TIMEOUT_MS: '500',
      FMP_WEBHOOK_BACKOFF_MS: '10',
      FMP_WEBHOOK_BACKOFF_MAX_MS: '200',
      FMP_WEBHOOK_RETRY_HOURS: '0.5',
      FMP_WEBHOOK_POLL_MS: '50',
    });
    expect(config.webhooks).toEqual({
      timeoutMs: 500,
      backoff: { firstMs: 10, maxMs: 200 },
      retryForMs: 1_800_000,
      pollMs: 50,
    });
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['FMP_ADMIN_PASSWORD', 'short'],
    ['FMP_ADMIN_PASSWORD', ' '.repeat(12)],
    ['FMP_TRUST_PROXY', 'yes'],
    ['FMP_LOG_LEVEL', 'loud'],
    ['FMP_LOG_FORMAT', 'xml'],
    ['FMP_METRICS_TOKEN', 'guessable'],
    ['FMP_BACKUP_KEEP', '0'],
    ['FMP_BACKUP_EVERY_HOURS', '-1'],
    ['FMP_DATABASE_URL', 'mysql://fmp@db/fmp'],
    ['FMP_WEBHOOK_TIMEOUT_MS', '5'],
    ['FMP_WEBHOOK_RETRY_HOURS', '-1'],
  ])('stops on a wrong %s with one line naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^Invalid configuration: ${name}: [^\\n]+$`));
  });

  it('gives each of several wrong variables a line', () => {
    expect(() => loadConfig({ PORT: 'eighty', FMP_LOG_LEVEL: 'loud' })).toThrow(
      /^Invalid configuration:\n {2}PORT: .+\n {2}FMP_LOG_LEVEL: .+$/,
    );
  });
});
