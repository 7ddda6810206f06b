import { join } from 'node:path';
import type { Plugin } from 'vite';
import { LOCALES_DIR, appMessages, languageCodes, readLanguage, type App } from './catalog-files.ts';
import { compileMessages } from './compile-messages.ts';

const LANGUAGES_ID = 'virtual:i18n/languages';
const CATALOGS_ID = /^virtual:i18n\/(tablet|staff)$/;
// Named so that the chunk is called e.g. staff-catalog-fr: the service worker leaves staff-* chunks out of the tablet's precache.
const CATALOG_ID = /^virtual:i18n\/(tablet|staff)-catalog-([\w-]+)$/;

/**
 * The languages are the folders under client/locales/: this plugin lists them (virtual:i18n/languages) and
 * makes one chunk per app and language (virtual:i18n/tablet-catalog-fr), English filling what the language lacks, so
 * a device loads only the catalog of the language it shows. Adding a folder adds a language at the next build.
 */
export function catalogPlugin(dir = LOCALES_DIR): Plugin {
  return {
    name: 'fmp-catalogs',
    resolveId(id) {
      return id === LANGUAGES_ID || CATALOGS_ID.test(id) || CATALOG_ID.test(id) ? `\0${id}` : undefined;
    },
    load(resolved) {
      if (!resolved.startsWith('\0virtual:i18n/')) return undefined;
      const id = resolved.slice(1);
      const codes = languageCodes(dir);
      for (const code of codes) this.addWatchFile(join(dir, code));
      if (id === LANGUAGES_ID) return `export default ${JSON.stringify(codes.map((code) => readLanguage(code, dir)))};`;
      const catalogs = CATALOGS_ID.exec(id);
      if (catalogs) {
        const entries = codes.map(
          (code) => `${JSON.stringify(code)}: () => import(${JSON.stringify(`${id}-catalog-${code}`)})`,
        );
        return `export const loaders = {${entries.join(',')}};`;
      }
      const [, app, code] = CATALOG_ID.exec(id) ?? [];
      if (!app || !code || !codes.includes(code)) return undefined;
      return `export default ${JSON.stringify(compileMessages(appMessages(code, app as App, dir)))};`;
    },
  };
}
