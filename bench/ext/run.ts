/**
 * Extension benchmark (issue 3): the popup and side panel of the built extension measured beside
 * a bare Preact + Dexie page (bench/ext/baseline, loaded as a second unpacked extension) in the
 * same headless Chromium. Run with `npm run bench:ext` (builds both first).
 * Raw samples go to bench/results/ext-<time>.json; the summary is printed as Markdown.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import { EXTENSION_DIR, extensionWorker, launchExtension } from '../../tests/e2e/support/launch.ts';
import { machine } from './machine.ts';
import { measureKeystroke, measureOpen, measureSave, measureScripts, openReady } from './measure.ts';
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
    baselineTarget(new URL(baselineWorker.url()).origin),
  ];
  await ext.context.addInitScript(installProbe);
  const results: Results = { machine: await machine(), samples: SAMPLES, targets: {} };

  // Cold first opens (database created, default tags seeded), then warm-ups, both unreported in the medians.
  for (const target of targets) {
    const cold = await measureOpen(ext.context, target, 1);
    await measureOpen(ext.context, target, WARMUP);
    results.targets[target.name] = { coldOpenMs: cold[0]!, open: [], keystroke: [], saveCommitted: [], saveShown: [], scripts: {} };
  }
  // Interleaved, so a noisy moment on the shared machine hits both pages alike.
  for (let i = 0; i < SAMPLES; i++) {
    for (const target of targets) results.targets[target.name]!.open.push(...(await measureOpen(ext.context, target, 1)));
  }
  for (const target of targets) {
    const r = results.targets[target.name]!;
    const page = await openReady(ext.context, target);
    r.keystroke = await measureKeystroke(page, target, SAMPLES);
    await target.prepareSave(page);
    const save = await measureSave(page, target, SAMPLES);
    r.saveCommitted = save.committed;
    r.saveShown = save.shown;
    await page.close();
  }
  const [extTarget, baseTarget] = targets as [BenchTarget, BenchTarget];
  results.targets.extension!.scripts = {
    popup: await measureScripts(ext.context, extTarget, 'popup.html'),
    sidepanel: await measureScripts(ext.context, extTarget, 'sidepanel.html'),
  };
  results.targets.baseline!.scripts = { page: await measureScripts(ext.context, baseTarget, 'index.html') };

  const dir = path.resolve(import.meta.dirname, '../results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `ext-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const summaries = Object.fromEntries(Object.entries(results.targets).map(([name, r]) => [name, {
    open: summarize(r.open), keystroke: summarize(r.keystroke),
    saveCommitted: summarize(r.saveCommitted), saveShown: summarize(r.saveShown),
  }]));
  await writeFile(file, JSON.stringify({ ...results, summaries }, null, 2));
  console.log(report(results));
  console.log(`\nraw samples: ${path.relative(process.cwd(), file)}`);
} finally {
  await ext.close();
}
