import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import { APP_VERSION } from '../version.ts';

export function healthRoutes({ db }: Deps) {
  return new Hono<AppEnv>().get('/', (c) => {
    db.prepare('SELECT 1').get();
    return c.json({ status: 'ok', version: APP_VERSION, db: 'sqlite' });
  });
}
