import { Hono } from 'hono';
import { etag } from 'hono/etag';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import type { ConfigResponse } from '../../../shared/api.ts';
import { FORM_DEFINITIONS } from '../../../shared/forms/registry.ts';
import { CODE_LIST_VERSION } from '../../../shared/code-lists/version.ts';
import { requireAuth } from '../auth/require.ts';
import { listActiveFmps } from '../fmps/fmps-store.ts';

export function configRoutes(deps: Deps) {
  const { db } = deps;
  return new Hono<AppEnv>().get('/', requireAuth(deps, 'device', 'admin', 'officer', 'analyst'), etag(), async (c) => {
    const fmps = await listActiveFmps(db);
    return c.json({ forms: [...FORM_DEFINITIONS], fmps, codeListVersion: CODE_LIST_VERSION } satisfies ConfigResponse);
  });
}
