import { ENDPOINTS, endpointOf, type Endpoint, type IntegrationScope } from '../../../shared';

/**
 * Whether an integration key of `scope` may make this request: only the endpoints the table
 * (shared/endpoints.ts) opens to that scope, so the OpenAPI document says the same; anything
 * else is refused.
 */
export function integrationAllows(scope: IntegrationScope, method: string, path: string): boolean {
  const name = endpointOf(method, path);
  return name !== null && (ENDPOINTS[name] as Endpoint).integration === scope;
}
