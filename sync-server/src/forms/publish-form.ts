import type { Sql, SqlRunner } from '../db/sql.ts';
import type { StaffPrincipal } from '../app-env.ts';
import type { FormCheckResponse, FormPublishResponse, FormVersionSummary } from '../../../shared/form-versions.ts';
import { AppError } from '../errors.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { formChanges } from './form-changes.ts';
import { publicationProblems } from './publication-problems.ts';
import type { UploadRead } from './read-upload.ts';
import {
  findFormVersion,
  holdFormVersions,
  inUseVersionCount,
  insertFormVersion,
  listFormVersions,
  newestFormVersion,
  retireFormVersion,
} from './form-versions-store.ts';

const summaryOf = ({
  formId,
  version,
  source,
  publishedAt,
  publishedBy,
  retiredAt,
  state,
}: FormVersionSummary): FormVersionSummary => ({
  formId,
  version,
  source,
  publishedAt,
  publishedBy,
  retiredAt,
  state,
});

/** The upload's definition, every problem it has, and what it changes from the newest stored version. */
export async function checkForm(db: SqlRunner, upload: UploadRead): Promise<FormCheckResponse> {
  if (!upload.ok) return { definition: null, problems: upload.problems, changes: null };
  const known = new Set((await listFormVersions(db)).map((v) => v.formId));
  const problems = publicationProblems(upload.definition, upload.source, known);
  const newest = await newestFormVersion(db, upload.definition.id);
  return { definition: upload.definition, problems, changes: formChanges(newest ?? null, upload.definition) };
}

/** Stores a new version when it has no problem: 400 with every problem, 409 when it is not newer than the stored ones. */
export async function publishForm(
  db: Sql,
  staff: StaffPrincipal,
  at: Date,
  upload: UploadRead,
): Promise<FormPublishResponse> {
  return db.transaction(async (tx) => {
    const checked = await checkForm(tx, upload);
    if (!checked.definition || checked.problems.length) {
      throw new AppError(400, 'invalid-form', 'The form has problems; nothing was published.', checked.problems);
    }
    const { id, version } = checked.definition;
    const newest = checked.changes?.from ?? null;
    if (newest !== null && version <= newest) {
      const exists = version === newest || (await findFormVersion(tx, id, version)) !== undefined;
      throw exists
        ? new AppError(
            409,
            'form-version-exists',
            `Form ${id} version ${version} is published already; a published version never changes.`,
          )
        : new AppError(
            409,
            'form-version-not-newer',
            `Form ${id} has version ${newest}; publish version ${newest + 1} or later.`,
          );
    }
    const publishedAt = at.toISOString();
    if (
      !(await insertFormVersion(tx, {
        definition: checked.definition,
        source: upload.source,
        publishedAt,
        publishedBy: staff.username,
      }))
    ) {
      throw new AppError(
        409,
        'form-version-exists',
        `Form ${id} version ${version} is published already; a published version never changes.`,
      );
    }
    await writeAudit(tx, staff, at, {
      action: 'form.publish',
      target: `form:${id}:${version}`,
      details: { source: upload.source },
    });
    const stored = await findFormVersion(tx, id, version);
    if (!stored) throw new Error('a published form version was not found');
    return { form: summaryOf(stored), changes: checked.changes ?? formChanges(null, checked.definition) };
  });
}

/** No new records on this version; the records made on it keep being judged by it. A form keeps one version in use. */
export async function retireForm(
  db: Sql,
  staff: StaffPrincipal,
  at: Date,
  formId: string,
  version: number,
): Promise<FormVersionSummary> {
  return db.transaction(async (tx) => {
    // Held, so that two retirements of a form's last two versions cannot both pass the count below.
    await holdFormVersions(tx, formId);
    const found = await findFormVersion(tx, formId, version);
    if (!found) throw new AppError(404, 'form-version-not-found', `No form ${formId} version ${version}.`);
    const form = summaryOf(found);
    if (form.state === 'retired') return form;
    if ((await inUseVersionCount(tx, formId)) <= 1) {
      throw new AppError(
        409,
        'last-version-in-use',
        `Version ${version} is the only version of ${formId} in use: publish another before retiring it.`,
      );
    }
    await retireFormVersion(tx, formId, version, at.toISOString());
    await writeAudit(tx, staff, at, { action: 'form.retire', target: `form:${formId}:${version}` });
    return { ...form, retiredAt: at.toISOString(), state: 'retired' };
  });
}
