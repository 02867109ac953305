import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root and the files the set-up scripts read or write, declared once. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const wranglerConfig = path.join(root, 'server/wrangler.jsonc');
export const devVarsFile = path.join(root, 'server/.dev.vars');
export const devDir = path.join(root, '.dev');
export const tokenFile = path.join(devDir, 'token');
export const extensionEntrypoints = path.join(root, 'extension/entrypoints');
export const extensionOutput = path.join(root, '.output/chrome-mv3');
export const binDir = path.join(root, 'node_modules/.bin');

/** Shown to people: paths relative to the repository root. */
export const rel = (p) => path.relative(root, p) || '.';
