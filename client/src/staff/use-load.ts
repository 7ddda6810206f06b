import { useCallback, useEffect, useState } from 'preact/hooks';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  reload: () => void;
}

/** Loads once per change of `key`; `reload` fetches again after an action. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && (setData(value), setError(null)),
      (err: Error) => live && setError(err.message),
    );
    return () => {
      live = false;
    };
    // `load` is a new closure each render; `key` says when its inputs changed.
  }, [key, round]);
  return { data, error, reload: useCallback(() => setRound((r) => r + 1), []) };
}
