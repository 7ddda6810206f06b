import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import { AuditQuery } from '../../../shared/review.ts';
import { requireAuth } from '../auth/require.ts';
import { parseQuery } from '../parse-query.ts';
import { listAudit } from '../audit/audit-log.ts';

export function auditRoutes(deps: Deps) {
  return new Hono<AppEnv>().get('/', requireAuth(deps, 'admin', 'officer'), async (c) => {
    const { action, username, cursor, limit } = parseQuery(c.req.query(), AuditQuery);
    return c.json(
      await listAudit(deps.db, {
        action,
        username,
        beforeId: cursor === undefined ? undefined : Number(cursor),
        limit: limit ?? 100,
      }),
    );
  });
}
