import type { Role } from '../../../shared/api.ts';
import { mayReadForm } from '../auth/readable-forms.ts';
import { AGGREGATE_SETS } from './aggregate-sets.ts';
import { CHOICE_SETS } from './choice-sets.ts';
import type { FeedSet } from './feed-set.ts';
import { RECORD_SETS } from './record-sets.ts';

const ALL_SETS: readonly FeedSet[] = [...RECORD_SETS, ...CHOICE_SETS, ...AGGREGATE_SETS];

/** The entity sets a role may read, as for the exports: analysts see FMR and its aggregates only. */
export function readableSets(role: Role): FeedSet[] {
  return ALL_SETS.filter((set) => mayReadForm(role, set.form));
}

/** The set of that name, or why not: a name no set has, or one the role may not read. */
export function findSet(role: Role, name: string): FeedSet | 'unknown' | 'forbidden' {
  const set = ALL_SETS.find((s) => s.name === name);
  if (!set) return 'unknown';
  return mayReadForm(role, set.form) ? set : 'forbidden';
}
