import type { Role } from '../../../shared/api.ts';
import { mayReadForm } from '../auth/readable-forms.ts';
import type { SqlRunner } from '../db/sql.ts';
import { storedFormIds } from '../forms/form-versions-store.ts';
import { shownFormVersions } from '../forms/shown-versions.ts';
import { AGGREGATE_SETS } from './aggregate-sets.ts';
import { choiceSet } from './choice-sets.ts';
import type { FeedSet } from './feed-set.ts';
import { recordSet } from './record-sets.ts';

/** Every set, from the form versions stored now: a version published since the last read is in the feed. */
async function allSets(db: SqlRunner): Promise<FeedSet[]> {
  const forms = await Promise.all((await storedFormIds(db)).map((id) => shownFormVersions(db, id)));
  return [...forms.map(recordSet), ...forms.map(choiceSet), ...AGGREGATE_SETS];
}

/** The entity sets a role may read, as for the exports: analysts see FMR and its aggregates only. */
export async function readableSets(db: SqlRunner, role: Role): Promise<FeedSet[]> {
  return (await allSets(db)).filter((set) => mayReadForm(role, set.form));
}

/** The set of that name, or why not: a name no set has, or one the role may not read. */
export async function findSet(db: SqlRunner, role: Role, name: string): Promise<FeedSet | 'unknown' | 'forbidden'> {
  const set = (await allSets(db)).find((s) => s.name === name);
  if (!set) return 'unknown';
  return mayReadForm(role, set.form) ? set : 'forbidden';
}
