import { Hono } from 'hono';
import { etag } from 'hono/etag';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import type { ConfigResponse } from '../../../shared/api.ts';
import { CODE_LIST_VERSION } from '../../../shared/code-lists/version.ts';
import { forDeployment } from '../../../shared/forms/for-deployment.ts';
import { requireAuth } from '../auth/require.ts';
import { readDeployment } from '../deployment/deployment-store.ts';
import { listActiveFmps } from '../fmps/fmps-store.ts';
import { storedDefinitions } from '../forms/form-versions-store.ts';
import { jsonMaybeGzip } from '../encode-body.ts';

export function configRoutes(deps: Deps) {
  const { db } = deps;
  return new Hono<AppEnv>().get('/', requireAuth(deps, 'device', 'admin', 'officer', 'analyst'), etag(), async (c) => {
    // The versions new records may use, as this deployment shows them; the ETag changes when either changes.
    const deployment = await readDeployment(db);
    const forms = (await storedDefinitions(db, { retired: false })).map((f) => forDeployment(f, deployment));
    const fmps = await listActiveFmps(db);
    // A form of 300 questions is about 290 KB of JSON and 70 KB gzipped: tablets sync over slow links.
    return jsonMaybeGzip(c, { forms, fmps, codeListVersion: CODE_LIST_VERSION, deployment } satisfies ConfigResponse);
  });
}
