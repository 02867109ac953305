/**
 * fake-indexeddb schedules each IndexedDB task with `setImmediate`, which workerd implements
 * as a timer of about a millisecond, making every Dexie call slow. Reading an empty Response
 * body completes on the next turn of workerd's event loop — after the microtask queue has
 * drained, which is what IndexedDB's transaction rules need — in microseconds, and in FIFO
 * order. The simulation installs this for its own run only.
 */
export function useFastTasks(): () => void {
  const g = globalThis as { setImmediate?: unknown };
  const original = g.setImmediate;
  g.setImmediate = (fn: (...args: unknown[]) => void, ...args: unknown[]) => {
    void new Response('').arrayBuffer().then(() => fn(...args));
  };
  return () => {
    g.setImmediate = original;
  };
}
