/**
 * Code that runs inside the measured page (passed to Playwright, so each exported function is
 * self-contained). Clocks are the page's own `performance.now()`, so Playwright's round trips
 * never enter a figure.
 */

interface Watch {
  store: string;
  needle: string;
  /** When the page asked IndexedDB to write a row containing the needle (its own work before that is app overhead). */
  issuedAt: number | null;
  /** When the transaction that wrote a row containing the needle fired `complete`. */
  committedAt: number | null;
  /** When the needle first appeared in the page's text. */
  shownAt: number | null;
}

interface Bench {
  focusedAt: number | null;
  keydowns: number[];
  watch: Watch | null;
}

/**
 * Installed before any page script runs:
 * - when a usable textarea first gets focus (the page is ready for typing);
 * - every keydown, in the capture phase on window, i.e. before any handler of the page;
 * - a hook on IndexedDB itself (not on the page's code): every put/add into the watched store
 *   whose value contains the needle gets a listener for its transaction's `complete` event
 *   (capturing, on the connection: it runs before the page's own handlers), which IndexedDB
 *   fires once the transaction is committed. That is the moment the text is
 *   durable: a page closed or crashed after it still finds the row. The hook costs one
 *   JSON.stringify of the row, and only while a watch is armed.
 */
export function installProbe(): void {
  const bench: Bench = { focusedAt: null, keydowns: [], watch: null };
  (window as unknown as { __bench: Bench }).__bench = bench;
  addEventListener(
    'focusin',
    (event) => {
      const el = event.target;
      if (bench.focusedAt === null && el instanceof HTMLTextAreaElement && !el.disabled && !el.readOnly) {
        bench.focusedAt = performance.now();
      }
    },
    true,
  );
  addEventListener('keydown', () => bench.keydowns.push(performance.now()), true);

  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      const request = original.call(this, value, key);
      const watch = bench.watch;
      if (watch && watch.committedAt === null && this.name === watch.store && JSON.stringify(value).includes(watch.needle)) {
        watch.issuedAt ??= performance.now();
        // `complete` travels from the connection down to the transaction, so a capturing listener
        // on the connection hears it before any handler on the transaction: Dexie's own, and the
        // page work it sets off (re-rendering, live queries), stay out of the commit time.
        const tx = this.transaction;
        const onComplete = (event: Event) => {
          if (event.target !== tx) return;
          watch.committedAt ??= performance.now();
          tx.db.removeEventListener('complete', onComplete, true);
        };
        tx.db.addEventListener('complete', onComplete, true);
      }
      return request;
    };
  }
}

/** Arms the watch for `needle` in `store`, and in the page's text when `shown` is set. */
export function startWatch(arg: { store: string; needle: string; shown: boolean }): void {
  const bench = (window as unknown as { __bench: Bench }).__bench;
  const watch: Watch = { store: arg.store, needle: arg.needle, issuedAt: null, committedAt: null, shownAt: null };
  bench.watch = watch;
  if (!arg.shown) return;
  const observer = new MutationObserver(() => {
    if (watch.shownAt === null && document.body.textContent?.includes(arg.needle)) {
      watch.shownAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}
