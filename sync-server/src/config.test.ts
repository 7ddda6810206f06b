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
