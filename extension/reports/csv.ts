/**
 * CSV that opens correctly in Japanese Excel: UTF-8 with a BOM (without it Excel reads the file
 * as Shift_JIS and shows mojibake), CRLF line ends, every value quoted (quotes doubled, so commas
 * and line breaks inside a value stay inside its cell). A text value that Excel would run as a
 * formula (starting with = + - @, or a tab or carriage return that some readers skip) is written
 * with a leading apostrophe, so a business name such as 「=HYPERLINK(…)」 stays text. Numbers are
 * written as numbers, never guarded: -3 is a figure, not a formula.
 */
export type CsvValue = string | number | null;

export const CSV_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** One value as its quoted CSV field. */
export function csvField(value: CsvValue): string {
  if (value === null) return '""';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** The file's text: BOM, the rows (the first is the header), each ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return CSV_BOM + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** A column of a table written as CSV: its header and how a row gives its value. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvValue;
}

/** A table as a CSV file (the reports' tables and the export's files alike): the headers, then a line per row. */
export function csvTable<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  return toCsv([columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => c.value(row)))]);
}

/** A file name Windows accepts: characters it forbids become 「_」. */
export function csvFileName(...parts: string[]): string {
  return `${parts
    .filter(Boolean)
    .join('_')
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')}.csv`;
}
