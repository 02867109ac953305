import { spawn } from 'node:child_process';
import path from 'node:path';
import { binDir, root } from './paths.mjs';

/**
 * Environment for every tool the scripts start: the project's node_modules/.bin first on PATH,
 * so wrangler, wxt and vitest run on the pinned Node 22 even if this script was started with the
 * machine's own Node; and no wrangler metrics (the network is closed and nobody asked for them).
 */
export function toolEnv(extra = {}) {
  return {
    ...process.env,
    PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}`,
    WRANGLER_SEND_METRICS: 'false',
    ...extra,
  };
}

/**
 * Runs a tool from node_modules/.bin to completion with inherited output and resolves to its exit
 * code. stdin is closed on purpose: tools that would prompt (wrangler's "Ok to proceed?") then
 * take their non-interactive default instead of waiting forever.
 */
export function run(bin, args, { env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(path.join(binDir, bin), args, {
      cwd: root,
      env: env ?? toolEnv(),
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', (err) => {
      console.error(err.message);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}
