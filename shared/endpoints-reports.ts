import { countsQuery, countsResponse } from './api';
import { planReport, planTargets, planTargetsRequest } from './plan-report';
import { countRecordsQuery } from './report-queries';
import { bansoCasesReport, consultationsReport, countRecordsPage, disasterReport, karteQualityReport } from './reports';
import { startupReport } from './startup-report';
import { dispatchReport, subsidiesReport } from './support-reports';

import { advisor, type Endpoint, manager, report } from './endpoint';

/**
 * The reports organisations file (shared/reports.ts and beside it), each read with reportQuery.
 * Part of ENDPOINTS (shared/endpoints.ts).
 */
export const REPORT_ENDPOINTS = {
  consultationCounts: {
    method: 'get',
    path: '/v1/reports/consultation-counts',
    summary: '相談件数 by channel, programme and advisor (the first summary)',
    auth: manager,
    query: countsQuery,
    responses: { 200: countsResponse },
  },
  consultationsReport: report('/v1/reports/consultations', '相談件数: 延べ and 実数 by every breakdown', consultationsReport),
  consultationRecords: {
    method: 'get',
    path: '/v1/reports/consultations/records',
    summary: 'The consultations behind one figure of 相談件数',
    auth: advisor,
    query: countRecordsQuery,
    responses: { 200: countRecordsPage },
    errors: [403],
  },
  bansoCasesReport: report('/v1/reports/banso-cases', '伴走支援 cases', bansoCasesReport),
  karteQualityReport: report('/v1/reports/karte-quality', 'カルテ品質: what the kartes lack', karteQualityReport),
  disasterReport: report('/v1/reports/disaster', '被災 businesses and their recovery', disasterReport),
  startupReport: report('/v1/reports/startup', '特定創業支援: founders and their sessions', startupReport),
  planReport: report('/v1/reports/plan', '経営発達支援計画: results against targets', planReport),
  savePlanTargets: {
    method: 'put',
    path: '/v1/reports/plan/targets',
    summary: "Set a 年度's targets of the 経営発達支援計画",
    auth: manager,
    body: planTargetsRequest,
    responses: { 200: planTargets },
  },
  subsidiesReport: report('/v1/reports/subsidies', '補助金 applications and their outcome', subsidiesReport),
  dispatchReport: report('/v1/reports/expert-dispatch', '専門家派遣: visits, hours and fees', dispatchReport),
} as const satisfies Record<string, Endpoint>;
