import { Hono } from 'hono';
import { etag } from 'hono/etag';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import type { ConfigResponse } from '../../../shared/api.ts';
import { CODE_LIST_VERSION } from '../../../shared/code-lists/version.ts';
import { requireAuth } from '../auth/require.ts';
import { listActiveFmps } from '../fmps/fmps-store.ts';
import { storedDefinitions } from '../forms/form-versions-store.ts';

export function configRoutes(deps: Deps) {
  const { db } = deps;
  return new Hono<AppEnv>().get('/', requireAuth(deps, 'device', 'admin', 'officer', 'analyst'), etag(), async (c) => {
    // The versions new records may use; the ETag changes when one is published or retired.
    const forms = await storedDefinitions(db, { retired: false });
    const fmps = await listActiveFmps(db);
    return c.json({ forms, fmps, codeListVersion: CODE_LIST_VERSION } satisfies ConfigResponse);
  });
}
