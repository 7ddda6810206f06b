const numbered = new Map<string, string>();

/**
 * The statements are written with `?` (SQLite's placeholder); PostgreSQL numbers them: `$1`, `$2`…
 * A `?` inside a quoted string or identifier is left alone.
 */
export function numberPlaceholders(text: string): string {
  let converted = numbered.get(text);
  if (converted !== undefined) return converted;
  let n = 0;
  converted = text.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|\?/g, (match) => (match === '?' ? `$${++n}` : match));
  if (numbered.size >= 1000) numbered.clear();
  numbered.set(text, converted);
  return converted;
}
