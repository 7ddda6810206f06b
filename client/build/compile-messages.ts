import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import type { CompiledMessage } from '../src/i18n/catalog-types.ts';

/** Parsing happens here, at build time, so the app ships intl-messageformat without its parser (decision 0070). */
function compileMessage(text: string): CompiledMessage {
  const elements = parse(text, { ignoreTag: true });
  const [only] = elements;
  if (elements.length === 0) return '';
  if (elements.length === 1 && only?.type === TYPE.literal) return only.value;
  return elements;
}

export function compileMessages(messages: Readonly<Record<string, string>>): Record<string, CompiledMessage> {
  return Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, compileMessage(text)]));
}
