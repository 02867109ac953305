import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useFastTasks } from './fast-tasks';
import { runSchedule, type ScheduleResult } from './schedule';

/**
 * Issue 4's deterministic simulation: SIM_SCHEDULES seeded schedules in all (default 1000),
 * each of three clients running the real engine on fake-indexeddb against the real worker +
 * D1, with seeded faults. SIM_SEED=<n> replays one schedule and prints its log. A suite can
 * be split into parts (one per test file) where the runner has cores for them.
 */
// vitest.config.ts passes SIM_* variables through as import.meta.env.
const env = (import.meta as unknown as { env: Record<string, string | undefined> }).env;
const SCHEDULES = Number(env.SIM_SCHEDULES ?? 1000);
const ONLY = env.SIM_SEED === undefined ? null : Number(env.SIM_SEED);
const FIRST = Number(env.SIM_FIRST_SEED ?? 1);
/** Schedules run side by side within a part: each has its own organisation and databases, so they cannot meet. */
const PARALLEL = Number(env.SIM_PARALLEL ?? 4);
const STEPS = Number(env.SIM_STEPS ?? 10);
const CHUNK = 50;

const replay = (seed: number) => `SIM_SEED=${seed} npx vitest run --project server tests/integration/sync-simulation.test.ts`;

function report(failed: ScheduleResult[]): string {
  return failed.map((f) => `seed ${f.seed} failed — replay: ${replay(f.seed)}\n  ${f.problems.slice(0, 8).join('\n  ')}`).join('\n');
}

export function simulationSuite(part: number, parts: number): void {
  describe(parts === 1 ? 'sync simulation' : `sync simulation (part ${part + 1} of ${parts})`, () => {
    let restoreTasks: () => void;
    beforeAll(() => {
      restoreTasks = useFastTasks();
    });
    afterAll(() => restoreTasks());

    if (ONLY !== null) {
      it(`replays seed ${ONLY}`, async () => {
        const result = await runSchedule(ONLY, STEPS);
        console.log(result.log.join('\n'));
        expect(result.problems, report([result])).toEqual([]);
      }, 120_000);
      return;
    }
    const from = FIRST + Math.floor((SCHEDULES * part) / parts);
    const to = FIRST + Math.floor((SCHEDULES * (part + 1)) / parts);
    for (let start = from; start < to; start += CHUNK) {
      const end = Math.min(start + CHUNK, to);
      it(`seeds ${start}–${end - 1} converge with nothing lost or duplicated`, async () => {
        const failed: ScheduleResult[] = [];
        let next = start;
        const worker = async () => {
          while (next < end) {
            const result = await runSchedule(next++, STEPS);
            if (result.problems.length > 0) failed.push(result);
          }
        };
        await Promise.all(Array.from({ length: PARALLEL }, worker));
        failed.sort((a, b) => a.seed - b.seed);
        if (failed.length > 0) console.error(report(failed));
        expect(
          failed.map((f) => f.seed),
          report(failed),
        ).toEqual([]);
      }, 900_000);
    }
  });
}
