import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import { APP_VERSION } from '../version.ts';
import { latestSchemaVersion } from '../db/migrate.ts';
import { answeringSchemaVersion } from '../db/probe-database.ts';

/** `status`, `version` and `db` are the v1 contract; the rest tells an operator whether the database answers. */
export function healthRoutes({ db }: Deps) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const schema = await answeringSchemaVersion(db);
    const ok = schema !== null;
    return c.json(
      {
        status: ok ? 'ok' : 'unavailable',
        version: APP_VERSION,
        db: db.engine,
        database: ok ? 'answering' : 'not-answering',
        schemaVersion: schema,
        latestSchemaVersion: latestSchemaVersion(),
      },
      ok ? 200 : 503,
    );
  });
}
