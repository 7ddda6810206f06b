import type { Text } from '../i18n.ts';
import type { Choice } from './types.ts';

/** Compact authoring helpers: a text in English, French and Swahili, and a labelled choice. */
export const t = (en: string, fr: string, sw: string): Text => ({ en, fr, sw });

export const choice = (value: string, en: string, fr: string, sw: string): Choice => ({ value, label: t(en, fr, sw) });

/** Choices for a fixed list of values; the type demands a label for each value. */
export function labelled<V extends string>(values: readonly V[], labels: Record<V, Text>): Choice[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
