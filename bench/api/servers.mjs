/**
 * Starts `wrangler dev` workers for the benchmark, each in its own process group so that
 * stopping it also stops workerd, and stops them all on exit, Ctrl-C or a failure.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootstrapToken } from './targets.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const ENV = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' };

/** Where startPair puts the real API and the bare baseline unless told otherwise. */
export const BENCH_PORTS = {
  real: Number(process.env.BENCH_PORT_REAL ?? 8788),
  baseline: Number(process.env.BENCH_PORT_BASELINE ?? 8789),
};
const running = new Set();

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch (err) {
    if (err.code !== 'ESRCH') throw err; // ESRCH: the group has already exited.
  }
}

/** Stops every worker still running; synchronous so it also works in an `exit` handler. */
export function stopAll() {
  for (const child of running) killGroup(child, 'SIGKILL');
  running.clear();
}

process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

/** `wrangler …` through the project's own binary (Node 22 is first on PATH under `npx`/`npm run`). */
function wranglerArgs(args) {
  return ['wrangler', ...args];
}

/** Applies a worker's D1 migrations to a fresh local database under `persistTo`. */
export function applyMigrations({ config, env, persistTo }) {
  const args = ['d1', 'migrations', 'apply', 'DB', '--local', '--config', config, '--persist-to', persistTo];
  if (env) args.push('--env', env);
  execFileSync('npx', wranglerArgs(args), { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
}

async function waitUntilUp(url, child, logFile, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // Not listening yet: wrangler is still bundling or workerd is starting.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const log = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
  throw new Error(`wrangler dev did not answer ${url} within ${timeoutMs / 1000} s:\n${log}`);
}

/**
 * Starts `wrangler dev` for `config` on 127.0.0.1:`port`, logging to `<persistTo>/wrangler.log`,
 * and resolves once GET /health answers. Request logging is off so it costs neither worker time.
 */
export async function startWorker({ name, config, env, port, persistTo, vars = {} }) {
  const logFile = join(persistTo, 'wrangler.log');
  const out = openSync(logFile, 'a');
  const args = [
    'dev',
    '--config',
    config,
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--persist-to',
    persistTo,
    '--inspector-port',
    String(port + 1000),
    '--log-level',
    'warn',
    '--show-interactive-dev-session=false',
  ];
  if (env) args.push('--env', env);
  for (const [key, value] of Object.entries(vars)) args.push('--var', `${key}:${value}`);
  const child = spawn('npx', wranglerArgs(args), { env: ENV, stdio: ['ignore', out, out], detached: true });
  running.add(child);
  child.on('exit', () => running.delete(child));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${baseUrl}/health`, child, logFile, 90_000);
  return {
    name,
    baseUrl,
    logFile,
    /** SIGTERM to the group, SIGKILL if it has not exited within 5 s. */
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      // npx exits before workerd does; make sure nothing of the group is left behind.
      killGroup(child, 'SIGKILL');
    },
  };
}

/** Fails early, with a clear message, if another process already listens on `port`. */
export function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () =>
      reject(new Error(`port ${port} is already in use; stop what listens there or set BENCH_PORT_REAL / BENCH_PORT_BASELINE`)),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/**
 * What a benchmark measures the real API beside: the bare baseline worker and the real API
 * (`--env bench`, a one-off bootstrap secret), each on a fresh local D1 database under `tmp`
 * (`tmp/baseline`, `tmp/real`), on `ports` (BENCH_PORTS by default), both checked free first. Resolves with both workers and
 * the token of the organisation bootstrapped on the real one. A worker started before a failure
 * is stopped by stopAll (on exit at the latest).
 */
export async function startPair(tmp, ports = BENCH_PORTS) {
  for (const port of [ports.baseline, ports.real]) await assertPortFree(port);
  const baselineConfig = join(ROOT, 'bench/baseline-worker/wrangler.jsonc');
  applyMigrations({ config: baselineConfig, persistTo: join(tmp, 'baseline') });
  const baseline = await startWorker({ name: 'baseline', config: baselineConfig, port: ports.baseline, persistTo: join(tmp, 'baseline') });

  const realConfig = join(ROOT, 'server/wrangler.jsonc');
  const secret = randomBytes(24).toString('hex');
  applyMigrations({ config: realConfig, env: 'bench', persistTo: join(tmp, 'real') });
  const real = await startWorker({
    name: 'real',
    config: realConfig,
    env: 'bench',
    port: ports.real,
    persistTo: join(tmp, 'real'),
    vars: { BOOTSTRAP_SECRET: secret },
  });
  return { baseline, real, token: await bootstrapToken(real.baseUrl, secret) };
}
