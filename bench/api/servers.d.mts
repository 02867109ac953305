/** Types of servers.mjs, so TypeScript callers (the sync e2e and benchmark) share its way of starting wrangler. */
export interface StartedWorker {
  name: string;
  baseUrl: string;
  logFile: string;
  stop(): Promise<void>;
}
export function stopAll(): void;
export function applyMigrations(opts: { config: string; env?: string; persistTo: string }): void;
export function startWorker(opts: {
  name: string;
  config: string;
  env?: string;
  port: number;
  persistTo: string;
  vars?: Record<string, string>;
}): Promise<StartedWorker>;
export function assertPortFree(port: number): Promise<void>;
export const BENCH_PORTS: { real: number; baseline: number };
export function startPair(
  tmp: string,
  ports?: { real: number; baseline: number },
): Promise<{ baseline: StartedWorker; real: StartedWorker; token: string }>;
