import { z } from 'zod';
import { resolve } from 'node:path';

const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  HOST: z.string().min(1).default('0.0.0.0'),
  FMP_DATA_DIR: z.string().min(1).default('./data'),
  FMP_ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  FMP_CLIENT_DIST: z.string().min(1).default('client/dist'),
  FMP_TRUST_PROXY: z.enum(['0', '1', 'false', 'true']).default('0'),
});

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  adminPassword: string | undefined;
  clientDist: string;
  /** Behind a reverse proxy: take the client address from the last `X-Forwarded-For` entry. */
  trustProxy: boolean;
}

export class ConfigError extends Error {}

/** Reads the environment once at start; a wrong value stops the server with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.FMP_DATA_DIR),
    adminPassword: e.FMP_ADMIN_PASSWORD,
    clientDist: resolve(e.FMP_CLIENT_DIST),
    trustProxy: e.FMP_TRUST_PROXY === '1' || e.FMP_TRUST_PROXY === 'true',
  };
}
