import { ApiError } from '../errors';

/**
 * Keyset position: the (sort key, id) of the last row of a page. Sent to clients as
 * base64url JSON so they treat it as opaque; pages never use OFFSET.
 */
export interface Keyset {
  key: string;
  id: string;
}

export function encodeCursor(position: Keyset): string {
  const bytes = new TextEncoder().encode(JSON.stringify([position.key, position.id]));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const badCursor = () =>
  new ApiError(400, 'validation_failed', 'カーソル（cursor）が正しくありません。前のページの nextCursor をそのまま指定してください', [
    { path: 'cursor', message: 'カーソルの形式が正しくありません' },
  ]);

/** The position a cursor names, or undefined for the first page; a tampered cursor is a 400. */
export function decodeCursor(cursor: string | undefined): Keyset | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  let parsed: unknown;
  try {
    const bin = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(Uint8Array.from(bin, (ch) => ch.charCodeAt(0))));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') throw badCursor();
  return { key: parsed[0], id: parsed[1] };
}

/**
 * Splits a query result fetched with `limit + 1` rows into the page and the cursor of
 * the next one (null on the last page).
 */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  position: (row: Row) => Keyset,
  toItem: (row: Row, index: number) => Item,
): { items: Item[]; nextCursor: string | null } {
  const pageRows = rows.slice(0, limit);
  const last = pageRows[pageRows.length - 1];
  const nextCursor = rows.length > limit && last !== undefined ? encodeCursor(position(last)) : null;
  return { items: pageRows.map(toItem), nextCursor };
}
