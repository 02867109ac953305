import type { Machine } from './machine.ts';
import type { ScriptSize } from './measure.ts';
import { kb, ms, summarize } from './stats.ts';

export interface TargetResults {
  coldOpenMs: number;
  open: number[];
  keystroke: number[];
  /** Keydown → the page asks IndexedDB to write the draft (the app's own work). */
  keystrokeIssued: number[];
  saveCommitted: number[];
  saveShown: number[];
  scripts: Record<string, ScriptSize[]>;
}

export interface Results {
  machine: Machine;
  samples: number;
  warmup: number;
  targets: Record<string, TargetResults>;
}

const TARGETS = { open: 150, keystroke: 16, save: 20, gzipKB: 50 };

/** The Markdown summary that goes into BENCHMARKS.md. */
export function report(results: Results): string {
  const ext = results.targets.extension!;
  const base = results.targets.baseline!;
  const row = (label: string, target: number | null, e: number[], b: number[]) => {
    const se = summarize(e);
    const sb = summarize(b);
    const met = target === null ? '—' : se.median <= target ? 'yes' : '**no**';
    return `| ${label} | ${ms(se.median)} | ${ms(se.p95)} | ${ms(sb.median)} | ${ms(sb.p95)} | ${(se.median / sb.median).toFixed(2)}× | ${target === null ? met : `≤ ${target} ms: ${met}`} |`;
  };
  const gzip = (sizes: ScriptSize[]) => sizes.reduce((sum, s) => sum + s.gzip, 0);
  const baseGzip = gzip(base.scripts.page ?? []);
  const sizeRow = (label: string, sizes: ScriptSize[]) => {
    const first = sizes.filter((s) => s.beforePaint);
    const met = gzip(first) <= TARGETS.gzipKB * 1024 ? 'yes' : '**no**';
    return `| ${label} | ${first.length} | ${kb(gzip(first))} | ${sizes.length} | ${kb(gzip(sizes))} | ${kb(baseGzip)} | ${(gzip(first) / baseGzip).toFixed(2)}× | ≤ ${TARGETS.gzipKB} KB before first paint: ${met} |`;
  };
  const m = results.machine;
  return [
    `Machine: ${m.cpus} cores (${m.cpuModel}), ${m.memoryGiB} GiB, ${m.chromium} headless, Node ${m.node}; load average ${m.loadAverage} at the start; ${results.samples} samples per figure (after ${results.warmup} warm-ups), extension and baseline alternating.`,
    '',
    '| measure | extension median | p95 | baseline median | p95 | ratio (median) | target |',
    '|---|---|---|---|---|---|---|',
    row('open popup → note field focused', TARGETS.open, ext.open, base.open),
    row('keystroke → draft committed in IndexedDB', TARGETS.keystroke, ext.keystroke, base.keystroke),
    row('(of which: keystroke → draft write issued)', null, ext.keystrokeIssued, base.keystrokeIssued),
    row('Ctrl+Enter → consultation committed', TARGETS.save, ext.saveCommitted, base.saveCommitted),
    row('Ctrl+Enter → saved note shown', TARGETS.save, ext.saveShown, base.saveShown),
    '',
    `Cold first open (new profile, database created and tags seeded): extension ${ms(ext.coldOpenMs)}, baseline ${ms(base.coldOpenMs)}.`,
    '',
    '| page | scripts before first paint | their gzip | scripts loaded in all | gzip in all | baseline gzip (all) | ratio (first paint) | target |',
    '|---|---|---|---|---|---|---|---|',
    ...Object.entries(ext.scripts).map(([page, sizes]) => sizeRow(page, sizes)),
  ].join('\n');
}
