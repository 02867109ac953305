// Secrets are not in wrangler.jsonc, so `wrangler types` cannot see them: declared here.
// Set with `wrangler secret put BOOTSTRAP_SECRET` (deployed) or in server/.dev.vars (local).
// Both interfaces are extended: the app's bindings use the global `Env`, `cloudflare:test` uses `Cloudflare.Env`.
declare namespace Cloudflare {
  interface Env {
    /** Lets POST /v1/bootstrap create the first organisation; unset, the endpoint does not exist. */
    BOOTSTRAP_SECRET?: string;
  }
}
interface Env {
  BOOTSTRAP_SECRET?: string;
}
