/**
 * Reports benchmark (issue 13): every report of the API over 50,000 consultations and 5,000
 * businesses (with their actions, 補助金 applications, 専門家派遣, 決算の数値 and founders), beside a bare SQL GROUP BY of the same consultations in the same run (the bare
 * baseline worker, bench/baseline-worker: one table of JSON rows, `GET /report`: 延べ and 実数
 * by month). Both workers are started here on fresh local D1 databases with `wrangler dev`,
 * seeded through their own write paths, then each report and the baseline are timed in
 * alternation. Prints a markdown table and writes bench/results/reports-<time>.json.
 *
 *   npm run bench:reports
 *   BENCH_CONSULTATIONS=5000 BENCH_BUSINESSES=500 BENCH_SAMPLES=10 npm run bench:reports   (a quick check)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { limitRow, machineInfo, ratioRow, writeHeadline, writeRawSamples } from '../headline.mjs';
import os from 'node:os';
import { join } from 'node:path';
import { startPair, stopAll } from '../api/servers.mjs';
import { json, seedOrganisation, stats } from './seed.mjs';

const env = (name, fallback) => Number(process.env[name] ?? fallback);
const plan = {
  consultations: env('BENCH_CONSULTATIONS', 50_000),
  businesses: env('BENCH_BUSINESSES', 5_000),
  /** One consultation in this many gets a next action (karte quality reads them). */
  actionEvery: 3,
  applications: env('BENCH_APPLICATIONS', 2_000),
  dispatches: env('BENCH_DISPATCHES', 1_000),
  samples: env('BENCH_SAMPLES', 30),
  warmup: 3,
  batch: 100,
};
/** The 年度 measured: the second of the two the data spans (April 2026 – March 2027). */
const FY = 2026;
const REPORTS = ['consultations', 'banso-cases', 'karte-quality', 'disaster', 'plan', 'subsidies', 'expert-dispatch', 'startup'];
const LIMIT = { p95Ms: 500, ratio: 2 };

async function seed(real, baseline, token) {
  const { kinds, counts, seconds } = await seedOrganisation(real, token, plan);
  const consultations = kinds.consultation;
  for (let i = 0; i < consultations.length; i += plan.batch) {
    const rows = consultations.slice(i, i + plan.batch).map((c) => ({ id: c.recordId, data: c.fields }));
    await json(
      await fetch(`${baseline}/push`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ rows }) }),
      'baseline push',
    );
  }
  return {
    actions: counts.action,
    applications: counts.application,
    dispatches: counts.expertDispatch,
    figures: counts.yearlyFigures,
    founders: counts.founder,
    realSeconds: seconds,
  };
}

async function timed(url, headers = {}) {
  const t0 = performance.now();
  const res = await fetch(url, { headers });
  await json(res, url);
  return performance.now() - t0;
}

async function main() {
  const tmp = mkdtempSync(join(os.tmpdir(), 'bench-reports-'));
  const info = machineInfo();
  try {
    const { baseline, real, token } = await startPair(tmp);
    console.log(`seeding ${plan.businesses} businesses and ${plan.consultations} consultations …`);
    const seeded = await seed(real.baseUrl, baseline.baseUrl, token);
    console.log(
      `seeded (with ${seeded.actions} actions, ${seeded.applications} applications, ${seeded.dispatches} dispatches, ${seeded.figures} yearly figures, ${seeded.founders} founders) in ${seeded.realSeconds.toFixed(1)} s through the real push`,
    );

    const auth = { authorization: `Bearer ${token}` };
    // Only the reports this build has (a 404 is a report not built yet: left out, and said so).
    const reports = [];
    for (const name of REPORTS) {
      const res = await fetch(`${real.baseUrl}/v1/reports/${name}?fy=${FY}`, { headers: auth });
      if (res.status === 404) console.log(`(no /v1/reports/${name} in this build)`);
      else reports.push(name);
      await res.text();
    }
    const bare = `${baseline.baseUrl}/report?from=${FY}-04&to=${FY + 1}-03`;
    const samples = { baseline: [], ...Object.fromEntries(reports.map((r) => [r, []])) };
    for (let i = 0; i < plan.warmup + plan.samples; i++) {
      // Alternating: the bare GROUP BY, then each report, so a noisy moment hits both alike.
      const b = await timed(bare);
      if (i >= plan.warmup) samples.baseline.push(b);
      for (const name of reports) {
        const ms = await timed(`${real.baseUrl}/v1/reports/${name}?fy=${FY}`, auth);
        if (i >= plan.warmup) samples[name].push(ms);
      }
    }
    const base = stats(samples.baseline);
    const rows = [['baseline: bare GROUP BY (延べ・実数 by month)', base, null]];
    for (const name of reports) rows.push([`GET /v1/reports/${name}`, stats(samples[name]), null]);
    for (const row of rows.slice(1)) row[2] = row[1].p95 / base.p95;
    const fmt = (ms) => `${ms.toFixed(1)} ms`;
    console.log(`\n| | p50 | p95 | max | p95 ÷ baseline p95 | ≤ ${LIMIT.p95Ms} ms p95 | ≤ ${LIMIT.ratio}× |`);
    console.log('|---|---|---|---|---|---|---|');
    for (const [name, s, ratio] of rows) {
      const met = ratio === null ? ['', ''] : [s.p95 <= LIMIT.p95Ms ? 'met' : 'NOT met', ratio <= LIMIT.ratio ? 'met' : 'NOT met'];
      console.log(
        `| ${name} | ${fmt(s.p50)} | ${fmt(s.p95)} | ${fmt(s.max)} | ${ratio === null ? '' : `${ratio.toFixed(2)}×`} | ${met[0]} | ${met[1]} |`,
      );
    }
    const worst = rows.slice(1).reduce((a, b) => (b[2] > a[2] ? b : a));
    writeHeadline(
      'reports',
      [
        limitRow(`slowest report p95 (${worst[0].replace('GET /v1/reports/', '')})`, worst[1].p95, 'ms', LIMIT.p95Ms),
        ratioRow(`its p95 beside the bare GROUP BY`, worst[1].p95, base.p95, 'ms', { max: LIMIT.ratio }),
      ],
      `${plan.consultations} consultations, ${plan.businesses} businesses, ${plan.samples} samples`,
    );
    writeRawSamples('reports', info, { plan, fy: FY, machine: info, seeded, samples });
    await real.stop();
    await baseline.stop();
  } finally {
    stopAll();
    // BENCH_KEEP=1 keeps the databases and the workers' logs for a look afterwards.
    if (process.env.BENCH_KEEP === '1') console.log(`kept: ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  stopAll();
  process.exit(1);
});
