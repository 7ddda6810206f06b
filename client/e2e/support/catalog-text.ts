import { appMessages, appOfScreen } from '../../build/catalog-files.ts';
import type { MessageKey } from '../../src/i18n/message-key.ts';

/** A text with no argument as a language's catalog has it (English where it has none), to find it on the page. */
export function catalogText(language: string, key: MessageKey): string {
  const text = appMessages(language, appOfScreen(key.split('.')[0] ?? ''))[key];
  if (text === undefined) throw new Error(`no text ${key}`);
  return text;
}
