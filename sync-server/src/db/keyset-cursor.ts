/** A keyset cursor: the sort key of the last row of a page, opaque to clients. */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The key a cursor holds, or null when it is not one `encodeCursor` made for a key of this length. */
export function decodeCursor(cursor: string, length: number): string[] | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === length && value.every((part) => typeof part === 'string'))
      return value as string[];
  } catch {
    // not JSON: no cursor of ours
  }
  return null;
}
