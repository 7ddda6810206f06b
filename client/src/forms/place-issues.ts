import type { Issue } from '../../../shared/forms/validate.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';
import { isRuleIssue } from './field-of.ts';

export interface IssueLayout {
  /** The fields the page shows, each with room for its own message. */
  shown: ReadonlySet<string>;
  /** Fields shown together (the count grid): a rule about them is shown with the group, not under one cell. */
  group: ReadonlySet<string>;
}

export interface PlacedIssues {
  /** The first issue of each shown field. */
  atField: ReadonlyMap<string, Issue>;
  atGroup: readonly Issue[];
  /** Issues about fields the page does not show, so the person still reads them. */
  elsewhere: readonly Issue[];
}

/** A rule's issue names its first field (grid-empty: males_0_4); this decides where a person will see it. */
export function placeIssues(form: FormDefinition, issues: readonly Issue[], layout: IssueLayout): PlacedIssues {
  const atField = new Map<string, Issue>();
  const atGroup: Issue[] = [];
  const elsewhere: Issue[] = [];
  for (const issue of issues) {
    if (layout.group.has(issue.field) && isRuleIssue(form, issue.code)) atGroup.push(issue);
    else if (!layout.shown.has(issue.field)) elsewhere.push(issue);
    else if (!atField.has(issue.field)) atField.set(issue.field, issue);
  }
  return { atField, atGroup, elsewhere };
}
