import { computed, signal } from '@preact/signals';
import type { ImportBusinessesRequest, ImportBusinessesResponse, ImportProblem } from '../../shared/business-import';
import { suggestMapping, type ColumnTarget, type ImportSource } from '../import/columns';
import { advisorKey, convertRows, type ConvertedRow, type ConvertProblem } from '../import/convert';
import type { FileEncoding } from '../import/decode';
import { decodeFile } from '../import/decode';
import { readTable } from '../import/table';
import type { ApiResult } from '../platform/api-client';
import type { DirectoryStore } from './directory-store';
import type { Notice } from './notice';
import { failed } from './org-admin-store';

export interface ImportApi {
  importBusinesses(body: ImportBusinessesRequest): Promise<ApiResult<ImportBusinessesResponse>>;
}

export interface ImportDeps {
  api: ImportApi;
  /** Colleagues by name, for a 担当 column. */
  directory: DirectoryStore;
  /** Sync soon, so the imported businesses reach this device's business list. */
  changed?: () => void;
}

export interface LoadedFile {
  name: string;
  encoding: FileEncoding;
  header: readonly string[];
  rows: readonly { row: number; cells: readonly string[] }[];
}

/** A problem as the page lists it: a row, the column's header (null: the whole row) and the message. */
export type ShownProblem =
  | { row: number; column: string | null; cell: Extract<ConvertProblem, { code: string }> }
  | { row: number; column: string | null; message: string };

/** What checking found: problems (nothing may be written), or what writing would do. */
export type CheckOutcome =
  | { kind: 'problems'; problems: readonly ShownProblem[]; total: number }
  | { kind: 'ready'; created: number; updated: number; unchanged: number; lines: readonly ConvertedRow[] };

/**
 * The import page: read a file, map its columns (suggested from its headers and where it comes
 * from), check every row here and then on the server without writing, and write all or nothing.
 * Any change to the file, the source or the mapping forgets an earlier check.
 */
export function createImportStore(deps: ImportDeps) {
  const file = signal<LoadedFile | null>(null);
  const source = signal<ImportSource>('toas');
  const mapping = signal<readonly ColumnTarget[]>([]);
  const outcome = signal<CheckOutcome | null>(null);
  const written = signal<ImportBusinessesResponse | null>(null);
  const busy = signal(false);
  const notice = signal<Notice | null>(null);

  const forget = () => {
    outcome.value = null;
    written.value = null;
    notice.value = null;
  };
  const advisorsByName = computed(() => new Map(deps.directory.advisors.value.map((a) => [advisorKey(a.name), a.id])));
  const headerOf = (column: number | null) => (column === null ? null : (file.value?.header[column] ?? null));
  const fromServer = (problems: readonly ImportProblem[]): ShownProblem[] =>
    problems.map((p) => ({ row: p.line, column: headerOf(columnOfField(p.field, mapping.value)), message: p.message }));

  async function send(lines: readonly ConvertedRow[], dryRun: boolean): Promise<ImportBusinessesResponse | null> {
    busy.value = true;
    try {
      const result = await deps.api.importBusinesses({
        fileName: file.value!.name,
        dryRun,
        rows: lines.map((l) => ({ line: l.line, ...(l.recordId ? { recordId: l.recordId } : {}), fields: l.fields })),
      });
      if (!result.ok) {
        notice.value = failed(result);
        return null;
      }
      return result.value;
    } finally {
      busy.value = false;
    }
  }

  return {
    file,
    source,
    mapping,
    outcome,
    written,
    busy,
    notice,
    /** Reads a chosen file; a file that is not a table says so and keeps nothing of it. */
    load(name: string, bytes: Uint8Array) {
      forget();
      const { text, encoding } = decodeFile(bytes);
      const table = readTable(text);
      if (!table.ok) {
        file.value = null;
        notice.value =
          table.reason === 'empty'
            ? { tone: 'error', message: { key: 'import.fileEmpty' } }
            : { tone: 'error', message: { key: 'import.fileMalformed', params: { line: table.line } } };
        return;
      }
      file.value = { name, encoding, header: table.header, rows: table.rows };
      mapping.value = suggestMapping(table.header, source.value);
    },
    setSource(next: ImportSource) {
      source.value = next;
      if (file.value) mapping.value = suggestMapping(file.value.header, next);
      forget();
    },
    setTarget(column: number, target: ColumnTarget) {
      mapping.value = mapping.value.map((t, i) => (i === column ? target : t));
      forget();
    },
    /** Checks every row here, then on the server (nothing written). */
    async check() {
      forget();
      const f = file.value;
      if (!f) return;
      if (
        !mapping.value.includes('name') &&
        !mapping.value.includes('corporateNumber') &&
        !mapping.value.some((t) => t.startsWith('externalId:'))
      ) {
        notice.value = { tone: 'error', message: { key: 'import.needKey' } };
        return;
      }
      const { lines, problems } = convertRows(f.rows, mapping.value, advisorsByName.value);
      if (problems.length > 0) {
        const shown: ShownProblem[] = problems.map((p) =>
          'code' in p
            ? { row: p.row, column: headerOf(p.column), cell: p }
            : { row: p.row, column: headerOf(p.column), message: p.message },
        );
        outcome.value = { kind: 'problems', problems: shown, total: shown.length };
        return;
      }
      const answer = await send(lines, true);
      if (!answer) return;
      outcome.value =
        answer.problemCount > 0
          ? { kind: 'problems', problems: fromServer(answer.problems), total: answer.problemCount }
          : { kind: 'ready', created: answer.created, updated: answer.updated, unchanged: answer.unchanged, lines };
    },
    /** Writes the checked rows, all or none. */
    async write() {
      const checked = outcome.value;
      if (checked?.kind !== 'ready') return;
      const answer = await send(checked.lines, false);
      if (!answer) return;
      if (answer.problemCount > 0) {
        // Someone changed the organisation's businesses since the check: nothing was written.
        outcome.value = { kind: 'problems', problems: fromServer(answer.problems), total: answer.problemCount };
        return;
      }
      outcome.value = null;
      written.value = answer;
      deps.changed?.();
    },
  };
}

/** The column a field of the API's answer came from, under the mapping used. */
function columnOfField(field: string | null, mapping: readonly ColumnTarget[]): number | null {
  if (field === null) return null;
  const target =
    field === 'industryMiddle' ? 'industry' : field === 'assignedAdvisorId' ? 'assignedAdvisor' : field === 'id' ? 'recordId' : field;
  const i = mapping.findIndex((t) => t === target || (field === 'externalIds' && t.startsWith('externalId:')));
  return i === -1 ? null : i;
}

export type ImportStore = ReturnType<typeof createImportStore>;
