/**
 * Search benchmark (issue 5) in headless Chromium on the built extension: 50,000 generated
 * consultations across 2,000 businesses seeded into the extension's IndexedDB, the built search
 * worker measured cold (no snapshot), on opening (snapshot), per query once open, and the real
 * side panel's first query, warm (the offscreen search host holds the index) and cold (no host);
 * beside an in-memory substring scan of the same records in the same
 * browser. Run `npx node bench/gen/generate.ts && npx wxt build && npx node bench/search/chromium.ts`.
 * Raw samples go to bench/results/search-<time>.json; the summary is printed as Markdown.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SearchFilters } from '../../extension/search/filters.ts';
import { EXTENSION_DIR, launchExtension } from '../../tests/e2e/support/launch.ts';
import { EXTENSION_DB } from '../../tests/e2e/support/idb-rows.ts';
import { machine } from '../ext/machine.ts';
import { summarize } from '../ext/stats.ts';
import { limitRow, writeHeadline } from '../headline.mjs';
import { DATA_DIR } from './load-data.ts';
import { countRows, loadScan, queryWorker, scanOnce, startWorker, stopWorker, type QueryTiming } from './page-probe.ts';
import { QUERIES } from './queries.ts';
import { closeHost, openHost, sharedWorkerMiB, waitSharedReady } from './host-control.ts';
import { firstPanelQuery } from './panel-probe.ts';
import { reportSearch, type SearchResults } from './report-chromium.ts';
import { seedGenerated } from './seed-chromium.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const OPENS = Number(process.env.BENCH_OPENS ?? 8);

if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error('build the extension first (npx wxt build)');
const workerFile = readdirSync(path.join(EXTENSION_DIR, 'assets')).find((f) => /^search-worker.*\.js$/.test(f));
if (!workerFile) throw new Error('no search worker in the build');
const meta = JSON.parse(readFileSync(path.join(DATA_DIR, 'meta.json'), 'utf8')) as { karteBusinessId: string };
const asked = ([query, filters]: [string, SearchFilters]) => ({ query, filters });
const queries = QUERIES.map(
  ([q, f]) => [q, f?.businessId ? { ...f, businessId: meta.karteBusinessId } : (f ?? {})] as [string, SearchFilters],
);

const ext = await launchExtension();
try {
  const origin = `chrome-extension://${ext.extensionId}`;
  const workerUrl = `${origin}/assets/${workerFile}`;
  // The host page: an extension page that starts no search of its own.
  const host = await ext.context.newPage();
  await host.goto(`${origin}/options.html`);
  // The background opened the search host at install, on an empty database: close it (its worker
  // goes with it) and drop the empty snapshot it saved, so part 1 builds from the records.
  await closeHost(host);
  await host.waitForTimeout(1000);
  await host.evaluate(clearSnapshots, EXTENSION_DB);
  const results: SearchResults = {
    machine: await machine(),
    rounds: ROUNDS,
    opens: OPENS,
    seeded: await seedGenerated(host),
  } as SearchResults;
  const storageBefore = await host.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);

  // 1. Cold: no snapshot yet, the worker indexes every record, then saves its snapshot.
  await host.evaluate(startWorker, workerUrl);
  await host.waitForFunction(() => (globalThis as unknown as { __probe: { readyAt: number | null } }).__probe.readyAt !== null, null, {
    timeout: 600_000,
    polling: 100,
  });
  const coldReadyMs = await host.evaluate(() => (globalThis as unknown as { __probe: { readyAt: number } }).__probe.readyAt);
  const savedFrom = Date.now();
  while ((await host.evaluate(countRows, { db: EXTENSION_DB, store: 'searchSnapshots' })) === 0) await host.waitForTimeout(50);
  results.cold = { buildMs: coldReadyMs, snapshotSavedAfterMs: Date.now() - savedFrom };
  results.snapshotBytes = (await host.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0)) - storageBefore;
  await host.evaluate(stopWorker);

  // 2. Opening with a snapshot: a new worker, asked at once (the panel starts its worker first thing).
  results.firstQuery = [];
  for (let i = 0; i < OPENS; i++) {
    await host.evaluate(startWorker, workerUrl);
    results.firstQuery.push(await host.evaluate(queryWorker, asked(queries[i % 8]!)));
    await host.evaluate(stopWorker);
  }

  // 3. Once open: every query, ROUNDS rounds after a warm-up round, the scan interleaved query by query.
  await host.evaluate(startWorker, workerUrl);
  await host.evaluate(queryWorker, asked(queries[0]!));
  results.scanPrepMs = await host.evaluate(loadScan, EXTENSION_DB);
  results.index = [];
  results.scan = [];
  for (let round = 0; round <= ROUNDS; round++) {
    for (const [q, f] of queries) {
      const t: QueryTiming = await host.evaluate(queryWorker, { query: q, filters: f });
      const s = await host.evaluate(scanOnce, q);
      if (round === 0) continue;
      results.index.push({ query: q, filtered: Object.keys(f).length > 0, ...t });
      results.scan.push({ query: q, ...s });
    }
  }
  await host.evaluate(stopWorker);
  await host.close();

  // 4. The real side panel: opened, the first query typed as soon as the box is there. An extension
  // page stays open throughout to drive the host (it holds no search of its own).
  const control = await ext.context.newPage();
  await control.goto(`${origin}/options.html`);
  const panels = Number(process.env.BENCH_PANELS ?? 8);
  // Cold: no host (the first open right after start-up): the panel's connection starts the shared
  // worker, which loads the snapshot. Once loaded the panel asks for the host: closed again before the next.
  results.panelCold = [];
  for (let i = 0; i < panels; i++) {
    await closeHost(control);
    await control.waitForTimeout(1000);
    results.panelCold.push(await firstPanelQuery(ext.context, origin, queries[(i % 4) + 1]![0]));
    await control.waitForTimeout(500);
  }
  // Warm: the host holds the loaded index (the browser has been open a while: the usual case).
  await closeHost(control);
  await control.waitForTimeout(1000);
  await openHost(control);
  results.hostReadyMs = await waitSharedReady(ext.context, origin);
  // The shared worker makes its documents 3 s after loading (extension/workers/search-worker.ts): done by then.
  await control.waitForTimeout(8000);
  results.hostMemoryMiB = await sharedWorkerMiB(ext.context, control);
  results.panelWarm = [];
  for (let i = 0; i < panels; i++) {
    // Apart by more than the catch-up a connecting page starts 2 s later (search/port-hub.ts), as opens are.
    await control.waitForTimeout(3000);
    results.panelWarm.push(await firstPanelQuery(ext.context, origin, queries[(i % 4) + 1]![0]));
  }

  const dir = path.resolve(import.meta.dirname, '../results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `search-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, JSON.stringify(results, null, 2));
  console.log(reportSearch(results));
  writeHeadline(
    'search-panel',
    [limitRow('side panel, cold first search (median)', summarize(results.panelCold.map((q) => q.roundTripMs)).median, 'ms', 200)],
    Object.entries(results.seeded)
      .map(([t, n]) => `${n} ${t}`)
      .join(', '),
  );
  console.log(`\nraw samples: ${path.relative(process.cwd(), file)}`);
} finally {
  await ext.close();
}

/** Empties the snapshot table (plain IndexedDB, in the page). */
async function clearSnapshots(dbName: string): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(dbName);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('searchSnapshots', 'readwrite');
    tx.objectStore('searchSnapshots').clear();
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
