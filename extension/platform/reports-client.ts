import type { ReportData, ReportsApi } from '../state/reports-store';
import type { ReportKind } from '../reports/request';
import { createApiClient, type ApiClient, type ApiClientDeps, type ApiResult } from './api-client';

/** The endpoint of each report of the page. */
const ENDPOINT_OF = {
  consultations: 'consultationsReport',
  banso: 'bansoCasesReport',
  quality: 'karteQualityReport',
  disaster: 'disasterReport',
  startup: 'startupReport',
  plan: 'planReport',
  subsidies: 'subsidiesReport',
  dispatch: 'dispatchReport',
} as const satisfies Record<ReportKind, string>;

/** One report, with which report it is: the endpoint's own answer type goes with its kind. */
async function report(call: ApiClient['call'], kind: ReportKind, query: URLSearchParams): Promise<ApiResult<ReportData>> {
  const result = await call(ENDPOINT_OF[kind], { query });
  return result.ok ? { ok: true, value: { kind, report: result.value } as ReportData } : result;
}

/** The report endpoints (docs/api.md "Reports") as the reports page's store uses them. */
export function createReportsClient(deps: ApiClientDeps): ReportsApi {
  const { call } = createApiClient(deps);
  return {
    report: (kind, params) => report(call, kind, params),
    countRecords: (params) => call('consultationRecords', { query: params }),
    savePlanTargets: (body) => call('savePlanTargets', { body }),
  };
}
