import { describe, expect, it } from 'vitest';
import { checkDefinition } from '../../../shared/forms/definition-schema.ts';
import { FMS_V2 } from '../../test/support/fms-v2.ts';
import { fieldOf } from './field-of.ts';
import { questionTree, type QuestionNode } from '../../../shared/forms/question-tree.ts';

/** The tree as text: a question by its name, a group as `name[…]`. */
const outline = (nodes: readonly QuestionNode[]): string[] =>
  nodes.map((n) => (n.kind === 'question' ? n.field.name : `${n.group.name}[${outline(n.children).join(' ')}]`));
const shown = (...names: string[]) => names.map((name) => fieldOf(FMS_V2, name));

describe('questionTree', () => {
  it('is drawn from a definition the schema accepts', () => {
    expect(checkDefinition(FMS_V2).ok).toBe(true);
  });

  it('puts a group’s questions under it, and a group inside another inside it', () => {
    expect(outline(questionTree(FMS_V2, shown('consent', 'with_family', 'family_size', 'family_left_on')))).toEqual([
      'consent',
      'with_family',
      'family[family_size family_journey[family_left_on]]',
    ]);
  });

  it('draws no group none of whose questions is shown, and only the groups a shown question is in', () => {
    expect(outline(questionTree(FMS_V2, shown('consent', 'with_family')))).toEqual(['consent', 'with_family']);
    expect(outline(questionTree(FMS_V2, shown('with_family', 'family_left_on')))).toEqual([
      'with_family',
      'family[family_journey[family_left_on]]',
    ]);
  });

  it('closes a group at the first question outside it', () => {
    const after = { ...FMS_V2, fields: [...FMS_V2.fields, { ...fieldOf(FMS_V2, 'sex'), name: 'last' }] };
    expect(outline(questionTree(after, [...shown('family_size'), fieldOf(after, 'last')]))).toEqual([
      'family[family_size]',
      'last',
    ]);
  });
});
