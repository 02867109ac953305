import type { Machine } from '../ext/machine.ts';
import { ms, summarize } from '../ext/stats.ts';
import type { QueryTiming } from './page-probe.ts';
import type { PanelFirstQuery } from './panel-probe.ts';

export interface SearchResults {
  machine: Machine;
  rounds: number;
  opens: number;
  seeded: Record<string, number>;
  cold: { buildMs: number; snapshotSavedAfterMs: number };
  snapshotBytes: number;
  firstQuery: QueryTiming[];
  scanPrepMs: number;
  index: (QueryTiming & { query: string; filtered: boolean })[];
  scan: { query: string; ms: number; hits: number }[];
  /** The side panel when the search host holds the loaded index (the usual case). */
  panelWarm: PanelFirstQuery[];
  /** The side panel with no host (right after start-up): its connection starts the shared worker. */
  panelCold: PanelFirstQuery[];
  /** The host opened: until its shared worker's index was ready. */
  hostReadyMs: number;
  /** The shared worker's JavaScript heap in use plus its array buffers, the index made ahead. */
  hostMemoryMiB: number;
}

const TARGET = { steadyP95: 30, first: 300 };
const verdict = (ok: boolean) => (ok ? 'reached' : 'NOT reached');
const row = (name: string, xs: number[]) => {
  const s = summarize(xs);
  return `| ${name} | ${s.n} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.max)} |`;
};

/** The run as Markdown, the figures BENCHMARKS.md quotes. */
export function reportSearch(r: SearchResults): string {
  const steady = summarize(r.index.map((t) => t.ms));
  const first = summarize(r.firstQuery.map((t) => t.sinceStart));
  const warm = summarize(r.panelWarm.map((p) => p.roundTripMs));
  const cold = summarize(r.panelCold.map((p) => p.roundTripMs));
  const warmSeen = r.panelWarm.filter((p) => p.warm === true).length;
  const perQuery = new Map<string, number[]>();
  for (const t of r.index) perQuery.set(t.query, [...(perQuery.get(t.query) ?? []), t.ms]);
  const slowest = [...perQuery]
    .map(([q, xs]) => [q, summarize(xs).median] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5);
  const m = r.machine;
  return [
    `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.chromium}, Node ${m.node}, load average ${m.loadAverage} at start.`,
    `Data: ${Object.entries(r.seeded)
      .map(([t, n]) => `${n} ${t}`)
      .join(', ')}; ${r.index.length / r.rounds} queries × ${r.rounds} rounds.`,
    '',
    '| measure | n | median | p95 | max |',
    '|---|---|---|---|---|',
    row(
      'query once open, index (worker round trip)',
      r.index.map((t) => t.ms),
    ),
    row(
      '  of which searching inside the worker',
      r.index.map((t) => t.tookMs),
    ),
    row(
      'query, in-memory substring scan (same data, same page)',
      r.scan.map((s) => s.ms),
    ),
    row(
      'first query after opening (worker start → answer, snapshot)',
      r.firstQuery.map((t) => t.sinceStart),
    ),
    row(
      'side panel, warm (host holds the index): first query round trip (typed at once)',
      r.panelWarm.map((p) => p.roundTripMs),
    ),
    row(
      '  of which searching inside the worker',
      r.panelWarm.map((p) => p.tookMs),
    ),
    row(
      '  navigation start → that answer',
      r.panelWarm.map((p) => p.sinceNavigationMs),
    ),
    row(
      'side panel, cold (no host yet): first query round trip (typed at once)',
      r.panelCold.map((p) => p.roundTripMs),
    ),
    row(
      '  of which searching inside the worker',
      r.panelCold.map((p) => p.tookMs),
    ),
    row(
      '  navigation start → that answer',
      r.panelCold.map((p) => p.sinceNavigationMs),
    ),
    row(
      '  navigation start → index ready',
      r.panelCold.flatMap((p) => (p.readyMs === null ? [] : [p.readyMs])),
    ),
    '',
    `Cold start without a snapshot: index built in ${ms(r.cold.buildMs)}, snapshot stored ${ms(r.cold.snapshotSavedAfterMs)} later (≈ ${(r.snapshotBytes / 2 ** 20).toFixed(0)} MB of storage).`,
    `Search host: index ready ${ms(r.hostReadyMs)} after it was opened; the shared worker holds ${r.hostMemoryMiB.toFixed(0)} MiB (JS heap in use + array buffers). Warm panels that found the index loaded: ${warmSeen} of ${r.panelWarm.length}.`,
    `Substring scan preparation (read and normalise every record once): ${ms(r.scanPrepMs)}.`,
    `Slowest queries (index median): ${slowest.map(([q, t]) => `${q} ${ms(t)}`).join(', ')}.`,
    '',
    `Target p95 ≤ ${TARGET.steadyP95} ms once open: ${verdict(steady.p95 <= TARGET.steadyP95)} (${ms(steady.p95)}).`,
    `Target ≤ ${TARGET.first} ms for the first query with a snapshot: worker ${verdict(first.max <= TARGET.first)} (max ${ms(first.max)}), side panel warm ${verdict(warm.max <= TARGET.first)} (median ${ms(warm.median)}, max ${ms(warm.max)}), side panel cold ${verdict(cold.max <= TARGET.first)} (median ${ms(cold.median)}, max ${ms(cold.max)}).`,
  ].join('\n');
}
