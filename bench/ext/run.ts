/**
 * Extension benchmark (issue 3): the popup and side panel of the built extension measured beside
 * a bare Preact + Dexie page (bench/ext/baseline, loaded as a second unpacked extension) in the
 * same headless Chromium. Run with `npm run bench:ext` (builds both first).
 * Raw samples go to bench/results/ext-<time>.json; the summary is printed as Markdown.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { limitRow, ratioRow, writeHeadline } from '../headline.mjs';
import path from 'node:path';
import { build } from 'vite';
import { EXTENSION_DIR, extensionWorker, launchExtension } from '../../tests/e2e/support/launch.ts';
import { machine } from './machine.ts';
import { keystrokeSampler, measureOpen, measureScripts, openReady, saveSampler } from './measure.ts';
import { installProbe } from './probe.ts';
import { report, type Results } from './report.ts';
import { summarize } from './stats.ts';
import { BASELINE_DIR, baselineTarget, extensionTarget, type BenchTarget } from './targets.ts';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 40);
const WARMUP = 3;

if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error('build the extension first (npm run build)');
await build({ configFile: path.resolve(import.meta.dirname, 'baseline/vite.config.ts') });

const ext = await launchExtension({ extraExtensionDirs: [BASELINE_DIR] });
try {
  const baselineWorker = await extensionWorker(ext.context, (url) => url.endsWith('/baseline-worker.js'));
  const targets: BenchTarget[] = [
    extensionTarget(`chrome-extension://${ext.extensionId}`),
    baselineTarget(`chrome-extension://${new URL(baselineWorker.url()).host}`),
  ];
  await ext.context.addInitScript(installProbe);
  const results: Results = { machine: await machine(), samples: SAMPLES, warmup: WARMUP, targets: {} };

  // Cold first opens (database created, default tags seeded), then warm-ups: not in the medians.
  for (const target of targets) {
    const coldOpenMs = await measureOpen(ext.context, target);
    for (let i = 0; i < WARMUP; i++) await measureOpen(ext.context, target);
    results.targets[target.name] = {
      coldOpenMs,
      open: [],
      keystroke: [],
      keystrokeIssued: [],
      saveCommitted: [],
      saveShown: [],
      scripts: {},
    };
  }
  const of = (target: BenchTarget) => results.targets[target.name]!;
  // Every sample alternates between the two pages, so a busy moment on the shared machine hits both alike.
  for (let i = 0; i < SAMPLES; i++) {
    for (const target of targets) of(target).open.push(await measureOpen(ext.context, target));
  }
  const pages = await Promise.all(targets.map((target) => openReady(ext.context, target)));
  const keystroke = await Promise.all(targets.map((target, i) => keystrokeSampler(pages[i]!, target)));
  const save = targets.map((target, i) => saveSampler(pages[i]!, target));
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    for (const [j, target] of targets.entries()) {
      await pages[j]!.bringToFront(); // a background tab may be throttled: measure each in front
      const ms = await keystroke[j]!();
      if (i < WARMUP) continue;
      of(target).keystroke.push(ms.committed);
      of(target).keystrokeIssued.push(ms.issued);
    }
  }
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    for (const [j, target] of targets.entries()) {
      await pages[j]!.bringToFront();
      const ms = await save[j]!();
      if (i < WARMUP) continue;
      of(target).saveCommitted.push(ms.committed);
      of(target).saveShown.push(ms.shown);
    }
  }
  await Promise.all(pages.map((page) => page.close()));
  const [extTarget, baseTarget] = targets as [BenchTarget, BenchTarget];
  results.targets.extension!.scripts = {
    popup: await measureScripts(ext.context, extTarget, 'popup.html'),
    sidepanel: await measureScripts(ext.context, extTarget, 'sidepanel.html'),
  };
  results.targets.baseline!.scripts = { page: await measureScripts(ext.context, baseTarget, 'index.html') };

  const dir = path.resolve(import.meta.dirname, '../results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `ext-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const summaries = Object.fromEntries(
    Object.entries(results.targets).map(([name, r]) => [
      name,
      {
        open: summarize(r.open),
        keystroke: summarize(r.keystroke),
        keystrokeIssued: summarize(r.keystrokeIssued),
        saveCommitted: summarize(r.saveCommitted),
        saveShown: summarize(r.saveShown),
      },
    ]),
  );
  await writeFile(file, JSON.stringify({ ...results, summaries }, null, 2));
  console.log(report(results));
  const [e, b] = [summaries.extension!, summaries.baseline!];
  // The targets count what a page loads before its first paint; the totals are printed beside them.
  const gzipKB = (page: string, beforePaint: boolean) =>
    results.targets.extension!.scripts[page]!.filter((x) => !beforePaint || x.beforePaint).reduce((sum, x) => sum + x.gzip, 0) / 1024;
  writeHeadline(
    'ext',
    [
      ratioRow('keystroke → draft in IndexedDB (median)', e.keystroke.median, b.keystroke.median, 'ms', { max: 1.1 }),
      ratioRow('open popup → note field focused (median)', e.open.median, b.open.median, 'ms', { max: 1.1 }),
      limitRow('popup JS before first paint, gzip', gzipKB('popup', true), 'KB', 50),
      limitRow('side panel JS before first paint, gzip', gzipKB('sidepanel', true), 'KB', 50),
    ],
    `${results.samples} samples`,
  );
  for (const page of ['popup', 'sidepanel']) {
    console.log(`${page}: ${gzipKB(page, true).toFixed(1)} KB gzip before first paint, ${gzipKB(page, false).toFixed(1)} KB in all`);
  }
  console.log(`\nraw samples: ${path.relative(process.cwd(), file)}`);
} finally {
  await ext.close();
}
