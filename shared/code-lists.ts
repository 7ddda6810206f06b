/** Bumped whenever a code list (countries, admin areas) changes, so devices know to refresh. */
export const CODE_LIST_VERSION = '2026-11-28.1';
