import Dexie from 'dexie';

/**
 * Calls `onWrite` after a transaction that changed one of `tables` of the database `dbName`
 * commits — in this page, or (Dexie forwards the event over a BroadcastChannel) in another
 * page or the background while this one runs. Returns the stop function.
 */
export function onTablesWritten(dbName: string, tables: readonly string[], onWrite: () => void): () => void {
  const prefixes = tables.map((t) => `idb://${dbName}/${t}/`);
  const listener = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((key) => prefixes.some((p) => key.startsWith(p)))) onWrite();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
