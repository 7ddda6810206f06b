// Made at build time by client/build/catalog-plugin.ts from the folders under client/locales/.
declare module 'virtual:i18n/languages' {
  import type { LanguageInfo } from './catalog-types.ts';

  const languages: readonly LanguageInfo[];
  export default languages;
}

declare module 'virtual:i18n/tablet' {
  import type { CatalogLoaders } from './catalog-types.ts';

  export const loaders: CatalogLoaders;
}

declare module 'virtual:i18n/staff' {
  import type { CatalogLoaders } from './catalog-types.ts';

  export const loaders: CatalogLoaders;
}
