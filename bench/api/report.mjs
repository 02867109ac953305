/**
 * Medians over rounds, the ratios and targets of issue 2, and the markdown table printed at
 * the end of a run (pasted into BENCHMARKS.md).
 */
import { median } from './measure.mjs';

const METRICS = ['pushRowsPerSec', 'pullRowsPerSec', 'singleP50Ms', 'singleP99Ms'];

export function summarise(rounds) {
  const medians = {};
  for (const target of ['baseline', 'real']) {
    const mine = rounds.filter((r) => r.target === target);
    medians[target] = Object.fromEntries(METRICS.map((m) => [m, median(mine.map((r) => r[m]))]));
  }
  // Both targets of a round ran interleaved under the same load, so the ratio is taken per
  // round and its median reported: a busy round slows both and leaves the ratio standing.
  const byRound = (target) => new Map(rounds.filter((r) => r.target === target).map((r) => [r.round, r]));
  const [real, baseline] = [byRound('real'), byRound('baseline')];
  const ratio = Object.fromEntries(METRICS.map((m) => [m, median([...real.keys()].map((k) => real.get(k)[m] / baseline.get(k)[m]))]));
  const targets = {
    pushThroughputAtLeastHalf: ratio.pushRowsPerSec >= 0.5,
    pullThroughputAtLeastHalf: ratio.pullRowsPerSec >= 0.5,
    singlePushP99Under50Ms: medians.real.singleP99Ms < 50,
  };
  return { medians, ratio, targets };
}

const int = (n) => Math.round(n).toLocaleString('en-US');
const ms = (n) => n.toFixed(1);
const pct = (n) => `${(n * 100).toFixed(1)}%`;
const met = (ok) => (ok ? 'met' : '**missed**');

export function markdownTable(summary, plan) {
  const { medians: m, ratio, targets } = summary;
  const rows = [
    [
      `push ${int(plan.records)} consultations, batches of ${plan.batch} (rows/s)`,
      int(m.baseline.pushRowsPerSec),
      int(m.real.pushRowsPerSec),
      pct(ratio.pushRowsPerSec),
      '≥ 50% of baseline',
      met(targets.pushThroughputAtLeastHalf),
    ],
    [
      `pull ${int(plan.records)} changes, pages of ${plan.pullPage} (rows/s)`,
      int(m.baseline.pullRowsPerSec),
      int(m.real.pullRowsPerSec),
      pct(ratio.pullRowsPerSec),
      '≥ 50% of baseline',
      met(targets.pullThroughputAtLeastHalf),
    ],
    [
      `single-mutation push p50 (ms, ${plan.singles} sequential)`,
      ms(m.baseline.singleP50Ms),
      ms(m.real.singleP50Ms),
      `${ratio.singleP50Ms.toFixed(1)}×`,
      '–',
      '–',
    ],
    [
      `single-mutation push p99 (ms, ${plan.singles} sequential)`,
      ms(m.baseline.singleP99Ms),
      ms(m.real.singleP99Ms),
      `${ratio.singleP99Ms.toFixed(1)}×`,
      '< 50 ms',
      met(targets.singlePushP99Under50Ms),
    ],
  ];
  return [
    `| measure (median of ${plan.rounds} rounds) | bare baseline | real API | real / baseline (median of per-round ratios) | target | |`,
    '|---|---:|---:|---:|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

export function roundsTable(rounds) {
  return [
    '| round | target | push rows/s | pull rows/s | single p50 ms | single p99 ms | single max ms |',
    '|---:|---|---:|---:|---:|---:|---:|',
    ...rounds.map(
      (r) =>
        `| ${r.round} | ${r.target} | ${int(r.pushRowsPerSec)} | ${int(r.pullRowsPerSec)} | ${ms(r.singleP50Ms)} | ${ms(r.singleP99Ms)} | ${ms(r.singleMaxMs)} |`,
    ),
  ].join('\n');
}
