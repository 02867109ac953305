import { existsSync, readdirSync } from 'node:fs';
import { extensionEntrypoints } from './paths.mjs';
import { run } from './run.mjs';

/** True once the extension has at least one WXT entrypoint to build. */
export function hasExtensionEntrypoints() {
  return existsSync(extensionEntrypoints) && readdirSync(extensionEntrypoints).length > 0;
}

/**
 * Builds the Chrome extension into .output/chrome-mv3 with the same command as `npm run build`.
 * @returns {Promise<'built' | 'absent' | 'failed'>}
 */
export async function buildExtension() {
  if (!hasExtensionEntrypoints()) return 'absent';
  return (await run('wxt', ['build'])) === 0 ? 'built' : 'failed';
}
