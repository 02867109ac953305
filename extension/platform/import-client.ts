import type { ImportBusinessesRequest } from '../../shared/business-import';
import type { ImportApi } from '../state/import-store';
import type { RestoreApi } from '../state/restore-store';
import { createApiClient, type ApiClientDeps } from './api-client';

/**
 * The import page's calls: a business list and the parts of a restore. An import's 422 is an
 * answer (the problems of the file, shared/endpoints.ts), not a failure.
 */
export function createImportClient(deps: ApiClientDeps): ImportApi & RestoreApi {
  const { call } = createApiClient(deps);
  return {
    importBusinesses: (body: ImportBusinessesRequest) => call('importBusinesses', { body }),
    restore: (body) => call('restoreExport', { body }),
  };
}
