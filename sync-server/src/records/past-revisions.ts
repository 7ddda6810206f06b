import type { SqlRunner } from '../db/sql.ts';
import type { PastRevision } from '../../../shared/records.ts';
import type { RecordError } from '../../../shared/push.ts';

interface Row {
  revision: number;
  data: string;
  warnings: string;
  revised_by: string | null;
  revised_at: string;
  revision_reason: string | null;
  superseded_at: string;
}

export async function pastRevisions(db: SqlRunner, recordId: string): Promise<PastRevision[]> {
  const rows = await db.all<Row>(
    `SELECT revision, data, warnings, revised_by, revised_at, revision_reason, superseded_at
     FROM record_revisions WHERE record_id = ? ORDER BY revision`,
    [recordId],
  );
  return rows.map((r) => ({
    revision: r.revision,
    data: JSON.parse(r.data) as Record<string, unknown>,
    warnings: JSON.parse(r.warnings) as RecordError[],
    revisedBy: r.revised_by,
    revisedAt: r.revised_at,
    revisionReason: r.revision_reason,
    supersededAt: r.superseded_at,
  }));
}
