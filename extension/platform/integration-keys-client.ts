import { createdIntegrationKey, integrationKeyList, integrationKeyView } from '../../shared/integration-keys';
import type { IntegrationKeysApi } from '../state/integration-keys-store';
import { createApiCall, type ApiCallDeps } from './api-call';

/** /v1/admin/integration-keys as the organisation page calls it; every answer checked with its shared schema. */
export function createIntegrationKeysClient(deps: ApiCallDeps): IntegrationKeysApi {
  const call = createApiCall(deps);
  return {
    list: () => call({ path: '/v1/admin/integration-keys' }, integrationKeyList),
    issue: (label, scope) => call({ method: 'POST', path: '/v1/admin/integration-keys', body: { label, scope } }, createdIntegrationKey),
    revoke: (id) => call({ method: 'DELETE', path: `/v1/admin/integration-keys/${encodeURIComponent(id)}` }, integrationKeyView),
  };
}
