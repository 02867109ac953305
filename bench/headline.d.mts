export interface HeadlineRow {
  measure: string;
  value: string;
  baseline: string | null;
  ratio: number | null;
  target: string;
  met: boolean;
}
export type Unit = 'ms' | 's' | 'KB' | 'MB' | 'rows/s';
export const RESULTS_DIR: string;
export function ratioRow(
  measure: string,
  value: number,
  baseline: number,
  unit: Unit,
  bound: { max?: number; min?: number },
  ratio?: number,
): HeadlineRow;
export function limitRow(measure: string, value: number, unit: Unit, max: number, baseline?: number | null): HeadlineRow;
export function writeHeadline(bench: string, rows: HeadlineRow[], scale: string): void;
