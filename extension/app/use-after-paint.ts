import { useEffect, useState } from 'preact/hooks';

/** Calls `then` once the current frame is on screen (the next task after the next frame). */
const afterPaint = (then: () => void): void => void requestAnimationFrame(() => setTimeout(then, 0));

/**
 * What `load` gives, loaded once the first paint is on screen so it never delays it; null until
 * then, or when it failed (`what` says what did not start). `load` is called once, for the view's
 * first render; a value that arrives after the view has gone is handed to `drop`.
 */
export function useAfterPaint<T>(load: () => Promise<T>, what: string, drop?: (value: T) => void): T | null {
  const [loaded, setLoaded] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    afterPaint(() => {
      load()
        .then((value) => (live ? setLoaded(() => value) : drop?.(value)))
        .catch((e: unknown) => console.warn(`${what} not started`, e));
    });
    return () => (live = false);
  }, []);
  return loaded;
}
