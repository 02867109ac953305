import type { IntegrationKeysApi } from '../state/integration-keys-store';
import { createApiClient, type ApiClientDeps } from './api-client';

/** The integration keys of the organisation page (docs/api.md), through the extension's one API client. */
export function createIntegrationKeysClient(deps: ApiClientDeps): IntegrationKeysApi {
  const { call } = createApiClient(deps);
  return {
    list: () => call('integrationKeys'),
    issue: (label, scope) => call('createIntegrationKey', { body: { label, scope } }),
    revoke: (id) => call('revokeIntegrationKey', { params: { id } }),
  };
}
