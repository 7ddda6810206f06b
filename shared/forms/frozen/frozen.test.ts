import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDefinition } from '../definition-schema.ts';
import { FORM_DEFINITIONS, findForm } from '../registry.ts';

const folder = new URL('./', import.meta.url);
const frozen = readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .map((file) => [file, JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as unknown] as const);

describe('frozen form definitions', () => {
  it('has a file for every shipped definition, named by its id and version', () => {
    expect(frozen.map(([file]) => file).sort()).toEqual(FORM_DEFINITIONS.map((f) => `${f.id}-v${f.version}.json`).sort());
  });

  it.each(frozen)('%s passes the definition schema and equals the shipped definition', (file, json) => {
    const checked = checkDefinition(json);
    if (!checked.ok) throw new Error(`${file}: ${JSON.stringify(checked.errors)}`);
    const shipped = findForm(checked.definition.id, checked.definition.version);
    expect(shipped.ok && shipped.form).toEqual(json);
  });
});
