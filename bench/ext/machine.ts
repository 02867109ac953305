import { execFile } from 'node:child_process';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { promisify } from 'node:util';
import { CHROMIUM_PATH } from '../../tests/e2e/support/launch.ts';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  chromium: string;
  node: string;
  /** 1-minute load average when the run started: the machine is shared, so figures move with it. */
  loadAverage: number;
}

/** What the figures were measured on (they mean little without it). */
export async function machine(): Promise<Machine> {
  const { stdout } = await promisify(execFile)(CHROMIUM_PATH, ['--version']);
  return {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    chromium: stdout.trim(),
    node: process.version,
    loadAverage: Math.round(loadavg()[0]! * 10) / 10,
  };
}
