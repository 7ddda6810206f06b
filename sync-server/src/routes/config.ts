import { Hono } from 'hono';
import { etag } from 'hono/etag';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import type { ConfigResponse } from '../../../shared/api.ts';
import { FORM_DEFINITIONS } from '../../../shared/forms/registry.ts';
import { CODE_LIST_VERSION } from '../../../shared/code-lists/version.ts';
import { requireAuth } from '../auth/require.ts';

export function configRoutes(deps: Deps) {
  const { db } = deps;
  return new Hono<AppEnv>().get('/', requireAuth(deps, 'device', 'admin', 'officer', 'analyst'), etag(), (c) => {
    const fmps = db
      .prepare<[], ConfigResponse['fmps'][number]>(
        'SELECT code, name, district, time_zone AS timeZone FROM fmps WHERE active = 1 ORDER BY code',
      )
      .all();
    return c.json({ forms: [...FORM_DEFINITIONS], fmps, codeListVersion: CODE_LIST_VERSION } satisfies ConfigResponse);
  });
}
