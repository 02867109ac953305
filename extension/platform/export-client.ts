import { auditPage, type AuditPage } from '../../shared/audit';
import { exportDocument, type ExportDocument, type ExportScope } from '../../shared/export-format';
import type { AuditApi } from '../state/audit-store';
import type { ExportApi } from '../state/export-store';
import { createApiCall, createApiTextCall, type ApiCallDeps, type ApiResult } from './api-call';

/**
 * GET /v1/export: the document as the server wrote it (saved as is) and parsed with the shared
 * schema. A stream cut off part-way is not valid JSON: that is `bad_response`, never a short file.
 */
export function createExportClient(deps: ApiCallDeps): ExportApi {
  const callText = createApiTextCall(deps);
  return {
    async exportRecords(scope: ExportScope, sensitive: boolean): Promise<ApiResult<{ doc: ExportDocument; json: string }>> {
      const result = await callText({ path: `/v1/export?scope=${scope}&sensitive=${sensitive ? 1 : 0}` });
      if (!result.ok) return result;
      let body: unknown;
      try {
        body = JSON.parse(result.value.text);
      } catch {
        return { ok: false, reason: 'bad_response', status: result.value.status };
      }
      const parsed = exportDocument.safeParse(body);
      return parsed.success ? { ok: true, value: { doc: parsed.data, json: result.value.text } } : { ok: false, reason: 'bad_response', status: result.value.status };
    },
  };
}

/** GET /v1/admin/audit, each page checked with the shared schema. */
export function createAuditClient(deps: ApiCallDeps): AuditApi {
  const call = createApiCall(deps);
  return {
    page: (params: URLSearchParams): Promise<ApiResult<AuditPage>> => call({ path: `/v1/admin/audit?${params}` }, auditPage),
  };
}
