import path from 'node:path';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = import.meta.dirname;

/**
 * Two projects: `server` runs inside workerd with a real D1 and the real migrations: the API's tests
 * (tests/server) and the extension's clients against the real worker (tests/integration);
 * `unit` runs shared and extension code in Node with fake-indexeddb and WXT's fake browser.
 */
export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.join(root, 'server/migrations'));
  return {
    test: {
      projects: [
        {
          plugins: [
            cloudflareTest({
              main: './server/src/index.ts',
              wrangler: { configPath: './server/wrangler.jsonc' },
              miniflare: { bindings: { TEST_MIGRATIONS: migrations, BOOTSTRAP_SECRET: 'test-bootstrap-secret' } },
            }),
          ],
          // SIM_SCHEDULES / SIM_SEED reach the sync simulation (tests/integration/sync-simulation.test.ts) as import.meta.env.
          envPrefix: ['VITE_', 'SIM_'],
          test: {
            name: 'server',
            include: ['tests/server/**/*.test.ts', 'tests/integration/**/*.test.ts'],
            setupFiles: ['tests/server/apply-migrations.ts'],
            // ret (the regex tokenizer of shared/regex-safety.ts) is CommonJS: esbuild turns it into an
            // ES module as wrangler's bundle does (workerd's CommonJS shim trips over its re-exports).
            deps: { optimizer: { ssr: { enabled: true, include: ['ret'] } } },
          },
        },
        {
          plugins: [WxtVitest()],
          test: {
            name: 'unit',
            include: ['tests/shared/**/*.test.ts', 'tests/extension/**/*.test.ts'],
            environment: 'happy-dom',
            setupFiles: ['fake-indexeddb/auto'],
          },
        },
      ],
    },
  };
});
