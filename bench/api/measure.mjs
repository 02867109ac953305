/**
 * One round of the three measurements, taken on both targets at once: every request to one is
 * followed by the same request to the other (who goes first alternates), and each target's time
 * is the sum of its own requests. The machine is shared, so its load changes from second to
 * second; interleaving request by request puts both targets under the same load.
 * Request bodies are built before the clock starts: it covers the HTTP round trip and the worker.
 */
import { performance } from 'node:perf_hooks';
import { consultationFields } from './payload.mjs';

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `step(target, i)` for i = 0…n-1 on every target in turn, alternating who goes first. */
async function interleave(targets, n, step) {
  for (let i = 0; i < n; i++) {
    for (const target of i % 2 ? [...targets].reverse() : targets) await step(target, i);
  }
}

async function timed(fn) {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

/**
 * @param targets both targets of targets.mjs
 * @param plan `{ records, batch, pullPage, singles, warmup }`
 * @param seed first record number, so rounds send different (yet reproducible) texts
 * @returns one result per target
 */
export async function measureRound(targets, round, plan, seed) {
  const state = new Map();
  for (const target of targets) {
    await target.startRound(round);
    const fields = (n) => consultationFields(seed + n, target.businessId);
    const batches = [];
    for (let start = 0; start < plan.records; start += plan.batch) {
      const size = Math.min(plan.batch, plan.records - start);
      batches.push([target.encodePush(Array.from({ length: size }, (_, i) => fields(start + i))), size]);
    }
    const single = (n) => target.encodePush([fields(plan.records + n)]);
    state.set(target, { batches, single, pushMs: 0, pullMs: 0, pulled: 0, cursor: target.startCursor, hasMore: true, latencies: [] });
  }

  // 1. Push `records` consultations in batches of `batch`.
  await interleave(targets, state.get(targets[0]).batches.length, async (target, i) => {
    const s = state.get(target);
    const [ms] = await timed(() => target.send(...s.batches[i]));
    s.pushMs += ms;
  });

  // 2. Pull them back from the round's starting cursor, `pullPage` per request, until hasMore is false.
  const pages = Math.ceil(plan.records / plan.pullPage) + 1;
  await interleave(targets, pages, async (target) => {
    const s = state.get(target);
    if (!s.hasMore) return;
    const [ms, page] = await timed(() => target.pullPage(s.cursor, plan.pullPage));
    Object.assign(s, { pullMs: s.pullMs + ms, pulled: s.pulled + page.count, cursor: page.cursor, hasMore: page.hasMore });
  });

  // 3. One-record pushes, one after another, after a warm-up that is not counted.
  await interleave(targets, plan.warmup, (target, i) => target.send(state.get(target).single(i), 1));
  await interleave(targets, plan.singles, async (target, i) => {
    const s = state.get(target);
    const body = s.single(plan.warmup + i);
    const [ms] = await timed(() => target.send(body, 1));
    s.latencies.push(ms);
  });

  return targets.map((target) => {
    const s = state.get(target);
    if (s.hasMore || s.pulled !== plan.records) throw new Error(`${target.name}: pulled ${s.pulled} records, pushed ${plan.records}`);
    const latencies = s.latencies.sort((a, b) => a - b);
    return {
      target: target.name,
      round,
      pushRowsPerSec: plan.records / (s.pushMs / 1000),
      pullRowsPerSec: plan.records / (s.pullMs / 1000),
      singleP50Ms: percentile(latencies, 50),
      singleP99Ms: percentile(latencies, 99),
      singleMaxMs: latencies.at(-1),
      /** Every single-push latency, ascending, to look at the tail afterwards. */
      singleLatenciesMs: latencies.map((ms) => Math.round(ms * 10) / 10),
      pushBatchKiB: s.batches.reduce((sum, [body]) => sum + Buffer.byteLength(body), 0) / s.batches.length / 1024,
    };
  });
}
