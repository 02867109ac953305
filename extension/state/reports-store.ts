import { signal } from '@preact/signals';
import type {
  BansoCasesReport,
  ConsultationsReport,
  CountRecord,
  CountRecordsPage,
  DisasterReport,
  KarteQualityReport,
} from '../../shared/reports';
import type { StartupReport } from '../../shared/startup-report';
import type { PlanReport, PlanTargets, PlanTargetsRequest } from '../../shared/plan-report';
import type { DispatchReport, SubsidiesReport } from '../../shared/support-reports';
import type { ApiResult } from '../platform/api-client';
import { toCsv } from '../reports/csv';
import {
  currentFiscalYear,
  NO_FILTERS,
  reportParams,
  type DrillItem,
  type DrillTarget,
  type PeriodChoice,
  type ReportFilters,
  type ReportKind,
  type ReportRequest,
} from '../reports/request';
import { csvRows, type ReportTable } from '../reports/table-model';
import type { Notice } from './notice';
import { failed } from './org-admin-store';

/** A report's answer with which report it is. */
export type ReportData =
  | { kind: 'consultations'; report: ConsultationsReport }
  | { kind: 'banso'; report: BansoCasesReport }
  | { kind: 'quality'; report: KarteQualityReport }
  | { kind: 'disaster'; report: DisasterReport }
  | { kind: 'startup'; report: StartupReport }
  | { kind: 'plan'; report: PlanReport }
  | { kind: 'subsidies'; report: SubsidiesReport }
  | { kind: 'dispatch'; report: DispatchReport };

/** The report endpoints (platform/reports-client.ts). */
export interface ReportsApi {
  report(kind: ReportKind, params: URLSearchParams): Promise<ApiResult<ReportData>>;
  countRecords(params: URLSearchParams): Promise<ApiResult<CountRecordsPage>>;
  /** PUT /v1/reports/plan/targets (managers). */
  savePlanTargets(request: PlanTargetsRequest): Promise<ApiResult<PlanTargets>>;
}

/** A row of the list behind a figure: a consultation the server listed, or a record the report held. */
export type DrillRow = { kind: 'record'; record: CountRecord } | { kind: 'item'; item: DrillItem };

export interface DrillState {
  title: string;
  target: DrillTarget;
  rows: DrillRow[];
  total: number;
  nextCursor: string | null;
  loading: boolean;
  error: Notice | null;
}

export interface ReportsDeps {
  api: ReportsApi;
  /** Saves a file (platform/download.ts). */
  download: (fileName: string, text: string) => void;
  now?: () => Date;
}

/** The reports page: which report, for which period and filters, its answer, and the records behind a figure. */
export function createReportsStore(deps: ReportsDeps) {
  const now = deps.now ?? (() => new Date());
  const kind = signal<ReportKind>('consultations');
  const request = signal<ReportRequest>({ period: currentFiscalYear(now()), filters: NO_FILTERS });
  const data = signal<ReportData | null>(null);
  const loading = signal(false);
  const error = signal<Notice | null>(null);
  const drill = signal<DrillState | null>(null);
  let latest = 0;
  let drillTicket = 0;

  async function load(): Promise<void> {
    const ticket = ++latest;
    loading.value = true;
    error.value = null;
    const result = await deps.api.report(kind.value, reportParams(request.value));
    // A later choice already asked again: this answer is for something no longer on screen.
    if (ticket !== latest) return;
    loading.value = false;
    if (result.ok) data.value = result.value;
    else {
      data.value = null;
      error.value = failed(result);
    }
  }

  async function fetchDrill(state: DrillState, cursor: string | null): Promise<void> {
    if (state.target.kind !== 'figure') return;
    const ticket = ++drillTicket;
    drill.value = { ...state, loading: true, error: null };
    const { dim, key } = state.target;
    const result = await deps.api.countRecords(reportParams(request.value, { dim, key, cursor: cursor ?? undefined, limit: '100' }));
    if (ticket !== drillTicket || !drill.value) return;
    drill.value = result.ok
      ? {
          ...drill.value,
          loading: false,
          total: result.value.total,
          nextCursor: result.value.nextCursor,
          rows: [...drill.value.rows, ...result.value.items.map((record): DrillRow => ({ kind: 'record', record }))],
        }
      : { ...drill.value, loading: false, error: failed(result) };
  }

  return {
    kind,
    request,
    data,
    loading,
    error,
    drill,
    load,
    select(next: ReportKind): void {
      if (next === kind.value) return;
      kind.value = next;
      data.value = null;
      drill.value = null;
      void load();
    },
    setPeriod(period: PeriodChoice): void {
      request.value = { ...request.value, period };
      drill.value = null;
      void load();
    },
    setFilters(patch: Partial<ReportFilters>): void {
      request.value = { ...request.value, filters: { ...request.value.filters, ...patch } };
      drill.value = null;
      void load();
    },
    /** Lists the records behind a figure: those the report holds at once, a figure of 相談件数 from the server, page by page. */
    openDrill(target: DrillTarget, title: string): void {
      drillTicket++;
      if (target.kind === 'list') {
        drill.value = {
          title,
          target,
          rows: target.items.map((item) => ({ kind: 'item', item })),
          total: target.items.length,
          nextCursor: null,
          loading: false,
          error: null,
        };
        return;
      }
      void fetchDrill({ title, target, rows: [], total: 0, nextCursor: null, loading: true, error: null }, null);
    },
    async moreDrill(): Promise<void> {
      const state = drill.value;
      if (state?.nextCursor && !state.loading) await fetchDrill(state, state.nextCursor);
    },
    closeDrill(): void {
      drillTicket++;
      drill.value = null;
    },
    /** Saves the plan's targets of a 年度 and shows the report again with them; the server's refusal comes back as a notice. */
    async savePlanTargets(request: PlanTargetsRequest): Promise<Notice | null> {
      const result = await deps.api.savePlanTargets(request);
      if (!result.ok) return failed(result);
      if (kind.value === 'plan') await load();
      return null;
    },
    /** The table as a CSV file for Excel (reports/csv.ts). */
    downloadCsv(table: ReportTable, fileName: string): void {
      deps.download(fileName, toCsv(csvRows(table)));
    },
  };
}

export type ReportsStore = ReturnType<typeof createReportsStore>;
