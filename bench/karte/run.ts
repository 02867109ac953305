/**
 * Karte page benchmark (issue 5): time to interactive of karte.html for a business with 200
 * consultations, beside a bare Preact + Dexie page rendering the same consultations
 * (bench/karte/baseline, a second unpacked extension) in the same headless Chromium.
 *   npm run bench:karte            (builds the extension, then runs this)
 *   BENCH_SAMPLES=30 BENCH_SCOPE=karte npx node bench/karte/run.ts
 * Needs bench/data (npx node bench/gen/generate.ts). Raw samples: bench/results/karte-<time>.json.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { EXTENSION_DIR, extensionWorker, launchExtension } from '../../tests/e2e/support/launch.ts';
import { machine } from '../ext/machine.ts';
import { summarize } from '../ext/stats.ts';
import { limitRow, writeHeadline } from '../headline.mjs';
import { FIRST_ENTRIES } from '../../extension/components/timeline-window.ts';
import { waitSearchSettled } from '../search/host-control.ts';
import { installKarteProbe, type KarteProbe } from './probe.ts';
import { KARTE_TARGET_MS, report, type KarteResults } from './report.ts';
import { collectSeedGarbage, loadBenchData, seed } from './seed.ts';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);
const WARMUP = 3;
const SCOPE = process.env.BENCH_SCOPE === 'karte' ? 'karte' : 'all';
const BASELINE_DIR = path.resolve(import.meta.dirname, 'baseline/dist');

if (!existsSync(path.join(EXTENSION_DIR, 'karte.html'))) throw new Error('build the extension first (npm run build)');
await build({ configFile: path.resolve(import.meta.dirname, 'baseline/vite.config.ts') });
const data = loadBenchData(SCOPE);

interface Target {
  name: 'extension' | 'baseline';
  url: string;
}

type Sample = { firstReady: number; fullRendered: number; fullReady: number };

/** Navigation start → first screen usable, whole timeline rendered and usable; the page's clock, a fresh tab. */
async function open(context: BrowserContext, target: Target): Promise<{ sample: Sample; page: Page }> {
  const page = await context.newPage();
  await page.goto(target.url);
  const handle = await page.waitForFunction(
    () => {
      const p = (window as unknown as { __karte: KarteProbe }).__karte;
      return (
        p.full.readyAt !== null &&
        p.first.readyAt !== null && { firstReady: p.first.readyAt, fullRendered: p.full.renderedAt!, fullReady: p.full.readyAt }
      );
    },
    null,
    { timeout: 20_000 },
  );
  return { sample: (await handle.jsonValue()) as Sample, page };
}

async function sample(context: BrowserContext, target: Target): Promise<Sample> {
  const { sample, page } = await open(context, target);
  await page.close();
  return sample;
}

const ext = await launchExtension({ extraExtensionDirs: [BASELINE_DIR] });
try {
  const baselineWorker = await extensionWorker(ext.context, (url) => url.endsWith('/baseline-worker.js'));
  const baseOrigin = `chrome-extension://${new URL(baselineWorker.url()).host}`;
  const extOrigin = `chrome-extension://${ext.extensionId}`;

  // Seed both stores with the same records through their own pages (untimed).
  const seeding = await ext.context.newPage();
  await seeding.goto(`${extOrigin}/karte.html`);
  await seed(seeding, 'banso-karte', data, { businesses: 'businesses', consultations: 'consultations', actions: 'actions' });
  await seeding.goto(`${baseOrigin}/index.html`);
  await seed(seeding, 'karte-baseline', data, { businesses: 'businesses', consultations: 'consultations' });
  await seeding.close();
  // The extension's search index (held by its offscreen host) takes the seed in and stores its
  // snapshot; the samples start once it is quiet, as in a browser that has been open a while.
  const settledMs = await waitSearchSettled(ext.context, extOrigin);
  console.log(`search index settled after the seed in ${(settledMs / 1000).toFixed(1)} s`);
  await collectSeedGarbage(ext.context, `${extOrigin}/karte.html`);
  await collectSeedGarbage(ext.context, `${baseOrigin}/index.html`);

  await ext.context.addInitScript(installKarteProbe, { expected: data.karteConsultations, firstEntries: FIRST_ENTRIES });
  const targets: Target[] = [
    { name: 'extension', url: `${extOrigin}/karte.html?id=${data.karteBusinessId}` },
    { name: 'baseline', url: `${baseOrigin}/index.html?id=${data.karteBusinessId}` },
  ];
  const results: KarteResults = {
    machine: await machine(),
    scope: SCOPE,
    stored: { businesses: data.businesses.length, consultations: data.consultations.length, actions: data.actions.length },
    karteConsultations: data.karteConsultations,
    samples: SAMPLES,
    warmup: WARMUP,
    targets: { extension: { coldMs: 0, first: [], ready: [], rendered: [] }, baseline: { coldMs: 0, first: [], ready: [], rendered: [] } },
  };
  for (const target of targets) {
    results.targets[target.name].coldMs = (await sample(ext.context, target)).fullReady;
    for (let i = 0; i < WARMUP; i++) await sample(ext.context, target);
  }
  for (let i = 0; i < SAMPLES; i++) {
    for (const target of targets) {
      const s = await sample(ext.context, target);
      results.targets[target.name].first.push(s.firstReady);
      results.targets[target.name].ready.push(s.fullReady);
      results.targets[target.name].rendered.push(s.fullRendered);
    }
  }

  // Not timed: the filter really works once the page is interactive.
  const { page } = await open(ext.context, targets[0]!);
  const firstTag = await page.locator('select[name="tag-filter"] option').nth(1).getAttribute('value');
  await page.locator('select[name="tag-filter"]').selectOption(firstTag!);
  const shown = await page.locator('article').count();
  if (shown === 0 || shown >= data.karteConsultations) throw new Error(`the tag filter left ${shown} consultations`);
  await page.close();

  const dir = path.resolve(import.meta.dirname, '../results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `karte-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, JSON.stringify(results, null, 2));
  console.log(report(results));
  const { extension: extKarte, baseline: baseKarte } = results.targets;
  writeHeadline(
    'karte',
    [
      limitRow(
        `karte, all ${data.karteConsultations} entries interactive (median)`,
        summarize(extKarte.ready).median,
        'ms',
        KARTE_TARGET_MS,
        summarize(baseKarte.ready).median,
      ),
    ],
    `${data.karteConsultations} consultations on one karte, ${SAMPLES} samples`,
  );
  console.log(`\nraw samples: ${path.relative(process.cwd(), file)}`);
} finally {
  await ext.close();
}
