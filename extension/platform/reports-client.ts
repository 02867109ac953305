import type * as z from 'zod/mini';
import { bansoCasesReport, consultationsReport, countRecordsPage, disasterReport, karteQualityReport } from '../../shared/reports';
import { startupReport } from '../../shared/startup-report';
import { planReport, planTargets } from '../../shared/plan-report';
import { dispatchReport, subsidiesReport } from '../../shared/support-reports';
import type { ReportData, ReportsApi } from '../state/reports-store';
import { REPORT_PATHS, type ReportKind } from '../reports/request';
import { createApiCall, type ApiCallDeps } from './api-call';

const SCHEMAS: { [K in ReportKind]: z.ZodMiniType<Extract<ReportData, { kind: K }>['report']> } = {
  consultations: consultationsReport,
  banso: bansoCasesReport,
  quality: karteQualityReport,
  disaster: disasterReport,
  startup: startupReport,
  plan: planReport,
  subsidies: subsidiesReport,
  dispatch: dispatchReport,
};

/** The report endpoints (docs/api.md "Reports") as the reports page calls them; every answer checked with its shared schema. */
export function createReportsClient(deps: ApiCallDeps): ReportsApi {
  const call = createApiCall(deps);
  return {
    async report(kind, params) {
      const result = await call({ path: `${REPORT_PATHS[kind]}?${params}` }, SCHEMAS[kind] as z.ZodMiniType<ReportData['report']>);
      return result.ok ? { ok: true, value: { kind, report: result.value } as ReportData } : result;
    },
    countRecords: (params) => call({ path: `/v1/reports/consultations/records?${params}` }, countRecordsPage),
    savePlanTargets: (body) => call({ method: 'PUT', path: '/v1/reports/plan/targets', body }, planTargets),
  };
}
