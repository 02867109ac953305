import { importBusinessesResponse, type ImportBusinessesRequest } from '../../shared/business-import';
import { restoreResponse } from '../../shared/restore';
import type { ImportApi } from '../state/import-store';
import type { RestoreApi } from '../state/restore-store';
import { createApiCall, type ApiCallDeps } from './api-call';

/**
 * `POST /v1/import/businesses` and `POST /v1/import/restore` as the import page calls them; an
 * import's 422 is an answer (the problems of the file), not a failure.
 */
export function createImportClient(deps: ApiCallDeps): ImportApi & RestoreApi {
  const call = createApiCall(deps);
  return {
    importBusinesses: (body: ImportBusinessesRequest) =>
      call({ method: 'POST', path: '/v1/import/businesses', body, answers: [422] }, importBusinessesResponse),
    restore: (body) => call({ method: 'POST', path: '/v1/import/restore', body }, restoreResponse),
  };
}
