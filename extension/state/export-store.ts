import { signal } from '@preact/signals';
import type { ExportDocument, ExportScope } from '../../shared/export-format';
import { exportFiles, type ExportFile } from '../export/export-files';
import type { Translate } from '../locales/languages';
import type { ApiResult } from '../platform/api-client';
import type { Notice } from './notice';
import { failed } from './org-admin-store';

/** GET /v1/export (platform/export-client.ts). */
export interface ExportApi {
  exportRecords(scope: ExportScope, sensitive: boolean): Promise<ApiResult<{ doc: ExportDocument; json: string }>>;
}

export interface ExportDeps {
  api: ExportApi;
  /** Saves a file (platform/download.ts). */
  download: (fileName: string, text: string, type?: string) => void;
  /** May export the whole organisation (admins). */
  admin: boolean;
}

const JSON_TYPE = 'application/json;charset=utf-8';

/** データの書き出し: what to export, whether with 機微 text (off until asked for), and the files made. */
export function createExportStore(deps: ExportDeps) {
  const scope = signal<ExportScope>(deps.admin ? 'organisation' : 'own');
  const sensitive = signal(false);
  const busy = signal(false);
  const error = signal<Notice | null>(null);
  const files = signal<ExportFile[] | null>(null);
  const total = signal(0);

  function save(file: ExportFile): void {
    deps.download(file.fileName, file.text, file.kind === 'json' ? JSON_TYPE : undefined);
  }

  return {
    scope,
    sensitive,
    busy,
    error,
    files,
    total,
    admin: deps.admin,
    choose(next: ExportScope) {
      scope.value = deps.admin ? next : 'own';
      files.value = null;
    },
    /** Asks the server for the export; the files are made in the page's language. */
    async run(t: Translate): Promise<void> {
      busy.value = true;
      error.value = null;
      files.value = null;
      const result = await deps.api.exportRecords(scope.value, sensitive.value);
      busy.value = false;
      if (!result.ok) {
        error.value =
          result.reason === 'bad_response' && result.status === 200 ? { tone: 'error', message: { key: 'export.broken' } } : failed(result);
        return;
      }
      files.value = exportFiles(result.value.doc, result.value.json, t);
      total.value = result.value.doc.records.length;
    },
    save,
    saveAll(): void {
      for (const file of files.value ?? []) save(file);
    },
  };
}
export type ExportStore = ReturnType<typeof createExportStore>;
