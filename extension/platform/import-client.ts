import { importBusinessesResponse, type ImportBusinessesRequest } from '../../shared/business-import';
import type { ImportApi } from '../state/import-store';
import { createApiCall, type ApiCallDeps } from './api-call';

/** `POST /v1/import/businesses` as the import page calls it; a 422 is an answer (the problems of the file), not a failure. */
export function createImportClient(deps: ApiCallDeps): ImportApi {
  const call = createApiCall(deps);
  return {
    importBusinesses: (body: ImportBusinessesRequest) =>
      call({ method: 'POST', path: '/v1/import/businesses', body, answers: [422] }, importBusinessesResponse),
  };
}
