import type { IntegrationScope } from '../../../shared';

/** What each scope of integration key may call (method and path under /v1); anything else is refused. */
const ALLOWED: Readonly<Record<IntegrationScope, readonly { method: string; path: RegExp }[]>> = {
  read: [
    { method: 'GET', path: /^\/v1\/businesses(\/[^/]+(\/consultations)?)?$/ },
    { method: 'GET', path: /^\/v1\/tags$/ },
    { method: 'GET', path: /^\/v1\/directory$/ },
  ],
  import: [{ method: 'POST', path: /^\/v1\/import\/businesses$/ }],
};

export const integrationAllows = (scope: IntegrationScope, method: string, path: string): boolean =>
  ALLOWED[scope].some((a) => a.method === method && a.path.test(path));
