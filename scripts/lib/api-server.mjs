import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { binDir, root, wranglerConfig } from './paths.mjs';
import { toolEnv } from './run.mjs';

/** Resolves true when nothing listens on host:port (so wrangler can bind it). */
export function portIsFree(host, port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

/** Copies a stream line by line with a prefix, so the API's log stands apart from ours. */
function prefixLines(stream, out, prefix) {
  readline.createInterface({ input: stream }).on('line', (line) => out.write(`${prefix}${line}\n`));
}

/**
 * Starts `wrangler dev` (workerd + local D1) in its own process group. The group matters:
 * wrangler starts workerd as a child, and stopping only wrangler could leave workerd holding
 * the port. `stop()` signals the whole group, then kills it if it has not gone after a grace period.
 */
export function startApi({ host, port }) {
  const child = spawn(
    path.join(binDir, 'wrangler'),
    ['dev', '--config', wranglerConfig, '--ip', host, '--port', String(port), '--show-interactive-dev-session=false'],
    { cwd: root, env: toolEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  prefixLines(child.stdout, process.stdout, 'api │ ');
  prefixLines(child.stderr, process.stderr, 'api │ ');

  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let running = true;
  exited.then(() => (running = false));

  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch (err) {
      // ESRCH: the group is already gone, which is what we wanted.
      if (err.code !== 'ESRCH') throw err;
    }
  };

  return {
    exited,
    isRunning: () => running,
    /** Last-resort synchronous kill, for process 'exit' handlers that cannot await. */
    killNow: () => running && signalGroup('SIGKILL'),
    async stop(graceMs = 5000) {
      if (!running) return;
      signalGroup('SIGTERM');
      const timer = new Promise((resolve) => setTimeout(resolve, graceMs, 'timeout'));
      if ((await Promise.race([exited, timer])) === 'timeout') signalGroup('SIGKILL');
      await exited;
      // wrangler may exit before workerd does: make sure nothing of the group is left.
      signalGroup('SIGKILL');
    },
  };
}

/** Polls GET /health until it answers 200, the server exits, or the time runs out. */
export async function waitForHealth(baseUrl, server, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!server.isRunning()) return false;
    try {
      const res = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return true;
    } catch {
      // Not listening yet: keep polling until the deadline.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return false;
}
