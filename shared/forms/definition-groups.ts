import type { Path, Problem } from './definition-problem.ts';
import { enclosingGroups } from './question-tree.ts';
import type { FormDefinition } from './types.ts';

/** The names of the groups around `innermost`, that group included. */
const chainOf = (form: FormDefinition, innermost: string | undefined): string[] =>
  enclosingGroups(form, innermost).map((g) => g.name);

/**
 * Groups name known groups, are inside no loop, hold at least one question, their questions are
 * consecutive, and they are listed in the order of their begin_group rows: begin_group … end_group
 * in a sheet can say nothing else, and reads back in that order.
 */
export function groupProblems(form: FormDefinition): Problem[] {
  const groups = form.groups ?? [];
  const problems: Problem[] = [];
  const at = (path: Path, message: string) => problems.push({ path, message });
  const names = new Set(groups.map((g) => g.name));
  const fieldNames = new Set(form.fields.map((f) => f.name));
  const seen = new Set<string>();
  groups.forEach((group, i) => {
    if (seen.has(group.name)) at(['groups', i, 'name'], `a second group named ${group.name}`);
    else if (fieldNames.has(group.name)) at(['groups', i, 'name'], `${group.name} also names a question`);
    seen.add(group.name);
    if (group.group === undefined) return;
    if (!names.has(group.group)) at(['groups', i, 'group'], `${group.group} names no group of this form`);
    else if (chainOf(form, group.group).includes(group.name))
      at(['groups', i, 'group'], `${group.name} is inside itself`);
  });
  const chains = form.fields.map((field) => chainOf(form, field.group));
  form.fields.forEach((field, j) => {
    if (field.group !== undefined && !names.has(field.group))
      at(['fields', j, 'group'], `${field.group} names no group of this form`);
  });
  /** Where a group's begin_group row comes: at its first question, an outer group above an inner one. */
  const rowOf = (name: string): [number, number] => [
    chains.findIndex((chain) => chain.includes(name)),
    chainOf(form, name).length,
  ];
  groups.forEach((group, i) => {
    const previous = groups[i - 1];
    if (!previous) return;
    const [first, depth] = rowOf(group.name);
    const [before, beforeDepth] = rowOf(previous.name);
    if (first >= 0 && before >= 0 && (first < before || (first === before && depth <= beforeDepth)))
      at(
        ['groups', i],
        `groups are listed in the order of their begin_group rows: ${group.name} comes before ${previous.name}`,
      );
  });
  groups.forEach((group, i) => {
    const inside = chains.flatMap((chain, j) => (chain.includes(group.name) ? [j] : []));
    const first = inside[0];
    if (first === undefined) return at(['groups', i], `group ${group.name} holds no question`);
    const gap = inside.findIndex((j, k) => j !== first + k);
    if (gap >= 0)
      at(['fields', inside[gap] as number, 'group'], `the questions of group ${group.name} are not consecutive`);
  });
  return problems;
}
