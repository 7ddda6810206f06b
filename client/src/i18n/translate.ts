import { IntlMessageFormat } from 'intl-messageformat';
import type { Catalog } from './catalog-types.ts';
import type { MessageKey } from './message-key.ts';

/** Numbers go in as numbers: the message formats them ({n, number}) and picks plural forms as the locale does. */
type MessageValues = Readonly<Record<string, string | number>>;

export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** Formats a catalog's messages in `locale`; a key the catalog lacks is shown as itself, so a gap is visible. */
export function createTranslate(catalog: Catalog, locale: string): Translate {
  const formats = new Map<string, IntlMessageFormat>();
  return (key, values) => {
    const message = catalog[key];
    if (message === undefined) return key;
    if (typeof message === 'string') return message;
    let format = formats.get(key);
    if (!format) {
      format = new IntlMessageFormat(message, locale);
      formats.set(key, format);
    }
    return format.format<string>(values) as string;
  };
}
