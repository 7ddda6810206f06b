import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import { RecordsQuery, type RecordDetail } from '../../../shared/records.ts';
import { ApproveRequest, CorrectionRequest, FlagRequest } from '../../../shared/review.ts';
import { requireAuth, staffOf } from '../auth/require.ts';
import { parseBody } from '../parse-body.ts';
import { parseQuery } from '../parse-query.ts';
import { listRecords } from '../records/list-records.ts';
import { toStoredRecord } from '../records/stored-record.ts';
import { publishedForms } from '../forms/form-catalog.ts';
import { pastRevisions } from '../records/past-revisions.ts';
import { requireRecord, reviseRecord, setReviewState } from '../review/revise-record.ts';

/** The records table of the data officer: list, read with past revisions, approve, flag, correct. */
export function recordRoutes(deps: Deps) {
  const { db, now } = deps;
  const officers = requireAuth(deps, 'admin', 'officer');
  return new Hono<AppEnv>()
    .use(officers)
    .get('/', async (c) => c.json(await listRecords(db, parseQuery(c.req.query(), RecordsQuery))))
    .get('/:id', async (c) => {
      const row = await requireRecord(db, c.req.param('id'));
      return c.json({
        record: toStoredRecord(row, await publishedForms(db)),
        pastRevisions: await pastRevisions(db, row.id),
      } satisfies RecordDetail);
    })
    .post('/:id/approve', async (c) => {
      const { comment } = await parseBody(c, ApproveRequest);
      return c.json(
        await setReviewState(db, staffOf(c.var.principal), now(), c.req.param('id'), 'approved', comment ?? null),
      );
    })
    .post('/:id/flag', async (c) => {
      const { comment } = await parseBody(c, FlagRequest);
      return c.json(await setReviewState(db, staffOf(c.var.principal), now(), c.req.param('id'), 'flagged', comment));
    })
    .post('/:id/corrections', async (c) => {
      const { changes, reason, baseRevision } = await parseBody(c, CorrectionRequest);
      const record = await reviseRecord(db, staffOf(c.var.principal), now(), c.req.param('id'), {
        changes,
        reason,
        baseRevision,
        action: 'record.correct',
      });
      return c.json(record, 201);
    });
}
