import type { FieldDefinition, FormDefinition, GroupDefinition } from './types.ts';

/** The questions a page draws, in order, each group's own under its heading (nested as the groups are). */
export type QuestionNode =
  { kind: 'question'; field: FieldDefinition } | { kind: 'group'; group: GroupDefinition; children: QuestionNode[] };

/**
 * The groups around the group named `innermost` (a question's or a group's `group`), that group included,
 * outermost first. Stops at a name no group has, and at a group met twice: a loop the schema refuses.
 */
export function enclosingGroups(form: FormDefinition, innermost: string | undefined): GroupDefinition[] {
  const chain: GroupDefinition[] = [];
  for (let name = innermost; name !== undefined;) {
    const group = form.groups?.find((g) => g.name === name);
    if (!group || chain.includes(group)) break;
    chain.unshift(group);
    name = group.group;
  }
  return chain;
}

/**
 * Puts the shown questions under their groups, as the tablet draws them and an XLSForm writes them
 * (begin_group … end_group). A group's questions are consecutive in the definition, so a
 * group opens at its first shown question and closes at the first that is not in it; a group none of whose
 * questions is shown (the group is not relevant) is not drawn at all.
 */
export function questionTree(form: FormDefinition, shown: readonly FieldDefinition[]): QuestionNode[] {
  const root: QuestionNode[] = [];
  const open: { group: GroupDefinition; children: QuestionNode[] }[] = [];
  for (const field of shown) {
    const path = enclosingGroups(form, field.group);
    let depth = 0;
    while (depth < open.length && open[depth]?.group === path[depth]) depth += 1;
    open.length = depth;
    for (const group of path.slice(depth)) {
      const node = { kind: 'group' as const, group, children: [] as QuestionNode[] };
      (open.at(-1)?.children ?? root).push(node);
      open.push(node);
    }
    (open.at(-1)?.children ?? root).push({ kind: 'question', field });
  }
  return root;
}
