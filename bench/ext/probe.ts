/**
 * Code that runs inside the measured page (passed to Playwright, so every function here must be
 * self-contained). The clocks are the page's own `performance.now()`, relative to the start of
 * its navigation, so Playwright's round trips never enter a figure.
 */

/** Installed before any page script: notes when a usable textarea first gets focus, and every keydown. */
export function installProbe(): void {
  const w = window as unknown as { __bench: { focusedAt: number | null; keydowns: number[] } };
  w.__bench = { focusedAt: null, keydowns: [] };
  addEventListener('focusin', (event) => {
    const el = event.target;
    if (w.__bench.focusedAt === null && el instanceof HTMLTextAreaElement && !el.disabled && !el.readOnly) {
      w.__bench.focusedAt = performance.now();
    }
  }, true);
  // Capture phase on window: runs before any handler of the page, i.e. when the key arrives.
  addEventListener('keydown', () => w.__bench.keydowns.push(performance.now()), true);
}

/**
 * Starts watching an IndexedDB store of the page's own database (read with a second, plain
 * connection, as another tab would) until some row's JSON contains `needle`; records when it
 * first became visible. A readonly transaction only sees committed data, and one created while
 * the page's write is running waits for that write to finish, so this is the commit time
 * (give or take one read, ~0.3 ms, which also slightly delays the write: the figure errs high).
 * Also watches the DOM for the needle when `dom` is set (a saved note being shown).
 */
export async function startWatch(arg: { db: string; store: string; needle: string; dom: boolean }): Promise<void> {
  type Watch = { dbAt: number | null; domAt: number | null; error: string | null };
  const w = window as unknown as { __watch: Watch; __conns?: Record<string, IDBDatabase> };
  const watch: Watch = { dbAt: null, domAt: null, error: null };
  w.__watch = watch;
  w.__conns ??= {};
  let conn = w.__conns[arg.db];
  if (!conn) {
    conn = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(arg.db); // no version: never upgrades the page's database
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const opened = conn;
    opened.onversionchange = () => { opened.close(); delete w.__conns![arg.db]; };
    if (!opened.objectStoreNames.contains(arg.store)) {
      opened.close();
      throw new Error(`database ${arg.db} has no store ${arg.store} yet`);
    }
    w.__conns[arg.db] = opened;
  }
  const db = conn;
  const seen = () => new Promise<boolean>((resolve, reject) => {
    const req = db.transaction(arg.store, 'readonly').objectStore(arg.store).getAll();
    req.onsuccess = () => resolve(JSON.stringify(req.result).includes(arg.needle));
    req.onerror = () => reject(req.error);
  });
  if (await seen()) throw new Error(`"${arg.needle}" is already in ${arg.store}`);
  void (async () => {
    const deadline = performance.now() + 10_000;
    while (performance.now() < deadline) {
      if (await seen()) { watch.dbAt = performance.now(); return; }
    }
    watch.error = `"${arg.needle}" never reached ${arg.db}.${arg.store}`;
  })().catch((e: unknown) => { watch.error = String(e); });
  if (arg.dom) {
    const observer = new MutationObserver(() => {
      if (watch.domAt === null && document.body.textContent?.includes(arg.needle)) {
        watch.domAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }
}
