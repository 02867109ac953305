import type { ExportDocument, ExportRecord } from '../../shared/export-format';
import { jstDateOf } from '../../shared/fiscal-year';
import type { MessageKey, Translate } from '../locales/languages';
import { csvFileName, csvTable } from '../reports/csv';
import { columnsOf, CSV_KINDS, type CsvKind, type CsvNames } from './csv-columns';

/** One file of an export, ready to save. */
export interface ExportFile {
  kind: 'json' | CsvKind;
  fileName: string;
  text: string;
  /** Records in the file (the JSON: every record, deleted ones and tags too). */
  count: number;
}

const FILE_LABELS: Record<CsvKind, MessageKey> = {
  business: 'export.file.business',
  consultation: 'export.file.consultation',
  action: 'export.file.action',
  application: 'export.file.application',
  expertDispatch: 'export.file.expertDispatch',
  yearlyFigures: 'export.file.yearlyFigures',
  demandEvent: 'export.file.demandEvent',
  founder: 'export.file.founder',
};
export const fileLabel = (kind: CsvKind, t: Translate) => t(FILE_LABELS[kind]);

/** Names for the ids the records hold, from the export itself (its advisors, tags and businesses, deleted ones too). */
export function namesOf(doc: ExportDocument, t: Translate): CsvNames {
  const tags = new Map<string, string>();
  const businesses = new Map<string, string>();
  for (const r of doc.records) {
    const name = (r.data as { name?: unknown }).name;
    if (typeof name !== 'string') continue;
    if (r.kind === 'tag') tags.set(r.id, name);
    if (r.kind === 'business') businesses.set(r.id, name);
  }
  return { t, advisors: new Map(doc.advisors.map((a) => [a.id, a])), tags, businesses };
}

/** The file name's stem: the organisation, what, and the JST date of the export. */
const stem = (doc: ExportDocument, t: Translate) => [
  doc.organisation.name,
  t(doc.scope === 'organisation' ? 'export.scopeOrganisation' : 'export.scopeOwn'),
  jstDateOf(doc.exportedAt).replace(/-/g, ''),
];

/**
 * The files of an export: the JSON exactly as the server sent it (so it restores byte for byte),
 * and a CSV per kind of the live records (a deleted record is only in the JSON), oldest first.
 */
export function exportFiles(doc: ExportDocument, json: string, t: Translate): ExportFile[] {
  const names = namesOf(doc, t);
  const parts = stem(doc, t);
  const live = (kind: CsvKind): ExportRecord[] =>
    doc.records
      .filter((r) => r.kind === kind && (r.data as { deleted?: unknown }).deleted !== true)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const csv = CSV_KINDS.map((kind): ExportFile => {
    const rows = live(kind);
    return { kind, fileName: csvFileName(...parts, fileLabel(kind, t)), text: csvTable(columnsOf(kind, names), rows), count: rows.length };
  });
  const jsonName = `${csvFileName(...parts).replace(/\.csv$/, '')}.json`;
  return [{ kind: 'json', fileName: jsonName, text: json, count: doc.records.length }, ...csv];
}
