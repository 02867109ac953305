import { existsSync, readdirSync } from 'node:fs';
import { extensionEntrypoints } from './paths.mjs';
import { run, toolEnv } from './run.mjs';

/** True once the extension has at least one WXT entrypoint to build. */
export function hasExtensionEntrypoints() {
  return existsSync(extensionEntrypoints) && readdirSync(extensionEntrypoints).length > 0;
}

/**
 * Builds the Chrome extension into .output/chrome-mv3 as `npm run build:dev` does: the production
 * bundle (NODE_ENV=production: WXT would otherwise take the mode as NODE_ENV, and Preact's debug
 * build with it) whose manifest, in development mode, also grants the local API (extension/manifest.ts).
 * @returns {Promise<'built' | 'absent' | 'failed'>}
 */
export async function buildExtension() {
  if (!hasExtensionEntrypoints()) return 'absent';
  const code = await run('wxt', ['build', '--mode', 'development'], { env: toolEnv({ NODE_ENV: 'production' }) });
  return code === 0 ? 'built' : 'failed';
}
