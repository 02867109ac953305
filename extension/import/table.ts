import { parse } from 'csv-parse/browser/esm/sync';

export type TableResult =
  | { ok: true; header: string[]; rows: { row: number; cells: string[] }[] }
  | { ok: false; reason: 'empty' }
  /** `line`: the line of the file where reading stopped (an unclosed quote, say). */
  | { ok: false; reason: 'malformed'; line: number };

/** Tab-separated when the first line has more tabs than commas (Excel's 「テキスト（タブ区切り）」), else CSV. */
const delimiterOf = (text: string) => {
  const first = text.slice(0, text.search(/\r?\n|$/));
  return (first.match(/\t/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? '\t' : ',';
};

/**
 * A file's rows as cells, the first being the header. Parsed by csv-parse (quoted cells with
 * commas and line breaks, "" inside quotes); rows may be shorter or longer than the header.
 * Rows are numbered as a spreadsheet numbers them (a cell with line breaks is still one row):
 * the header is row 1.
 */
export function readTable(text: string): TableResult {
  let records: string[][];
  try {
    records = parse(text, { delimiter: delimiterOf(text), bom: true, relax_column_count: true });
  } catch (err) {
    const line = (err as { lines?: unknown }).lines;
    return { ok: false, reason: 'malformed', line: typeof line === 'number' ? line : 1 };
  }
  const [header, ...rest] = records;
  if (!header || header.every((h) => h.trim() === '')) return { ok: false, reason: 'empty' };
  // Blank rows are left out but keep their number, so a problem names the row the spreadsheet shows.
  const rows = rest.map((cells, i) => ({ row: i + 2, cells })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  return { ok: true, header: header.map((h) => h.trim()), rows };
}
