/** D1 allows at most 100 bound parameters per statement. */
export const MAX_PARAMS = 100;

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * The rows of one result of a batch, as the statement that read them selects them. D1 types every
 * result of a batch with one row type, so a batch mixing reads of different tables gets `unknown`
 * rows: the db helper that wrote the SELECT names its row type here, and nothing outside db/ has to.
 */
export const rowsOf = <Row>(result: D1Result): Row[] => result.results as Row[];
