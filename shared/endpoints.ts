import { ADMIN_ENDPOINTS } from './endpoints-admin';
import { CORE_ENDPOINTS } from './endpoints-core';
import { EXCHANGE_ENDPOINTS } from './endpoints-exchange';
import { REPORT_ENDPOINTS } from './endpoints-reports';
import type { Endpoint } from './endpoint';

export { type Endpoint, type EndpointAuth, healthResponse, type HealthResponse, openApiDocumentShape } from './endpoint';

/**
 * Every endpoint of the Worker, by operationId: the one source from which the OpenAPI document
 * (shared/openapi.ts) and the extension's client (extension/platform/api-client.ts) are derived.
 * A route the server has and this table lacks fails tests/server/openapi-contract.test.ts.
 */
export const ENDPOINTS = { ...CORE_ENDPOINTS, ...REPORT_ENDPOINTS, ...EXCHANGE_ENDPOINTS, ...ADMIN_ENDPOINTS } as const satisfies Record<
  string,
  Endpoint
>;

export type Endpoints = typeof ENDPOINTS;
export type EndpointName = keyof Endpoints;

/**
 * The error statuses an endpoint can answer, all with errorBody: those of its kind (any input
 * can be refused; a body can be too big or not UTF-8 JSON; a token can be missing or rate-limited,
 * of a role too low, or an integration key of another scope) and its own.
 */
export function errorStatuses(e: Endpoint): number[] {
  const statuses = new Set<number>([500, ...(e.errors ?? [])]);
  if (e.params || e.query || e.body) statuses.add(400);
  if (e.body) [413, 415].forEach((s) => statuses.add(s));
  if (e.auth.kind !== 'public' || e.body) statuses.add(429);
  if (e.auth.kind !== 'public') statuses.add(401);
  // A role too low, or an integration key outside its scope (any endpoint of a token).
  if (e.auth.kind === 'token') statuses.add(403);
  return [...statuses].sort((a, b) => a - b);
}

/** Path templates as patterns: `{id}` is one path segment. */
const PATTERNS = Object.entries(ENDPOINTS).map(([name, e]) => ({
  name: name as EndpointName,
  method: e.method.toUpperCase(),
  pattern: new RegExp(`^${e.path.replace(/\{\w+\}/g, '[^/]+')}$`),
}));

/** The endpoint a request is for (`GET`, `/v1/businesses/0190…`), or null when the table has none. */
export function endpointOf(method: string, path: string): EndpointName | null {
  return PATTERNS.find((p) => p.method === method && p.pattern.test(path))?.name ?? null;
}
