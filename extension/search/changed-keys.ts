/**
 * Which records changed, from the notice Dexie sends every context of the extension after a
 * write commits (`Dexie.on('storagemutated')`, carried between pages, workers and the service
 * worker by a BroadcastChannel). Its parts are keyed `idb://<database>/<table>/<index>`; the
 * primary-key part ('' index) is a range set of the keys written. Dexie lists single keys for
 * small writes and a whole range for large ones (50 rows or more, a clear): then every row of
 * the table may have changed.
 */
export type TableChanges = Map<string, Set<string> | 'all'>;

/** A node of Dexie's range set as it arrives (a structured clone: plain objects). */
interface RangeNode {
  from?: unknown;
  to?: unknown;
  l?: RangeNode | null;
  r?: RangeNode | null;
}

/** Adds the keys of `node` to `keys`; false when it holds a range rather than single keys. */
function collect(node: RangeNode | null | undefined, keys: Set<string>): boolean {
  // An explicit stack: a range set of thousands of keys is a deep tree.
  const stack: RangeNode[] = node ? [node] : [];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!('from' in n)) continue; // an empty set
    if (typeof n.from !== 'string' || n.from !== n.to) return false;
    keys.add(n.from);
    if (n.l) stack.push(n.l);
    if (n.r) stack.push(n.r);
  }
  return true;
}

/** The changed primary keys of `tables` of database `dbName` in one notice. */
export function changedKeys(parts: unknown, dbName: string, tables: readonly string[]): TableChanges {
  const changes: TableChanges = new Map();
  if (typeof parts !== 'object' || parts === null) return changes;
  for (const table of tables) {
    const part = (parts as Record<string, RangeNode | undefined>)[`idb://${dbName}/${table}/`];
    if (!part) continue;
    const keys = new Set<string>();
    const exact = collect(part, keys);
    if (!exact) changes.set(table, 'all');
    else if (keys.size > 0) changes.set(table, keys);
  }
  return changes;
}

/** Folds `next` into `into` (notices that arrive while a catch-up runs are merged). */
export function mergeChanges(into: TableChanges, next: TableChanges): TableChanges {
  for (const [table, keys] of next) {
    const had = into.get(table);
    if (had === 'all' || keys === 'all') into.set(table, 'all');
    else if (had) for (const k of keys) had.add(k);
    else into.set(table, new Set(keys));
  }
  return into;
}
