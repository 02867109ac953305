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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** What the sort key of a list is: a date-time (created_at, heldAt) or a normalised name. */
export type KeyKind = 'datetime' | 'name';

const keyFits = (key: string, kind: KeyKind) => (kind === 'datetime' ? ISO_DATETIME.test(key) : key.length <= 1000);

/**
 * The position a cursor names, or undefined for the first page. A cursor that is not of the
 * form the API issues for this list (base64url of `[sort key, UUID]`) is a 400.
 */
export function decodeCursor(cursor: string | undefined, keyKind: KeyKind): Keyset | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  let parsed: unknown;
  try {
    const bin = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(Uint8Array.from(bin, (ch) => ch.charCodeAt(0))));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') throw badCursor();
  if (!UUID.test(parsed[1]) || !keyFits(parsed[0], keyKind)) throw badCursor();
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
