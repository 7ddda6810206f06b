import countriesPackage from 'i18n-iso-countries/package.json' with { type: 'json' };
import subdivisionsPackage from 'iso-3166/package.json' with { type: 'json' };

/** Changes whenever a code-list package changes, so devices know their lists are stale. */
export const CODE_LIST_VERSION = `i18n-iso-countries@${countriesPackage.version}+iso-3166@${subdivisionsPackage.version}`;
