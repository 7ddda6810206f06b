import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n-context.ts';

export interface LazyPage<P> {
  Page: ComponentType<P>;
  /** Starts the download early (the chunk is precached, so offline it comes from the cache). */
  preload: () => Promise<unknown>;
}

/** A page in its own chunk, so the home screen does not carry the form code and the code lists. */
export function lazyPage<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): LazyPage<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<unknown> | null = null;
  const preload = (): Promise<unknown> => {
    pending ??= load().then(
      (module) => {
        loaded = module.default;
      },
      (error: unknown) => {
        // Offline before the service worker had cached the chunk: the next attempt fetches it again.
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  function Page(props: P) {
    const [state, setState] = useState<'loading' | 'ready' | 'failed'>(loaded ? 'ready' : 'loading');
    const { t } = useI18n();
    useEffect(() => {
      if (state === 'loading')
        preload().then(
          () => setState('ready'),
          () => setState('failed'),
        );
    }, [state]);
    const Loaded = loaded;
    if (Loaded) return <Loaded {...props} />;
    if (state === 'failed') {
      return (
        <p class="banner error" role="alert">
          <span>{t('common.loadFailed')}</span>
          <button type="button" onClick={() => setState('loading')}>
            {t('common.retry')}
          </button>
        </p>
      );
    }
    return <p class="muted">{t('common.loading')}</p>;
  }
  return { Page, preload };
}
