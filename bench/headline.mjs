/**
 * The headline figures of one benchmark, against the targets of issue 15 and before, written
 * to bench/results/latest-<bench>.json for `npm run bench` (bench/run.mjs) to print in one table.
 * A row: what was measured, its value, the bare baseline measured beside it in the same run
 * (null where there is none), the target in words, and whether it was met.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const RESULTS_DIR = path.resolve(import.meta.dirname, 'results');

/** The machine as a result file records it; writeRawSamples adds the load average at the end. */
export const machineInfo = () => ({
  date: new Date().toISOString(),
  nproc: os.availableParallelism(),
  cpu: os.cpus()[0]?.model ?? 'unknown',
  node: process.version,
  loadAverageAtStart: os.loadavg(),
});

/**
 * The end of a bench run: the machine's load average now goes into `machine` (from machineInfo),
 * a line says what the machine was doing over the run, and `payload` (which holds `machine`)
 * is written to bench/results/<bench>-<start time>.json. Returns that file's path.
 */
export function writeRawSamples(bench, machine, payload) {
  machine.loadAverageAtEnd = os.loadavg();
  const load = (l) => l.map((n) => n.toFixed(1)).join(' ');
  console.log(
    `\nmachine: ${machine.nproc} cores, ${machine.cpu}, Node ${machine.node}, load average ${load(machine.loadAverageAtStart)} at start, ${load(machine.loadAverageAtEnd)} at end`,
  );
  mkdirSync(RESULTS_DIR, { recursive: true });
  const out = path.join(RESULTS_DIR, `${bench}-${machine.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(out, JSON.stringify(payload, null, 2));
  console.log(`raw samples: ${out}`);
  return out;
}

/**
 * @typedef {{ measure: string, value: string, baseline: string | null, ratio: number | null, target: string, met: boolean }} HeadlineRow
 */

/**
 * A row whose target is a ratio to the baseline: `value / baseline ≤ max` (or ≥ min for throughput).
 * `ratio` when the bench takes it otherwise (e.g. the median of per-round ratios).
 */
export function ratioRow(measure, value, baseline, unit, { max, min }, ratio = value / baseline) {
  const target = max !== undefined ? `≤ ${max}× baseline` : `≥ ${Math.round(min * 100)}% of baseline`;
  const met = max !== undefined ? ratio <= max : ratio >= min;
  return { measure, value: fmt(value, unit), baseline: fmt(baseline, unit), ratio, target, met };
}

/** A row whose target is an absolute figure: `value ≤ max` in `unit`; `baseline` only for information. */
export function limitRow(measure, value, unit, max, baseline = null) {
  return {
    measure,
    value: fmt(value, unit),
    baseline: baseline === null ? null : fmt(baseline, unit),
    ratio: baseline === null ? null : value / baseline,
    target: `≤ ${fmt(max, unit)}`,
    met: value <= max,
  };
}

function fmt(n, unit) {
  if (unit === 'ms') return `${n.toFixed(1)} ms`;
  if (unit === 's') return `${n.toFixed(2)} s`;
  if (unit === 'KB') return `${n.toFixed(1)} KB`;
  if (unit === 'MB') return `${n.toFixed(1)} MB`;
  if (unit === 'rows/s') return `${Math.round(n).toLocaleString('en-US')} rows/s`;
  return `${n} ${unit}`;
}

/** Writes the rows with the scale of the run and the machine's load, for bench/run.mjs. */
export function writeHeadline(bench, rows, scale) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const load = os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
  writeFileSync(
    path.join(RESULTS_DIR, `latest-${bench}.json`),
    `${JSON.stringify({ bench, date: new Date().toISOString(), scale, load, rows }, null, 2)}\n`,
  );
}
