import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { devVarsFile } from './paths.mjs';

const KEY = 'BOOTSTRAP_SECRET';

/** Reads one KEY=value line of a .dev.vars file (dotenv syntax, optional quotes). */
function readVar(text, key) {
  for (const line of text.split(/\r?\n/)) {
    const m = line.match(/^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$/);
    if (m && m[1] === key) return m[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return null;
}

/**
 * Makes sure server/.dev.vars (git-ignored; wrangler dev reads it) holds a random
 * BOOTSTRAP_SECRET. Created once and then kept, so the local API keeps accepting the same
 * secret across restarts; other lines a developer added are left alone.
 * @returns {{ secret: string, created: boolean }}
 */
export function ensureBootstrapSecret() {
  const text = existsSync(devVarsFile) ? readFileSync(devVarsFile, 'utf8') : '';
  const existing = readVar(text, KEY);
  if (existing) return { secret: existing, created: false };

  const secret = randomBytes(32).toString('base64url');
  const prefix = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  const header = text === '' ? '# Local secrets for `wrangler dev` (git-ignored). Created by npm start.\n' : '';
  writeFileSync(devVarsFile, `${header}${prefix}${KEY}=${secret}\n`, { mode: 0o600 });
  chmodSync(devVarsFile, 0o600);
  return { secret, created: true };
}
