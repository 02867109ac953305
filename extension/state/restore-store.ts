import { signal } from '@preact/signals';
import { exportDocument, type ExportDocument } from '../../shared/export-format';
import { RESTORE_PART_RECORDS, type RestoreRequest, type RestoreResponse } from '../../shared/restore';
import type { ApiResult } from '../platform/api-client';
import type { Notice } from './notice';
import { failed } from './org-admin-store';

export interface RestoreApi {
  restore(body: RestoreRequest): Promise<ApiResult<RestoreResponse>>;
}

/** A chosen export as the page summarises it before restoring. */
export interface ChosenExport {
  name: string;
  document: ExportDocument;
  parts: number;
}

/**
 * Restoring a JSON export into this (empty) organisation: the file is checked with the export's
 * own schema, then sent in parts of RESTORE_PART_RECORDS records, in order. A part that fails
 * can be sent again from where it stopped (`next`), so nothing is sent twice.
 */
export function createRestoreStore(deps: { api: RestoreApi; changed?: () => void }) {
  const chosen = signal<ChosenExport | null>(null);
  const next = signal(0);
  const busy = signal(false);
  const done = signal(false);
  const notice = signal<Notice | null>(null);
  return {
    chosen,
    next,
    busy,
    done,
    notice,
    choose(name: string, text: string) {
      chosen.value = null;
      next.value = 0;
      done.value = false;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (err) {
        if (!(err instanceof SyntaxError)) throw err;
        notice.value = { tone: 'error', message: { key: 'restore.notJson' } };
        return;
      }
      const doc = exportDocument.safeParse(parsed);
      if (!doc.success) {
        notice.value = { tone: 'error', message: { key: 'restore.notExport' } };
        return;
      }
      if (doc.data.scope !== 'organisation' || doc.data.records.some((r) => r.redacted)) {
        notice.value = { tone: 'error', message: { key: 'restore.needsWhole' } };
        return;
      }
      notice.value = null;
      chosen.value = { name, document: doc.data, parts: Math.max(1, Math.ceil(doc.data.records.length / RESTORE_PART_RECORDS)) };
    },
    async restore(): Promise<void> {
      const c = chosen.value;
      if (!c || busy.value) return;
      busy.value = true;
      notice.value = null;
      try {
        const { document: d } = c;
        for (let index = next.value; index < c.parts; index++) {
          const records = d.records.slice(index * RESTORE_PART_RECORDS, (index + 1) * RESTORE_PART_RECORDS);
          const result = await deps.api.restore({
            source: { organisationId: d.organisation.id, exportedAt: d.exportedAt },
            part: { index, last: index === c.parts - 1 },
            advisors: index === 0 ? d.advisors : [],
            records,
          });
          if (!result.ok) {
            notice.value = failed(result);
            return;
          }
          next.value = index + 1;
        }
        done.value = true;
        notice.value = { tone: 'success', message: { key: 'restore.done', params: { count: d.records.length } } };
        deps.changed?.();
      } finally {
        busy.value = false;
      }
    },
  };
}

export type RestoreStore = ReturnType<typeof createRestoreStore>;
