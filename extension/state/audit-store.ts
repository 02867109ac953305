import { signal } from '@preact/signals';
import type { AuditEntryView, AuditGroup, AuditPage } from '../../shared/audit';
import { jstDateOf } from '../../shared/fiscal-year';
import { auditColumns } from '../audit/describe';
import type { Translate } from '../locales/languages';
import type { ApiResult } from '../platform/api-client';
import { csvFileName, csvTable } from '../reports/csv';
import type { Notice } from './notice';
import { failed } from './org-admin-store';

/** GET /v1/admin/audit (platform/export-client.ts). */
export interface AuditApi {
  page(params: URLSearchParams): Promise<ApiResult<AuditPage>>;
}

/** The filters of the audit page; '' is 「すべて」 / no bound. */
export interface AuditFilters {
  group: AuditGroup | '';
  advisorId: string;
  from: string;
  to: string;
}
export const NO_AUDIT_FILTERS: AuditFilters = { group: '', advisorId: '', from: '', to: '' };

export interface AuditDeps {
  api: AuditApi;
  download: (fileName: string, text: string) => void;
  now?: () => Date;
}

const PAGE = 100;
/** The CSV follows the pages up to this many entries (a year of a large organisation's exports and reads). */
export const AUDIT_CSV_MAX = 50_000;

function params(f: AuditFilters, limit: number, cursor: string | null): URLSearchParams {
  const p = new URLSearchParams({ limit: String(limit) });
  if (f.group) p.set('group', f.group);
  if (f.advisorId) p.set('advisorId', f.advisorId);
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (cursor) p.set('cursor', cursor);
  return p;
}

/** 操作の記録: the filters, the entries shown so far (newest first), more on demand, and the whole filtered log as CSV. */
export function createAuditStore(deps: AuditDeps) {
  const filters = signal<AuditFilters>(NO_AUDIT_FILTERS);
  const entries = signal<AuditEntryView[] | null>(null);
  const nextCursor = signal<string | null>(null);
  const loading = signal(false);
  const downloading = signal(false);
  const error = signal<Notice | null>(null);
  let ticket = 0;

  async function fetchPage(append: boolean): Promise<void> {
    const mine = ++ticket;
    loading.value = true;
    error.value = null;
    const result = await deps.api.page(params(filters.value, PAGE, append ? nextCursor.value : null));
    // Filters changed while this page was on its way: its entries are for something no longer asked.
    if (mine !== ticket) return;
    loading.value = false;
    if (!result.ok) {
      error.value = failed(result);
      return;
    }
    entries.value = append ? [...(entries.value ?? []), ...result.value.items] : result.value.items;
    nextCursor.value = result.value.nextCursor;
  }

  return {
    filters,
    entries,
    nextCursor,
    loading,
    downloading,
    error,
    load: () => fetchPage(false),
    more: () => fetchPage(true),
    apply(next: AuditFilters): Promise<void> {
      filters.value = next;
      return fetchPage(false);
    },
    /** Every entry of the filters in force, as the table shows them, in a CSV for Excel. */
    async downloadCsv(t: Translate, advisorName: (id: string) => string | null): Promise<void> {
      downloading.value = true;
      error.value = null;
      const all: AuditEntryView[] = [];
      let cursor: string | null = null;
      do {
        const result = await deps.api.page(params(filters.value, 200, cursor));
        if (!result.ok) {
          downloading.value = false;
          error.value = failed(result);
          return;
        }
        all.push(...result.value.items);
        cursor = result.value.nextCursor;
      } while (cursor && all.length < AUDIT_CSV_MAX);
      downloading.value = false;
      const today = jstDateOf(deps.now?.() ?? new Date()).replace(/-/g, '');
      deps.download(csvFileName(t('audit.fileName'), today), csvTable(auditColumns(t, advisorName), all));
    },
  };
}
export type AuditStore = ReturnType<typeof createAuditStore>;
