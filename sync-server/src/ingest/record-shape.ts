import type { RecordError } from '../../../shared/push.ts';

/** A record is three levels deep (record, data, a choice list); anything near this is not a record. */
const MAX_RECORD_DEPTH = 32;

const LONE_SURROGATE = /\p{Surrogate}/u;
// C0 controls other than tab, LF and CR: nothing a person types, and NUL breaks the CSV and other tools.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/** Why a string cannot be stored as it is, or null when it can. */
export function textProblem(text: string): 'unpaired-surrogate' | 'control-character' | null {
  if (LONE_SURROGATE.test(text)) return 'unpaired-surrogate';
  if (CONTROL_CHARACTER.test(text)) return 'control-character';
  return null;
}

const MESSAGES = {
  'too-deep': `The record is nested more than ${MAX_RECORD_DEPTH} levels deep.`,
  'unpaired-surrogate': 'The text holds a lone UTF-16 surrogate, which is not a character.',
  'control-character': 'The text holds a control character (such as NUL) other than tab or line break.',
} as const;

const problem = (code: keyof typeof MESSAGES, path: readonly (string | number)[]): RecordError => ({
  code,
  path: path.join('.'),
  message: MESSAGES[code],
});

// Both of the above in one pass, for the walk that nearly always finds nothing.
const ANY_PROBLEM = new RegExp(`${CONTROL_CHARACTER.source}|${LONE_SURROGATE.source}`, 'u');

/** Whether the record is too deep or holds bad text anywhere: no paths kept, so it costs little. */
function hasShapeProblem(raw: unknown): boolean {
  const values: unknown[] = [raw];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop() ?? 0;
    if (typeof value === 'string') {
      if (ANY_PROBLEM.test(value)) return true;
    } else if (value !== null && typeof value === 'object') {
      if (depth >= MAX_RECORD_DEPTH) return true;
      if (Array.isArray(value)) {
        for (const item of value) {
          values.push(item);
          depths.push(depth + 1);
        }
      } else {
        for (const key in value) {
          if (!Object.hasOwn(value, key)) continue;
          if (ANY_PROBLEM.test(key)) return true;
          values.push((value as Record<string, unknown>)[key]);
          depths.push(depth + 1);
        }
      }
    }
  }
  return false;
}

/** The first problem in document order, with its path: run only once `hasShapeProblem` found one. */
function firstShapeError(raw: unknown): RecordError | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: raw, path: [] }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, path } = item;
    if (typeof value === 'string') {
      const code = textProblem(value);
      if (code) return problem(code, path);
    } else if (value !== null && typeof value === 'object') {
      if (path.length >= MAX_RECORD_DEPTH) return problem('too-deep', path.slice(0, 2));
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i -= 1) stack.push({ value: value[i] as unknown, path: [...path, i] });
      } else {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i -= 1) {
          const key = keys[i] ?? '';
          const code = textProblem(key);
          if (code) return problem(code, path);
          stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
        }
      }
    }
  }
  return null;
}

/**
 * Checks, before anything else reads a pushed record, that it is at most MAX_RECORD_DEPTH deep and
 * that every key and string is text that can be stored unchanged. Loops, not recursion: a record
 * nested 100,000 deep must not overflow the stack.
 */
export function recordShapeError(raw: unknown): RecordError | null {
  return hasShapeProblem(raw) ? firstShapeError(raw) : null;
}
