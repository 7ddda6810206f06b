import type { VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import type { FormProblem } from '../../../shared/form-versions.ts';
import { appMessages, readLanguage } from '../../build/catalog-files.ts';
import { compileMessages } from '../../build/compile-messages.ts';
import { createTranslate } from '../i18n/translate.ts';
import { ProblemTable } from './form-check-result.tsx';

const translateIn = (code: string) =>
  createTranslate(compileMessages(appMessages(code, 'staff')), readLanguage(code).locale);

type Child = VNode | string | number | boolean | null | undefined | Child[];
const childrenOf = (node: Child): Child[] =>
  Array.isArray(node) ? node : node && typeof node === 'object' ? [node.props.children as Child] : [];
const textOf = (node: Child): string =>
  typeof node === 'string' || typeof node === 'number' ? String(node) : childrenOf(node).map(textOf).join('');
/** Each row of the problem table as the staff member reads it: code, sheet, row, column, cell, problem. */
function rowsOf(node: Child): Record<string, string> {
  if (node && typeof node === 'object' && !Array.isArray(node) && 'data-code' in node.props) {
    const cells = (node.props.children as VNode[]).map(textOf);
    return { [node.props['data-code'] as string]: cells.join(' | ') };
  }
  return Object.assign({}, ...childrenOf(node).map(rowsOf)) as Record<string, string>;
}

/** Problems as the server sends them for a broken workbook and a broken JSON definition. */
const PROBLEMS: FormProblem[] = [
  {
    sheet: 'survey',
    row: 2,
    column: 'type',
    cell: 'A2',
    code: 'unknown-type',
    params: { type: 'geopoint', reason: 'unknown', argument: '' },
    message: 'Unknown type geopoint',
  },
  {
    sheet: 'survey',
    row: 5,
    column: 'label::French (fr)',
    cell: 'D5',
    code: 'missing-label',
    params: { language: 'fr' },
    message: 'No label in fr, a language the settings declare',
  },
  {
    path: 'fields.3',
    code: 'invalid-definition',
    params: { where: 'fields.3', detail: 'Unrecognized key: "relevent"' },
    message: 'Unrecognized key: "relevent"',
  },
];

describe('the problem table of an uploaded form', () => {
  it('shows a French staff member each problem in French, the schema’s detail in a French frame', () => {
    const rows = rowsOf(ProblemTable({ problems: PROBLEMS, t: translateIn('fr') }) as VNode);
    expect(rows).toEqual({
      'unknown-type': 'survey | 2 | type | A2 | unknown-type Type inconnu : geopoint',
      'missing-label':
        'survey | 5 | label::French (fr) | D5 | missing-label Pas de label en fr, une langue que les paramètres déclarent',
      'invalid-definition':
        'fields.3 |  |  |  | invalid-definition La définition est erronée à fields.3 : Unrecognized key: "relevent"',
    });
  });

  it('shows an English staff member the same problems in English', () => {
    const rows = rowsOf(ProblemTable({ problems: PROBLEMS, t: translateIn('en') }) as VNode);
    expect(rows['unknown-type']).toContain('unknown-type Unknown type geopoint');
    expect(rows['invalid-definition']).toContain('The definition is wrong at fields.3: Unrecognized key: "relevent"');
  });

  it("falls back to the server's English message for a code this client does not know, or params it lacks", () => {
    const newer = { sheet: 'survey', code: 'too-many-sheets', params: {}, message: 'Too many sheets' };
    const older = { sheet: 'survey', code: 'missing-sheet', message: 'The workbook has no choices sheet' };
    const rows = rowsOf(
      ProblemTable({ problems: [newer, older] as unknown as FormProblem[], t: translateIn('fr') }) as VNode,
    );
    expect(rows).toEqual({
      'too-many-sheets': 'survey |  |  |  | too-many-sheets Too many sheets',
      'missing-sheet': 'survey |  |  |  | missing-sheet The workbook has no choices sheet',
    });
  });
});
