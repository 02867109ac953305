/**
 * Every benchmark, one after another, then one summary table of their headline figures against
 * the targets (bench/headline.mjs). Each bench starts its own servers and browser, builds what it
 * needs and generates its data on first use, so this runs from a fresh clone:
 *   npm run bench                 the figures BENCHMARKS.md reports (about an hour on 2 cores)
 *   npm run bench -- --quick      small sizes and few samples: that every bench runs, not its figures
 *   npm run bench -- api karte    only those benches
 * Take figures with nothing else running on the machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RESULTS_DIR } from './headline.mjs';

/** name → npm script, and the environment of a quick run. */
const BENCHES = [
  { name: 'api', script: 'bench:api', quick: { BENCH_ROUNDS: '1', BENCH_RECORDS: '500', BENCH_SINGLES: '50' } },
  {
    name: 'reports',
    script: 'bench:reports',
    quick: { BENCH_CONSULTATIONS: '1000', BENCH_BUSINESSES: '100', BENCH_APPLICATIONS: '40', BENCH_DISPATCHES: '20', BENCH_SAMPLES: '2' },
  },
  { name: 'export', script: 'bench:export', quick: { BENCH_CONSULTATIONS: '1000', BENCH_SAMPLES: '1' } },
  { name: 'import', script: 'bench:import', quick: { BENCH_LINES: '200', BENCH_ROUNDS: '1' } },
  { name: 'search-index', script: 'bench:search-index', quick: { BENCH_DATA_SIZE: '50000' } },
  { name: 'ext', script: 'bench:ext', quick: { BENCH_SAMPLES: '3' } },
  { name: 'karte', script: 'bench:karte', quick: { BENCH_SAMPLES: '3' } },
  { name: 'search-panel', script: 'bench:search', quick: { BENCH_ROUNDS: '1', BENCH_OPENS: '2', BENCH_PANELS: '2' } },
  { name: 'sync', script: 'bench:sync', quick: { BENCH_SYNC_RECORDS: '1000' } },
];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.filter((a) => !a.startsWith('--'));
const unknown = only.filter((n) => !BENCHES.some((b) => b.name === n));
if (unknown.length > 0) throw new Error(`unknown bench ${unknown.join(', ')}: one of ${BENCHES.map((b) => b.name).join(', ')}`);
const chosen = BENCHES.filter((b) => only.length === 0 || only.includes(b.name));

const loadAtStart = os.loadavg();
const outcomes = [];
for (const bench of chosen) {
  const latest = path.join(RESULTS_DIR, `latest-${bench.name}.json`);
  rmSync(latest, { force: true });
  console.log(`\n=== ${bench.name} (npm run ${bench.script}${quick ? ', quick' : ''}) ===`);
  const started = Date.now();
  const run = spawnSync('npm', ['run', bench.script], { stdio: 'inherit', env: { ...process.env, ...(quick ? bench.quick : {}) } });
  const seconds = (Date.now() - started) / 1000;
  const headline = existsSync(latest) ? JSON.parse(readFileSync(latest, 'utf8')) : null;
  outcomes.push({ bench, seconds, ok: run.status === 0 && headline !== null, headline });
}

const cell = (s) => String(s).replace(/\|/g, '\\|');
const lines = ['| bench | measure | value | bare baseline | ratio | target | met |', '|---|---|---|---|---|---|---|'];
for (const { bench, ok, headline } of outcomes) {
  if (!ok) {
    lines.push(`| ${bench.name} | **the bench failed** (see its output above) | | | | | |`);
    continue;
  }
  for (const r of headline.rows) {
    const ratio = r.ratio === null ? '' : r.target.includes('%') ? `${(r.ratio * 100).toFixed(0)}%` : `${r.ratio.toFixed(2)}×`;
    lines.push(
      `| ${bench.name} | ${cell(r.measure)} | ${r.value} | ${r.baseline ?? ''} | ${ratio} | ${cell(r.target)} | ${r.met ? 'yes' : '**no**'} |`,
    );
  }
}
console.log(`\n## npm run bench${quick ? ' -- --quick (sizes too small for the figures)' : ''}\n`);
console.log(lines.join('\n'));
console.log('');
for (const { bench, seconds, headline } of outcomes) {
  console.log(`- ${bench.name}: ${headline?.scale ?? 'no figures'}; ${seconds.toFixed(0)} s; load at its end ${headline?.load ?? '?'}`);
}
console.log(
  `\nmachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}; load ${loadAtStart.map((n) => n.toFixed(2)).join(' ')} at the start, ${os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')} at the end`,
);
if (outcomes.some((o) => !o.ok)) process.exitCode = 1;
