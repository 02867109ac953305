import type { AuditPage } from '../../shared/audit';
import type { ExportDocument, ExportScope } from '../../shared/export-format';
import type { AuditApi } from '../state/audit-store';
import type { ExportApi } from '../state/export-store';
import { createApiClient, type ApiClientDeps, type ApiResult } from './api-client';

/**
 * The export: the document parsed with the shared schema, and its text as the server wrote it
 * (saved as is). A stream cut off part-way is not valid JSON: `bad_response`, never a short file.
 */
export function createExportClient(deps: ApiClientDeps): ExportApi {
  const { callKeepingText } = createApiClient(deps);
  return {
    async exportRecords(scope: ExportScope, sensitive: boolean): Promise<ApiResult<{ doc: ExportDocument; json: string }>> {
      // A whole organisation streams for seconds on a good line, longer on a poor one: not the usual 30 s.
      const result = await callKeepingText(
        'exportRecords',
        { query: { scope, sensitive: sensitive ? '1' : '0' } },
        { timeoutMs: 10 * 60_000 },
      );
      return result.ok ? { ok: true, value: { doc: result.value.value, json: result.value.text } } : result;
    },
  };
}

/** The audit log's pages (GET /v1/admin/audit), through the extension's one API client. */
export function createAuditClient(deps: ApiClientDeps): AuditApi {
  const { call } = createApiClient(deps);
  return {
    page: (params: URLSearchParams): Promise<ApiResult<AuditPage>> => call('auditLog', { query: params }),
  };
}
