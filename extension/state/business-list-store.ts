import { signal } from '@preact/signals';
import type { BusinessWrites } from '../db/business-writes';
import { RecordValidationError } from '../db/validation-error';
import { DEFAULT_LIST_VIEW, type BusinessListRow, type BusinessListView, type BusinessSortKey } from '../karte/business-list';
import type { DirectoryStore } from './directory-store';
import { createUndoOffer } from './undo-offer';

export interface BusinessListDeps {
  /** Calls back with every live business whenever one changes; returns the stop function. */
  observe: (onChange: (rows: BusinessListRow[]) => void) => () => void;
  writes: () => Promise<BusinessWrites>;
  /** The organisation's advisors: the 担当 column shows names. */
  directory: DirectoryStore;
}

/** The 事業者一覧: its rows, how they are filtered and sorted, the selection, delete with undo, merge. */
export function createBusinessListStore(deps: BusinessListDeps) {
  const rows = signal<BusinessListRow[] | null>(null);
  const view = signal<BusinessListView>(DEFAULT_LIST_VIEW);
  const selected = signal<readonly string[]>([]);
  /** The two businesses the merge dialog is open for. */
  const merging = signal<readonly [BusinessListRow, BusinessListRow] | null>(null);
  const undo = createUndoOffer();
  let stop: (() => void) | null = null;

  async function guarded(run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (e) {
      if (!(e instanceof RecordValidationError)) throw e;
      undo.say({ tone: 'error', message: { key: 'editor.invalid', params: { message: e.message } } });
    }
  }

  return {
    rows,
    view,
    selected,
    merging,
    undo,
    directory: deps.directory,
    start(): void {
      deps.directory.start();
      stop ??= deps.observe((next) => {
        rows.value = next;
        // A business deleted or merged elsewhere leaves the selection.
        const live = new Set(next.map((r) => r.business.id));
        if (selected.value.some((id) => !live.has(id))) selected.value = selected.value.filter((id) => live.has(id));
      });
    },
    setView(patch: Partial<BusinessListView>): void {
      view.value = { ...view.value, ...patch };
    },
    /** Sorts by `key`; the same column again turns the order round. Dates start newest first. */
    sortBy(key: BusinessSortKey): void {
      const v = view.value;
      view.value = { ...v, sort: key, descending: v.sort === key ? !v.descending : key === 'last' };
    },
    toggleSelected(id: string): void {
      selected.value = selected.value.includes(id) ? selected.value.filter((s) => s !== id) : [...selected.value, id];
    },
    remove: (row: BusinessListRow) =>
      guarded(async () => {
        const writes = await deps.writes();
        if (!(await writes.remove(row.business.id))) return;
        const name = row.business.name;
        undo.offer({ key: 'businesses.deleted', params: { name } }, () => writes.restore(row.business.id), {
          key: 'businesses.restored',
          params: { name },
        });
      }),
    /** Opens the merge dialog for the two selected businesses. */
    openMerge(): void {
      const picked = (rows.value ?? []).filter((r) => selected.value.includes(r.business.id));
      if (picked.length === 2) merging.value = [picked[0]!, picked[1]!];
    },
    closeMerge(): void {
      merging.value = null;
    },
    merge: (away: BusinessListRow, kept: BusinessListRow) =>
      guarded(async () => {
        const merged = await (await deps.writes()).merge(away.business.id, kept.business.id);
        merging.value = null;
        if (!merged) {
          undo.say({ tone: 'error', message: { key: 'merge.failed' } });
          return;
        }
        selected.value = [];
        undo.say({ tone: 'success', message: { key: 'merge.done', params: { away: away.business.name, kept: kept.business.name } } });
      }),
    dispose(): void {
      stop?.();
      stop = null;
      deps.directory.dispose();
    },
  };
}

export type BusinessListStore = ReturnType<typeof createBusinessListStore>;
