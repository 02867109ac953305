/**
 * One round of the three measurements against one target. Request bodies are built before
 * each timed loop, so the clock covers the HTTP round trips and the worker, not the generator.
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

/**
 * @param target one of targets.mjs
 * @param plan `{ records, batch, pullPage, singles, warmup }`
 * @param seed first record number, so rounds send different (yet reproducible) texts
 */
export async function measureRound(target, round, plan, seed) {
  await target.startRound(round);
  const fields = (n) => consultationFields(seed + n, target.businessId);

  // 1. Push `records` consultations in batches of `batch`.
  const bodies = [];
  for (let start = 0; start < plan.records; start += plan.batch) {
    const size = Math.min(plan.batch, plan.records - start);
    bodies.push([target.encodePush(Array.from({ length: size }, (_, i) => fields(start + i))), size]);
  }
  const bytes = bodies.reduce((sum, [body]) => sum + Buffer.byteLength(body), 0);
  let t0 = performance.now();
  for (const [body, size] of bodies) await target.send(body, size);
  const pushSeconds = (performance.now() - t0) / 1000;

  // 2. Pull them back from the round's starting cursor, `pullPage` per request.
  t0 = performance.now();
  const pulled = await target.pullAll(plan.pullPage);
  const pullSeconds = (performance.now() - t0) / 1000;
  if (pulled !== plan.records) throw new Error(`${target.name}: pulled ${pulled} records, pushed ${plan.records}`);

  // 3. One-record pushes, one after another, after a warm-up that is not counted.
  const single = (n) => target.encodePush([fields(plan.records + n)]);
  for (let i = 0; i < plan.warmup; i++) await target.send(single(i), 1);
  const latencies = [];
  for (let i = 0; i < plan.singles; i++) {
    const body = single(plan.warmup + i);
    const start = performance.now();
    await target.send(body, 1);
    latencies.push(performance.now() - start);
  }
  latencies.sort((a, b) => a - b);

  return {
    target: target.name,
    round,
    pushRowsPerSec: plan.records / pushSeconds,
    pushSeconds,
    pushBodyMiB: bytes / 1024 / 1024,
    pullRowsPerSec: plan.records / pullSeconds,
    pullSeconds,
    singleP50Ms: percentile(latencies, 50),
    singleP99Ms: percentile(latencies, 99),
    singleMaxMs: latencies.at(-1),
  };
}
