/** What a form holds while typing: text as typed, so a half-typed number is never lost or reset. */
export type FormValue = string | boolean | readonly string[];
export type FormValues = Readonly<Record<string, FormValue>>;
