import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR } from './launch';

/**
 * Playwright's global setup: the specs open portal fixtures and the API on http://localhost:8787,
 * which only a development build's manifest grants (extension/manifest.ts). A production build
 * (`npm run build`, `npx wxt zip`) would fail every spec on a permission; say so once instead.
 */
export default function checkBuild(): void {
  const file = path.join(EXTENSION_DIR, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { host_permissions?: string[] };
  if (!manifest.host_permissions?.includes('http://localhost:8787/*')) {
    throw new Error(`${file} is a production build (no local API access): build with \`npm run build:dev\` (npm run test:e2e does)`);
  }
}
