import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { FieldsOf, YearlyFigures } from '../../shared/records';
import type { KartePageView } from '../db/karte-page-queries';
import type { SupportWrites } from '../db/support-writes';
import type { Founding, SupportKind } from '../karte/support-kinds';
import { orderedSupport } from '../karte/support-order';
import type { Message, MessageKey } from '../locales/languages';
import type { Notice } from './notice';

/** Which support-record form is open on the karte (one at a time): a new record of a kind, or an edit of one. */
export type SupportEditing = { kind: SupportKind; id: string | null } | null;

type Run = (w: { support: SupportWrites }) => Promise<unknown>;

export interface SupportActionDeps {
  businessId: string;
  view: ReadonlySignal<KartePageView | null>;
  /** The karte page's write: the outcome becomes its notice; false when refused. */
  write: (run: Run, success: MessageKey, params?: Record<string, string>) => Promise<boolean>;
  /** A write the undo toast can take back. */
  undoable: (run: Run, done: Message, back: Run, undone: Message) => Promise<boolean>;
  /** Shows a notice without writing (a refusal decided here). */
  say: (notice: Notice) => void;
}

const EMPTY = { applications: [], dispatches: [], figures: [], demandEvents: [], founders: [] };

/**
 * The karte's support records (issue 13): the lists in the order the karte shows them, the one
 * form open, and their writes. Saving closes the form; a refused save keeps it open with what
 * was typed.
 */
export function createSupportActions(deps: SupportActionDeps) {
  const editing = signal<SupportEditing>(null);
  const lists = computed(() => orderedSupport(deps.view.value?.support ?? EMPTY));
  const close = () => (editing.value = null);
  const saved = (ok: boolean) => {
    if (ok) close();
    return ok;
  };

  async function save<K extends SupportKind>(kind: K, id: string | null, fields: Partial<FieldsOf<K>>): Promise<boolean> {
    const run: Run = (w) =>
      id === null ? w.support.create(kind, { ...fields, businessId: deps.businessId }) : w.support.update(kind, id, fields);
    return saved(await deps.write(run, 'support.saved'));
  }

  return {
    editing,
    lists,
    open(kind: SupportKind, id: string | null = null): void {
      editing.value = { kind, id };
    },
    close,
    save,
    /**
     * One record per 決算期: a new entry for a 決算期 recorded already edits that record — what
     * was typed replaces, what was left blank keeps its value (the form says so before saving);
     * moving a record onto another's 決算期 is refused here, as the server would.
     */
    async saveFigures(id: string | null, fields: Omit<YearlyFigures, 'businessId' | 'deleted'>, periodText: string): Promise<boolean> {
      const same = lists.value.figures.find((f) => f.fiscalPeriod === fields.fiscalPeriod && f.id !== id);
      if (!same) return save('yearlyFigures', id, fields);
      if (id !== null) {
        deps.say({ tone: 'error', message: { key: 'figures.periodTaken', params: { period: periodText } } });
        return false;
      }
      const typed = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null));
      return save('yearlyFigures', same.id, typed as Partial<YearlyFigures>);
    },
    remove: (kind: SupportKind, id: string, what: string) =>
      deps.undoable(
        (w) => w.support.remove(kind, id),
        { key: 'support.deleted', params: { what } },
        (w) => w.support.restore(kind, id),
        { key: 'support.restored', params: { what } },
      ),
    createFounder: async (fields: Partial<FieldsOf<'founder'>>) =>
      saved(await deps.write((w) => w.support.createFounder(deps.businessId, fields), 'support.saved')),
    registerFounded: async (founderId: string, founding: Founding) =>
      saved(await deps.write((w) => w.support.registerFounded(founderId, founding), 'founder.registered', { name: founding.name })),
  };
}

export type SupportActions = ReturnType<typeof createSupportActions>;
