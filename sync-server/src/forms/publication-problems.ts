import type { FormProblem, FormSource } from '../../../shared/form-versions.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';
import { FMR_COUNT_FIELDS } from '../../../shared/fmr.ts';
import { SHEET } from './xlsform/layout.ts';

/** Where a problem about the whole form is shown: the settings row of a workbook, or the definition's path. */
const at = (source: FormSource, column: string, path: string) =>
  source === 'xlsform' ? { sheet: SHEET.settings, row: 2, column } : { path };

/**
 * What a definition that passes its schema still needs before this server publishes it: a form it
 * already has (exports, review and the tablet's screens know those), and for FMR the integer count
 * fields the aggregate tables add up.
 */
export function publicationProblems(
  definition: FormDefinition,
  source: FormSource,
  knownForms: ReadonlySet<string>,
): FormProblem[] {
  if (!knownForms.has(definition.id)) {
    const known = [...knownForms].sort().join(', ');
    return [
      {
        ...at(source, 'form_id', 'id'),
        code: 'unknown-form',
        params: { form: definition.id, known },
        message: `This server takes new versions of ${known}; ${definition.id} is not one of them`,
      },
    ];
  }
  if (definition.id !== 'fmr') return [];
  const integers = new Set(definition.fields.filter((f) => f.type === 'integer').map((f) => f.name));
  return FMR_COUNT_FIELDS.filter((name) => !integers.has(name)).map((name) => ({
    ...(source === 'xlsform' ? { sheet: SHEET.survey, column: 'name' } : { path: 'fields' }),
    code: 'fmr-count-field-missing',
    params: { name },
    message: `An FMR version needs the integer question ${name}: the aggregates add it up`,
  }));
}
