import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useStrings } from '../i18n/language-context.ts';
import { commonStrings } from '../i18n/strings/common.ts';

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
    pending ??= load().then((module) => {
      loaded = module.default;
    });
    return pending;
  };
  function Page(props: P) {
    const [ready, setReady] = useState(loaded !== null);
    const s = useStrings(commonStrings);
    useEffect(() => {
      if (!ready) void preload().then(() => setReady(true));
    }, [ready]);
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <p class="muted">{s.loading}</p>;
  }
  return { Page, preload };
}
