import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTestDatabase } from '../../test/support/test-database.ts';
import type { Database } from '../db/connect-database.ts';
import { FORM_DEFINITIONS } from '../../../shared/forms/registry.ts';
import { publishedForms } from './form-catalog.ts';
import { insertFormVersion, retireFormVersion, storedDefinitions } from './form-versions-store.ts';

const frozenFolder = new URL('../../../shared/forms/frozen/', import.meta.url);
const frozen = readdirSync(frozenFolder)
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(new URL(file, frozenFolder), 'utf8')) as unknown);

let db: Database;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ db, cleanup } = await newTestDatabase()));
afterAll(() => cleanup());

describe('the stored form versions', () => {
  it('start as the frozen files, which are the shipped definitions', async () => {
    const stored = await storedDefinitions(db, { retired: true });
    expect(stored).toEqual(frozen);
    expect(stored).toEqual(JSON.parse(JSON.stringify(FORM_DEFINITIONS)));
  });

  it('judge a record by its own version, retired ones included, and read what was committed since', async () => {
    const [fms] = FORM_DEFINITIONS.filter((f) => f.id === 'fms');
    if (!fms) throw new Error('FMS is shipped');
    // Read once before the publication: what was kept from it must not hide the new version.
    expect((await publishedForms(db, db))('fms', 2)).toEqual({ ok: false, code: 'unknown-form-version' });
    await insertFormVersion(db, {
      definition: { ...fms, version: 2 },
      source: 'json',
      publishedAt: '2026-12-01T00:00:00.000Z',
      publishedBy: 'admin',
    });
    await retireFormVersion(db, 'fms', 2, '2026-12-02T00:00:00.000Z');
    const forms = await publishedForms(db, db);
    expect(forms('fms', 2)).toMatchObject({ ok: true, form: { id: 'fms', version: 2 } });
    expect(forms('fms', 3)).toEqual({ ok: false, code: 'unknown-form-version' });
    expect(forms('nope', 1)).toEqual({ ok: false, code: 'unknown-form' });
    expect((await storedDefinitions(db, { retired: false })).map((f) => `${f.id}-v${f.version}`)).toEqual([
      'fmr-v1',
      'fms-v1',
      'screening-v1',
    ]);
  });

  it('never overwrite a stored version', async () => {
    const [fmr] = FORM_DEFINITIONS;
    if (!fmr) throw new Error('FMR is shipped');
    const written = await insertFormVersion(db, {
      definition: { ...fmr, rules: [] },
      source: 'json',
      publishedAt: 'x',
      publishedBy: 'admin',
    });
    expect(written).toBe(false);
    expect((await storedDefinitions(db, { retired: true }))[0]).toEqual(frozen[0]);
  });
});
