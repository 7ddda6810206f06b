// Writes docs/forms.md from the form definitions: `npm run docs:forms`.
import { writeFileSync } from 'node:fs';
import { renderFormsDoc } from './forms-doc/render-forms-doc.ts';

const target = new URL('../docs/forms.md', import.meta.url);
writeFileSync(target, renderFormsDoc());
console.log(`Wrote ${target.pathname}`);
