import type { FieldDefinition, FormDefinition, GroupDefinition } from '../../../shared/forms/types.ts';

/** The questions a page draws, in order, each group's own under its heading (nested as the groups are). */
export type QuestionNode =
  { kind: 'question'; field: FieldDefinition } | { kind: 'group'; group: GroupDefinition; children: QuestionNode[] };

/** The groups a question is in, outermost first. */
function groupPath(form: FormDefinition, field: FieldDefinition): GroupDefinition[] {
  const path: GroupDefinition[] = [];
  for (let name = field.group; name !== undefined;) {
    const group = form.groups?.find((g) => g.name === name);
    if (!group || path.includes(group)) break;
    path.unshift(group);
    name = group.group;
  }
  return path;
}

/**
 * Puts the shown questions under their groups. A group's questions are consecutive in the definition, so a
 * group opens at its first shown question and closes at the first that is not in it; a group none of whose
 * questions is shown (the group is not relevant) is not drawn at all.
 */
export function questionTree(form: FormDefinition, shown: readonly FieldDefinition[]): QuestionNode[] {
  const root: QuestionNode[] = [];
  const open: { group: GroupDefinition; children: QuestionNode[] }[] = [];
  for (const field of shown) {
    const path = groupPath(form, field);
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
