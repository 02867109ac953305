/**
 * Import benchmark (issue 14): `POST /v1/import/businesses` with 10,000 lines of a 会員名簿 on the
 * local API (wrangler dev + local D1, started here on fresh databases), beside the bare baseline
 * worker inserting the same 10,000 rows in one D1 batch (bench/baseline-worker `POST /push`: one
 * INSERT per row, no checks) in the same run. Each round imports a new list (10,000 new
 * businesses, into an organisation that grows by as many each round), then the same list with
 * one field changed on every line (10,000 matched and updated), then the same list again (all
 * unchanged). Prints a markdown table and writes bench/results/import-<time>.json.
 *
 *   npm run bench:import
 *   BENCH_LINES=1000 BENCH_ROUNDS=2 npm run bench:import   (a quick check)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { limitRow, machineInfo, writeHeadline, writeRawSamples } from '../headline.mjs';
import os from 'node:os';
import { join } from 'node:path';
import { uuidv7 } from '../api/payload.mjs';
import { startPair, stopAll } from '../api/servers.mjs';
import { memberList } from './data.mjs';

const env = (name, fallback) => Number(process.env[name] ?? fallback);
const plan = { lines: env('BENCH_LINES', 10_000), rounds: env('BENCH_ROUNDS', 5) };
const LIMIT_MS = 10_000;

async function post(url, body, headers = {}) {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  const ms = performance.now() - started;
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${text.slice(0, 500)}`);
  return { ms, body: JSON.parse(text) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main() {
  const tmp = mkdtempSync(join(os.tmpdir(), 'bench-import-'));
  const machine = machineInfo();
  try {
    const { baseline, real, token } = await startPair(tmp);
    const auth = { authorization: `Bearer ${token}` };
    const url = `${real.baseUrl}/v1/import/businesses`;
    const samples = { baseline: [], created: [], updated: [], unchanged: [] };
    for (let round = 0; round < plan.rounds; round++) {
      const lines = memberList(round, plan.lines, 0);
      const b = await post(`${baseline.baseUrl}/push`, { rows: lines.map((l) => ({ id: uuidv7(), data: l.fields })) });
      if (b.body.written !== plan.lines) throw new Error(`baseline wrote ${b.body.written}`);
      samples.baseline.push(b.ms);
      const expect = (answer, counts) => {
        for (const [k, v] of Object.entries(counts))
          if (answer[k] !== v) throw new Error(`import answered ${JSON.stringify({ ...answer, problems: answer.problems.slice(0, 3) })}`);
      };
      const created = await post(url, { fileName: `会員名簿-${round}.csv`, dryRun: false, rows: lines }, auth);
      expect(created.body, { written: true, created: plan.lines });
      samples.created.push(created.ms);
      const changed = memberList(round, plan.lines, 1);
      const updated = await post(url, { fileName: `会員名簿-${round}-更新.csv`, dryRun: false, rows: changed }, auth);
      expect(updated.body, { written: true, updated: plan.lines });
      samples.updated.push(updated.ms);
      const same = await post(url, { fileName: `会員名簿-${round}-再.csv`, dryRun: false, rows: changed }, auth);
      expect(same.body, { written: false, unchanged: plan.lines });
      samples.unchanged.push(same.ms);
      console.log(
        `round ${round + 1}: baseline ${b.ms.toFixed(0)} ms, new ${created.ms.toFixed(0)} ms, updated ${updated.ms.toFixed(0)} ms, unchanged ${same.ms.toFixed(0)} ms`,
      );
    }
    const base = median(samples.baseline);
    console.log(
      `\n| ${plan.lines.toLocaleString('en')} lines, ${plan.rounds} rounds | median | max | ÷ baseline median | ≤ ${LIMIT_MS / 1000} s |`,
    );
    console.log('|---|---|---|---|---|');
    const row = (name, xs, ratio) =>
      console.log(
        `| ${name} | ${(median(xs) / 1000).toFixed(2)} s | ${(Math.max(...xs) / 1000).toFixed(2)} s | ${ratio ? `${(median(xs) / base).toFixed(1)}×` : ''} | ${ratio ? (Math.max(...xs) <= LIMIT_MS ? 'met' : 'NOT met') : ''} |`,
      );
    row('baseline: bare INSERT of the same rows (one batch)', samples.baseline, false);
    row('import: all new', samples.created, true);
    row('import: all matched, one field changed', samples.updated, true);
    row('import: all matched, nothing to write', samples.unchanged, true);
    const slowest = Math.max(...samples.created, ...samples.updated, ...samples.unchanged);
    writeHeadline(
      'import',
      [
        limitRow(
          `import of ${plan.lines.toLocaleString('en-US')} lines, slowest of new / updated / unchanged`,
          slowest / 1000,
          's',
          LIMIT_MS / 1000,
          Math.max(...samples.baseline) / 1000,
        ),
      ],
      `${plan.lines} lines, ${plan.rounds} rounds`,
    );
    writeRawSamples('import', machine, { plan, machine, samples });
    await real.stop();
    await baseline.stop();
  } finally {
    stopAll();
    if (process.env.BENCH_KEEP === '1') console.log(`kept: ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  stopAll();
  process.exit(1);
});
