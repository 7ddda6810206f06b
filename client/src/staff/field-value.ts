/** What the officer typed, read as the type the field holds now: a count stays a number, a flag a boolean. */
export function parseFieldValue(current: unknown, typed: string): unknown {
  const text = typed.trim();
  if (text === '') return null;
  if (typeof current === 'number') return Number(text);
  if (typeof current === 'boolean') return text === 'true';
  if (Array.isArray(current)) return text.split(/[\s,]+/).filter(Boolean);
  return typed;
}
