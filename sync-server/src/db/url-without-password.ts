/** A database URL fit for a message or a log: the password left out, never printed. */
export function urlWithoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'a value that is not a URL';
  }
}
