import type { CsvValue } from './csv';
import type { DrillTarget } from './request';

/**
 * A report as the page shows it: tables of cells, each table also a chart and a CSV file. The
 * HTML table, the chart and the CSV are made from the same model, so what is downloaded is what
 * is on screen. Cells hold text a person reads (names, never ids); a figure also holds its number
 * and what lists the records behind it.
 */
export interface ReportCell {
  /** As shown, and in the CSV for a text cell. */
  text: string;
  /** A figure: right-aligned, written to the CSV as a number. */
  value?: number;
  /** A link (a karte). */
  href?: string;
  /** The records behind the figure. */
  drill?: DrillTarget;
  /** What the drill-down list is titled. */
  drillTitle?: string;
  /** Something needs attention now: its row is marked (on screen and in print). */
  warning?: boolean;
}

export interface ReportColumn {
  label: string;
  numeric?: boolean;
}

export interface ReportChart {
  /** Bars across (categories with long names) or columns up (months, in order). */
  orientation: 'horizontal' | 'vertical';
  /** Columns of the table drawn as series (the label is column 0). */
  series: number[];
}

export interface ReportTable {
  /** Stable id (element ids, file names). */
  id: string;
  title: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
  /** A total row, shown last and written last. */
  footer?: ReportCell[];
  chart?: ReportChart;
  /** A line under the title: how the figures are counted. */
  note?: string;
}

export const textCell = (text: string, href?: string): ReportCell => (href ? { text, href } : { text });

export function numberCell(value: number, drill?: DrillTarget, drillTitle?: string): ReportCell {
  const cell: ReportCell = { text: value.toLocaleString('ja-JP'), value };
  if (drill && value > 0) {
    cell.drill = drill;
    if (drillTitle) cell.drillTitle = drillTitle;
  }
  return cell;
}

/** The table's CSV rows: the header, the rows, the total row. */
export function csvRows(table: ReportTable): CsvValue[][] {
  const cell = (c: ReportCell): CsvValue => c.value ?? c.text;
  return [table.columns.map((c) => c.label), ...table.rows.map((r) => r.map(cell)), ...(table.footer ? [table.footer.map(cell)] : [])];
}
