import type { SqlRunner } from '../db/sql.ts';
import { forUpdate } from '../db/row-locks.ts';
import type { FormSource, FormVersionSummary } from '../../../shared/form-versions.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';

type SummaryRow = Omit<FormVersionSummary, 'state'>;

const SUMMARY_COLUMNS =
  'form_id AS "formId", version, source, published_at AS "publishedAt", published_by AS "publishedBy", retired_at AS "retiredAt"';

const summary = (row: SummaryRow): FormVersionSummary => ({
  ...row,
  state: row.retiredAt === null ? 'in-use' : 'retired',
});

/*
 * A stored version never changes (decision 0084), so the same text always parses to the same
 * definition: parsing once per text keeps the validator's per-definition plans (validate.ts) warm.
 */
const parsed = new Map<string, FormDefinition>();
function definitionOf(text: string): FormDefinition {
  let definition = parsed.get(text);
  if (!definition) {
    definition = JSON.parse(text) as FormDefinition;
    parsed.set(text, definition);
  }
  return definition;
}

export async function listFormVersions(db: SqlRunner): Promise<FormVersionSummary[]> {
  return (await db.all<SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM form_versions ORDER BY form_id, version`)).map(
    summary,
  );
}

export async function findFormVersion(
  db: SqlRunner,
  formId: string,
  version: number,
): Promise<(FormVersionSummary & { definition: FormDefinition }) | undefined> {
  const row = await db.get<SummaryRow & { definition: string }>(
    `SELECT ${SUMMARY_COLUMNS}, definition FROM form_versions WHERE form_id = ? AND version = ?`,
    [formId, version],
  );
  return row && { ...summary(row), definition: definitionOf(row.definition) };
}

/** Every stored form and version, retired ones included: what a record may name. */
export function storedVersionKeys(db: SqlRunner): Promise<{ formId: string; version: number }[]> {
  return db.all('SELECT form_id AS "formId", version FROM form_versions ORDER BY form_id, version');
}

export async function storedDefinition(
  db: SqlRunner,
  formId: string,
  version: number,
): Promise<FormDefinition | undefined> {
  const row = await db.get<{ definition: string }>(
    'SELECT definition FROM form_versions WHERE form_id = ? AND version = ?',
    [formId, version],
  );
  return row && definitionOf(row.definition);
}

/** The highest version of a form, retired or not: what a new version is compared with. */
export async function newestFormVersion(db: SqlRunner, formId: string): Promise<FormDefinition | undefined> {
  const row = await db.get<{ definition: string }>(
    'SELECT definition FROM form_versions WHERE form_id = ? ORDER BY version DESC LIMIT 1',
    [formId],
  );
  return row && definitionOf(row.definition);
}

/** Every stored definition, in order of form and version; retired ones only when asked for. */
export async function storedDefinitions(db: SqlRunner, options: { retired: boolean }): Promise<FormDefinition[]> {
  const where = options.retired ? '' : 'WHERE retired_at IS NULL';
  return (
    await db.all<{ definition: string }>(`SELECT definition FROM form_versions ${where} ORDER BY form_id, version`)
  ).map((r) => definitionOf(r.definition));
}

/** Every version of one form, retired ones included, oldest first: what its export covers. */
export async function formDefinitions(db: SqlRunner, formId: string): Promise<FormDefinition[]> {
  return (
    await db.all<{ definition: string }>('SELECT definition FROM form_versions WHERE form_id = ? ORDER BY version', [
      formId,
    ])
  ).map((r) => definitionOf(r.definition));
}

/** The forms that have a stored version. */
export async function storedFormIds(db: SqlRunner): Promise<string[]> {
  return (await db.all<{ id: string }>('SELECT DISTINCT form_id AS id FROM form_versions ORDER BY form_id')).map(
    (r) => r.id,
  );
}

/** False when that form and version exist: nothing is written then. */
export async function insertFormVersion(
  db: SqlRunner,
  row: { definition: FormDefinition; source: FormSource; publishedAt: string; publishedBy: string },
): Promise<boolean> {
  const changes = await db.run(
    `INSERT INTO form_versions (form_id, version, definition, source, published_at, published_by) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (form_id, version) DO NOTHING`,
    [
      row.definition.id,
      row.definition.version,
      JSON.stringify(row.definition),
      row.source,
      row.publishedAt,
      row.publishedBy,
    ],
  );
  return changes === 1;
}

export async function retireFormVersion(db: SqlRunner, formId: string, version: number, at: string): Promise<void> {
  await db.run('UPDATE form_versions SET retired_at = ? WHERE form_id = ? AND version = ? AND retired_at IS NULL', [
    at,
    formId,
    version,
  ]);
}

/** How many versions of a form take new records. */
export async function inUseVersionCount(db: SqlRunner, formId: string): Promise<number> {
  return (
    (
      await db.get<{ n: number }>('SELECT count(*) AS n FROM form_versions WHERE form_id = ? AND retired_at IS NULL', [
        formId,
      ])
    )?.n ?? 0
  );
}

/** Holds a form's versions on PostgreSQL until the transaction ends (decision 0063). */
export async function holdFormVersions(db: SqlRunner, formId: string): Promise<void> {
  await db.all(`SELECT version FROM form_versions WHERE form_id = ?${forUpdate(db)}`, [formId]);
}
