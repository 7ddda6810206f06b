/** A language's code, as its catalog folder under client/locales/ is named: "en", "fr", "sw", "ar". */
export type Language = string;

/**
 * The languages kept complete: every text of the app and of the form definitions exists in them, and tests fail
 * when one is missing. The CSV export offers its labels in them. Other languages may be partial.
 */
export const LANGUAGES = ['en', 'fr', 'sw'] as const;

/** A text of a form definition: English always, any other language where it has been translated. */
export type Text = Readonly<{ en: string } & Partial<Record<Language, string>>>;

/** The text in `language`, or in English where it has none. */
export function textIn(text: Text, language: Language): string {
  const translated = text[language];
  return translated !== undefined && translated.trim() !== '' ? translated : text.en;
}

export function fillPlaceholders(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
