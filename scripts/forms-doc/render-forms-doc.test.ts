import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { renderFormsDoc } from './render-forms-doc.ts';
import { FORM_DEFINITIONS } from '../../shared/forms/registry.ts';

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
});
