/**
 * API benchmark (issue 2): the real API under `wrangler dev --env bench` beside the bare
 * baseline worker (bench/baseline-worker), both started here on fresh local D1 databases,
 * measured in alternating order over a few rounds. Prints markdown tables and writes
 * bench/results/api-<date>.json.
 *
 *   npm run bench:api
 *   BENCH_ROUNDS=1 BENCH_RECORDS=1000 BENCH_SINGLES=100 npm run bench:api   (a quick check)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { machineInfo, ratioRow, writeHeadline } from '../headline.mjs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureRound } from './measure.mjs';
import { consultationFields, noteChars } from './payload.mjs';
import { markdownTable, roundsTable, summarise } from './report.mjs';
import { startPair, stopAll } from './servers.mjs';
import { baselineTarget, realTarget } from './targets.mjs';

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

/** machineInfo with the memory and the wrangler that ran the workers. */
const machine = () => ({
  ...machineInfo(),
  memory: execFileSync('free', ['-h'], { encoding: 'utf8' }).trim(),
  wrangler: execFileSync('npx', ['wrangler', '--version'], {
    encoding: 'utf8',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  }).trim(),
});

async function main() {
  const meta = machine();
  const sample = consultationFields(0, '00000000-0000-7000-8000-000000000000');
  console.log(`plan: ${JSON.stringify(plan)}; ~${noteChars(sample)} chars of note text per consultation`);

  const tmp = mkdtempSync(join(os.tmpdir(), 'banso-bench-api-'));
  process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
  const workers = [];
  const rounds = [];
  try {
    const { baseline, real, token } = await startPair(tmp);
    workers.push(baseline, real);
    const targets = [baselineTarget(baseline.baseUrl), realTarget(real.baseUrl, token)];
    for (let round = 1; round <= plan.rounds; round++) {
      // Both targets send the same texts in a round; the next round sends new ones.
      const seed = (round - 1) * (plan.records + plan.warmup + plan.singles);
      for (const result of await measureRound(round % 2 ? targets : [...targets].reverse(), round, plan, seed)) {
        rounds.push(result);
        console.log(
          `round ${round} ${result.target}: push ${Math.round(result.pushRowsPerSec)} rows/s, pull ${Math.round(result.pullRowsPerSec)} rows/s, single p50 ${result.singleP50Ms.toFixed(1)} ms p99 ${result.singleP99Ms.toFixed(1)} ms`,
        );
      }
    }
  } finally {
    for (const worker of workers) await worker.stop();
  }
  meta.loadAverageAtEnd = os.loadavg();

  console.log(`\n${roundsTable(rounds)}\n`);
  const summary = summarise(rounds);
  console.log(`${markdownTable(summary, plan)}\n`);
  const { medians: m, ratio } = summary;
  writeHeadline(
    'api',
    [
      ratioRow(
        `push ${plan.records} consultations, batches of ${plan.batch}`,
        m.real.pushRowsPerSec,
        m.baseline.pushRowsPerSec,
        'rows/s',
        { min: 0.8 },
        ratio.pushRowsPerSec,
      ),
      ratioRow(
        `pull ${plan.records} changes, pages of ${plan.pullPage}`,
        m.real.pullRowsPerSec,
        m.baseline.pullRowsPerSec,
        'rows/s',
        { min: 0.8 },
        ratio.pullRowsPerSec,
      ),
      ratioRow(
        `single push p99 (${plan.singles} sequential)`,
        m.real.singleP99Ms,
        m.baseline.singleP99Ms,
        'ms',
        { max: 1.3 },
        ratio.singleP99Ms,
      ),
    ],
    `${plan.records} records, ${plan.rounds} rounds`,
  );
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  const file = join(ROOT, 'bench/results', `api-${meta.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ meta, plan, rounds, summary }, null, 2)}\n`);
  console.log(
    `machine: ${meta.nproc} cpus (${meta.cpu}), node ${meta.node}, ${meta.wrangler}, load ${meta.loadAverageAtStart.map((n) => n.toFixed(2)).join(' ')} → ${meta.loadAverageAtEnd.map((n) => n.toFixed(2)).join(' ')}`,
  );
  console.log(`written ${file}`);
}

main().catch((err) => {
  console.error(err);
  stopAll();
  process.exitCode = 1;
});
