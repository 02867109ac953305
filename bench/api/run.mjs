/**
 * API benchmark (issue 2): the real API under `wrangler dev --env bench` beside the bare
 * baseline worker (bench/baseline-worker), both started here on fresh local D1 databases,
 * measured in alternating order over a few rounds. Prints markdown tables and writes
 * bench/results/api-<date>.json.
 *
 *   npm run bench:api
 *   BENCH_ROUNDS=1 BENCH_RECORDS=1000 BENCH_TARGETS=baseline npm run bench:api   (a quick check)
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureRound } from './measure.mjs';
import { consultationFields, noteChars } from './payload.mjs';
import { markdownTable, roundsTable, summarise } from './report.mjs';
import { applyMigrations, assertPortFree, startWorker, stopAll } from './servers.mjs';
import { baselineTarget, bootstrapToken, realTarget } from './targets.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const env = (name, fallback) => Number(process.env[name] ?? fallback);
const plan = {
  rounds: env('BENCH_ROUNDS', 3),
  records: env('BENCH_RECORDS', 10_000),
  batch: 100,
  pullPage: 500,
  warmup: env('BENCH_WARMUP', 20),
  singles: env('BENCH_SINGLES', 500),
};
const ports = { real: env('BENCH_PORT_REAL', 8788), baseline: env('BENCH_PORT_BASELINE', 8789) };
const wanted = (process.env.BENCH_TARGETS ?? 'baseline,real').split(',');

function machine() {
  return {
    date: new Date().toISOString(),
    nproc: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memory: execFileSync('free', ['-h'], { encoding: 'utf8' }).trim(),
    node: process.version,
    wrangler: execFileSync('npx', ['wrangler', '--version'], { encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } }).trim(),
    loadAverageAtStart: os.loadavg(),
  };
}

async function startTargets(tmp) {
  const targets = [];
  if (wanted.includes('baseline')) {
    const persistTo = join(tmp, 'baseline');
    const config = join(ROOT, 'bench/baseline-worker/wrangler.jsonc');
    applyMigrations({ config, persistTo });
    const worker = await startWorker({ name: 'baseline', config, port: ports.baseline, persistTo });
    targets.push({ worker, target: baselineTarget(worker.baseUrl) });
  }
  if (wanted.includes('real')) {
    const persistTo = join(tmp, 'real');
    const config = join(ROOT, 'server/wrangler.jsonc');
    const secret = randomBytes(24).toString('hex');
    applyMigrations({ config, env: 'bench', persistTo });
    const worker = await startWorker({ name: 'real', config, env: 'bench', port: ports.real, persistTo, vars: { BOOTSTRAP_SECRET: secret } });
    targets.push({ worker, target: realTarget(worker.baseUrl, await bootstrapToken(worker.baseUrl, secret)) });
  }
  return targets;
}

async function main() {
  for (const name of wanted) await assertPortFree(ports[name]);
  const meta = machine();
  const sample = consultationFields(0, '00000000-0000-7000-8000-000000000000');
  console.log(`plan: ${JSON.stringify(plan)}; ~${noteChars(sample)} chars of note text per consultation`);

  const tmp = mkdtempSync(join(os.tmpdir(), 'banso-bench-api-'));
  process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
  const started = await startTargets(tmp);
  const rounds = [];
  try {
    for (let round = 1; round <= plan.rounds; round++) {
      // Alternate which target goes first so drift in machine load spreads over both.
      const order = round % 2 ? started : [...started].reverse();
      const seed = (round - 1) * (plan.records + plan.warmup + plan.singles);
      for (const { target } of order) {
        const result = await measureRound(target, round, plan, seed);
        rounds.push(result);
        console.log(`round ${round} ${target.name}: push ${Math.round(result.pushRowsPerSec)} rows/s, pull ${Math.round(result.pullRowsPerSec)} rows/s, single p50 ${result.singleP50Ms.toFixed(1)} ms p99 ${result.singleP99Ms.toFixed(1)} ms`);
      }
    }
  } finally {
    for (const { worker } of started) await worker.stop();
  }
  meta.loadAverageAtEnd = os.loadavg();

  console.log(`\n${roundsTable(rounds)}\n`);
  const summary = started.length === 2 ? summarise(rounds) : null;
  if (summary) console.log(`${markdownTable(summary, plan)}\n`);
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  const file = join(ROOT, 'bench/results', `api-${meta.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ meta, plan, rounds, summary }, null, 2)}\n`);
  console.log(`machine: ${meta.nproc} cpus (${meta.cpu}), node ${meta.node}, ${meta.wrangler}, load ${meta.loadAverageAtStart.map((n) => n.toFixed(2)).join(' ')} → ${meta.loadAverageAtEnd.map((n) => n.toFixed(2)).join(' ')}`);
  console.log(`written ${file}`);
}

main().catch((err) => {
  console.error(err);
  stopAll();
  process.exitCode = 1;
});
