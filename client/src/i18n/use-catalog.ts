import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { CatalogLoaders, LanguageInfo } from './catalog-types.ts';
import type { I18n } from './i18n-context.ts';
import { languageInfo } from './languages.ts';
import { createTranslate, type Translate } from './translate.ts';

interface Loaded {
  language: LanguageInfo;
  t: Translate;
}

async function load(loaders: CatalogLoaders, code: string): Promise<Loaded> {
  const language = languageInfo(code);
  const loader = loaders[language.code];
  const catalog = loader ? (await loader()).default : {};
  return { language, t: createTranslate(catalog, language.locale) };
}

/**
 * The app's I18n once `code`'s catalog is loaded (null until then), the page's lang and dir set to match.
 * `remember` is told each language the person picks.
 */
export function useCatalog(
  loaders: CatalogLoaders,
  code: string | null,
  remember: (code: string) => void,
): I18n | null {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const show = useCallback((next: string) => void load(loaders, next).then(setLoaded), [loaders]);

  useEffect(() => {
    if (code !== null) show(code);
  }, [code, show]);

  useEffect(() => {
    if (!loaded) return;
    document.documentElement.lang = loaded.language.code;
    document.documentElement.dir = loaded.language.dir;
  }, [loaded]);

  return useMemo(
    () =>
      loaded && {
        ...loaded,
        setLanguage(next: string) {
          remember(next);
          show(next);
        },
      },
    [loaded, remember, show],
  );
}
