// Test-only binding added in vitest.config.ts: the migrations applied by apply-migrations.ts.
declare namespace Cloudflare {
  interface Env {
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
  }
}
