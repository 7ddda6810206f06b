import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { renderFormsDoc } from './render-forms-doc.ts';
import { FORM_DEFINITIONS } from '../../shared/forms/registry.ts';
import { FUNCTION_ARITY } from '../../shared/forms/expression/functions.ts';
import {
  HELD_TYPES,
  BEGIN_GROUP,
  END_GROUP,
  RULES_COLUMNS,
  SETTINGS_COLUMNS,
  SURVEY_COLUMNS,
} from '../../sync-server/src/forms/xlsform/layout.ts';

describe('docs/forms.md', () => {
  it('is what the definitions generate (run `npm run docs:forms` when this fails)', () => {
    const committed = readFileSync(new URL('../../docs/forms.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderFormsDoc());
  });

  it('lists every field and rule of every form', () => {
    const doc = renderFormsDoc();
    for (const form of FORM_DEFINITIONS) {
      for (const field of form.fields) expect(doc).toContain(`\`${field.name}\``);
      for (const rule of form.rules) expect(doc).toContain(`\`${rule.code}\``);
    }
  });

  it('prints skip logic the way XLSForm does', () => {
    expect(renderFormsDoc()).toContain("`(${consent} = 'yes') and (${age} >= 5)`");
  });

  it('documents every function, type and column of the XLSForm subset', () => {
    const doc = renderFormsDoc();
    for (const name of Object.keys(FUNCTION_ARITY)) expect(doc).toContain(`\`${name}(`);
    for (const type of [
      ...HELD_TYPES,
      ...BEGIN_GROUP.filter((t) => !t.includes(' ')),
      ...END_GROUP.filter((t) => !t.includes(' ')),
    ])
      expect(doc).toContain(`\`${type}`);
    for (const column of [...SURVEY_COLUMNS, ...SETTINGS_COLUMNS, ...RULES_COLUMNS])
      expect(doc).toContain(`\`${column}\``);
  });
});
