import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FormDefinition } from '../../../shared/forms/types.ts';
import { validateData, type Issue } from '../../../shared/forms/validate.ts';
import { db, type LocalRecord } from '../db/database.ts';
import { deleteDraft, finalizeRecord, newDraft, saveDraft, type FinalizeResult } from '../db/records.ts';
import { isQuotaError } from '../db/quota-error.ts';
import { applyRelevance } from './apply-relevance.ts';
import { chosenInDraft, followAnswer, followingFields } from './follow-answer.ts';
import { issuesUntouchedBy } from './clear-issues.ts';
import { formLayout, isEntryForm, type FormLayout } from './form-layout.ts';
import { useDeployment } from '../settings/deployment-context.ts';
import type { Deployment } from '../../../shared/deployment.ts';
import type { FormValue, FormValues } from './form-value.ts';
import { initialValues, toCandidate, valuesFromData } from './form-values.ts';
import type { TabletForms } from './tablet-forms.ts';
import { useTabletForms } from './tablet-forms-context.ts';
import { judgingClock } from './known-forms.ts';

export type DraftProblem = 'saveFailed' | 'storageFull' | 'fixErrors' | 'noEnumerator' | 'notDraft';

/** What opens the form: a new record of a form (its id made on the home page), or a stored one. */
export type DraftTarget =
  | { kind: 'new'; recordId: string; form: string; fmp: string; enumerator: string }
  | { kind: 'stored'; recordId: string; fmp: string };

export interface RecordDraft {
  form: FormDefinition | null;
  layout: FormLayout | null;
  values: FormValues | null;
  readOnly: boolean;
  /** From the last finalise attempt; each goes when a field it is about changes. */
  errors: readonly Issue[];
  /** Live: recomputed on every change, since they never block and help most while typing. */
  warnings: readonly Issue[];
  problem: DraftProblem | null;
  change: (name: string, value: FormValue) => void;
  finalize: () => Promise<boolean>;
  remove: () => Promise<void>;
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

interface Opened {
  record: LocalRecord;
  form: FormDefinition;
  layout: FormLayout;
  values: FormValues;
}

/** A stored record opens on its own version, retired or not. */
function open(record: LocalRecord, fmp: string, forms: TabletForms, deployment: Deployment | null): Opened | null {
  const lookup = forms.find(record.form, record.formVersion);
  if (!lookup.ok || !isEntryForm(record.form)) return null;
  const layout = formLayout(record.form, deployment);
  const defaults = initialValues(lookup.form, layout, fmp, new Date(record.createdAt));
  return { record, form: lookup.form, layout, values: valuesFromData(lookup.form, record.data, defaults) };
}

function openNew(
  target: Extract<DraftTarget, { kind: 'new' }>,
  forms: TabletForms,
  deployment: Deployment | null,
): Opened | null {
  const form = forms.newest(target.form);
  if (!form || !isEntryForm(target.form)) return null;
  const layout = formLayout(target.form, deployment);
  const now = new Date();
  // Defaults only of the questions asked at the start: the others get theirs when they come to be asked.
  const values = applyRelevance(form, layout, null, initialValues(form, layout, target.fmp, now), judgingClock(now));
  const draft = newDraft({
    form: form.id,
    formVersion: form.version,
    enumerator: target.enumerator,
    data: { ...values },
  });
  return { record: { ...draft, id: target.recordId }, form, layout, values };
}

/**
 * Holds a form's values and writes each change to its draft, one write after another. A new draft
 * is stored by its first change, so the form opens at once; a finished record opens read-only.
 */
export function useRecordDraft(target: DraftTarget, onMissing: () => void): RecordDraft {
  const forms = useTabletForms();
  const deployment = useDeployment();
  const [opened, setOpened] = useState<Opened | null>(() =>
    target.kind === 'new' ? openNew(target, forms, deployment) : null,
  );
  const [values, setValues] = useState<FormValues | null>(opened?.values ?? null);
  const [errors, setErrors] = useState<readonly Issue[]>([]);
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const latest = useRef<FormValues | null>(values);
  // Fields whose starting values follow another answer, which the person has since set themselves.
  const chosen = useRef<Set<string>>(new Set());
  const writes = useRef<Promise<unknown>>(Promise.resolve());
  const readOnly = opened !== null && opened.record.state !== 'draft';

  const warnings = useMemo(
    () =>
      opened && values && !readOnly
        ? validateData(opened.form, toCandidate(opened.form, opened.layout, values), judgingClock(new Date())).warnings
        : [],
    [opened, values, readOnly],
  );

  function persist(next: FormValues): void {
    const record = opened?.record;
    if (!record) return;
    // What was typed stays in memory even when a write fails, and the next change tries again.
    writes.current = writes.current
      .then(() => saveDraft(db, record, { ...next }))
      .then(
        (saved) => setProblem((p) => (saved ? (p === 'saveFailed' || p === 'storageFull' ? null : p) : 'notDraft')),
        (error: unknown) => setProblem(isQuotaError(error) ? 'storageFull' : 'saveFailed'),
      );
  }

  useEffect(() => {
    // A new form is stored by its first change: opening one and going back leaves no empty draft.
    if (target.kind === 'new') {
      if (!opened) onMissing();
      return;
    }
    let active = true;
    void db.records.get(target.recordId).then((stored) => {
      if (!active) return;
      const found = stored ? open(stored, target.fmp, forms, deployment) : null;
      if (!found) return onMissing();
      setOpened(found);
      chosen.current = chosenInDraft(found.layout, found.values);
      latest.current = found.values;
      setValues(found.values);
    });
    return () => {
      active = false;
    };
  }, [target.recordId]);

  function change(name: string, value: FormValue): void {
    if (!opened || !latest.current || readOnly) return;
    if (followingFields(opened.layout).has(name)) chosen.current.add(name);
    const followed = followAnswer(opened.layout, { ...latest.current, [name]: value }, name, chosen.current);
    const next = applyRelevance(opened.form, opened.layout, latest.current, followed, judgingClock(new Date()));
    const changed = Object.keys(next).filter((key) => next[key] !== latest.current?.[key]);
    latest.current = next;
    setValues(next);
    setErrors((current) => issuesUntouchedBy(opened.form, current, changed));
    persist(next);
  }

  async function finalize(): Promise<boolean> {
    if (!opened || !latest.current) return false;
    try {
      await writes.current;
      const candidate = toCandidate(opened.form, opened.layout, latest.current);
      const result = await finalizeRecord(db, opened.record.id, candidate);
      if (result.ok) return true;
      setErrors(result.reason === 'invalid' ? result.issues : []);
      setProblem(PROBLEM_BY_REASON[result.reason]);
    } catch (error) {
      setProblem(isQuotaError(error) ? 'storageFull' : 'saveFailed');
    }
    return false;
  }

  async function remove(): Promise<void> {
    if (!opened) return;
    await writes.current;
    await deleteDraft(db, opened.record.id);
  }

  return {
    form: opened?.form ?? null,
    layout: opened?.layout ?? null,
    values,
    readOnly,
    errors,
    warnings,
    problem,
    change,
    finalize,
    remove,
  };
}
