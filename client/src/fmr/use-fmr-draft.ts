import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { FMR_V1 } from '../../../shared/forms/fmr-v1.ts';
import { validateData, type Issue } from '../../../shared/forms/validate.ts';
import { db, type LocalRecord } from '../db/database.ts';
import { finalizeRecord, saveDraft, type FinalizeResult } from '../db/records.ts';
import { issuesUntouchedBy } from '../forms/clear-issues.ts';
import type { TextField } from './fmr-fields.ts';
import { initialValues, toFmrCandidate, valuesFromDraft, type FmrFormValues } from './form-values.ts';

export type DraftProblem = 'saveFailed' | 'fixErrors' | 'noEnumerator' | 'notDraft';

export interface FmrDraft {
  values: FmrFormValues | null;
  /** From the last finalise attempt; each goes when a field it is about changes. */
  errors: readonly Issue[];
  /** Live: recomputed on every change, since they never block and help most while typing. */
  warnings: readonly Issue[];
  problem: DraftProblem | null;
  setText: (field: TextField, value: string) => void;
  setEstimated: (estimated: boolean) => void;
  finalize: () => Promise<boolean>;
}

type FinalizeFailure = Extract<FinalizeResult, { ok: false }>['reason'];

const PROBLEM_BY_REASON = {
  invalid: 'fixErrors',
  'no-enumerator': 'noEnumerator',
  'not-draft': 'notDraft',
  'not-found': 'saveFailed',
  'unknown-form': 'fixErrors',
  'unknown-form-version': 'fixErrors',
} as const satisfies Record<FinalizeFailure, DraftProblem>;

const valuesOf = (record: LocalRecord, fmp: string): FmrFormValues =>
  valuesFromDraft(record.data, initialValues(fmp, new Date(record.createdAt)));

/**
 * Holds the form's values and writes each change to the draft, one write after another.
 * A new draft arrives in memory and is stored by its first write, so the form opens at once.
 */
export function useFmrDraft(recordId: string, fmp: string, onMissing: () => void, fresh?: LocalRecord): FmrDraft {
  const [values, setValues] = useState<FmrFormValues | null>(() => (fresh ? valuesOf(fresh, fmp) : null));
  const [errors, setErrors] = useState<readonly Issue[]>([]);
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const record = useRef<LocalRecord | null>(fresh ?? null);
  const latest = useRef<FmrFormValues | null>(values);
  const writes = useRef<Promise<unknown>>(Promise.resolve());
  const warnings = useMemo(
    () => (values ? validateData(FMR_V1, toFmrCandidate(values), { now: new Date() }).warnings : []),
    [values],
  );

  function persist(next: FmrFormValues): void {
    const draft = record.current;
    if (!draft) return;
    // What was typed stays in memory even when a write fails, so nothing is lost while space is freed.
    writes.current = writes.current
      .then(() => saveDraft(db, draft, next))
      .then(
        (saved) => setProblem((p) => (saved ? (p === 'saveFailed' ? null : p) : 'notDraft')),
        () => setProblem('saveFailed'),
      );
  }

  useEffect(() => {
    if (fresh) {
      persist(latest.current ?? valuesOf(fresh, fmp));
      return;
    }
    let active = true;
    void db.records.get(recordId).then((stored) => {
      if (!active) return;
      if (!stored || stored.state !== 'draft') return onMissing();
      record.current = stored;
      latest.current = valuesOf(stored, fmp);
      setValues(latest.current);
    });
    return () => {
      active = false;
    };
  }, [recordId, fmp]);

  function change(patch: Partial<FmrFormValues>): void {
    if (!latest.current) return;
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setValues(next);
    setErrors((current) => issuesUntouchedBy(FMR_V1, current, Object.keys(patch)));
    persist(next);
  }

  function setText(field: TextField, value: string): void {
    const patch: Partial<FmrFormValues> = {};
    patch[field] = value;
    change(patch);
  }

  async function finalize(): Promise<boolean> {
    if (!latest.current) return false;
    try {
      await writes.current;
      const result = await finalizeRecord(db, recordId, toFmrCandidate(latest.current));
      if (result.ok) return true;
      setErrors(result.reason === 'invalid' ? result.issues : []);
      setProblem(PROBLEM_BY_REASON[result.reason]);
    } catch {
      setProblem('saveFailed');
    }
    return false;
  }

  return { values, errors, warnings, problem, setText, setEstimated: (estimated) => change({ estimated }), finalize };
}
