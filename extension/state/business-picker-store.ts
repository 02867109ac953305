import { computed, signal } from '@preact/signals';
import { normalizeForSearch } from '../../shared/text';
import type { LocalBusiness } from '../db/schema';
import { RecordValidationError } from '../db/validation-error';
import type { Notice } from './notice';

export interface BusinessPickerDeps {
  search: (query: string) => Promise<LocalBusiness[]>;
  get: (id: string) => Promise<LocalBusiness | null>;
  /** Creates a business from its name only: details can come later. */
  create: (name: string) => Promise<LocalBusiness>;
}

/** True when `business` is named exactly `query`, as search compares them (width, kana, case). */
const namedExactly = (business: LocalBusiness, query: string) => normalizeForSearch(business.name) === normalizeForSearch(query);

/** Finding (or registering) the business a consultation is about. */
export function createBusinessPickerStore(deps: BusinessPickerDeps) {
  const query = signal('');
  const results = signal<LocalBusiness[]>([]);
  /** The typed name may be registered: it is not blank and no business found has exactly that name. */
  const canCreate = computed(() => query.value.trim() !== '' && !results.value.some((b) => namedExactly(b, query.value)));
  const selected = signal<LocalBusiness | null>(null);
  const notice = signal<Notice | null>(null);
  let latest = 0;
  let searching: Promise<void> = Promise.resolve();

  return {
    query,
    results,
    canCreate,
    selected,
    notice,
    /** Searches as the advisor types; an answer to an older query never replaces a newer one. */
    setQuery(q: string): Promise<void> {
      query.value = q;
      const ticket = ++latest;
      searching = deps.search(q).then((found) => {
        if (ticket === latest) results.value = found;
      });
      return searching;
    },
    /** Resolves when the results answer the latest query (Enter must not act on stale hits). */
    async settled(): Promise<void> {
      let seen: Promise<void>;
      do {
        seen = searching;
        await seen;
      } while (seen !== searching);
    },
    async selectById(id: string | null): Promise<void> {
      selected.value = id ? await deps.get(id) : null;
    },
    select(business: LocalBusiness | null): void {
      selected.value = business;
      notice.value = null;
    },
    /**
     * Registers `name` as a new business and selects it; null (with a notice) when refused.
     * A business already named exactly so is selected instead of registering a twin.
     */
    async createNamed(name: string): Promise<LocalBusiness | null> {
      try {
        const created = (await deps.search(name)).find((b) => namedExactly(b, name)) ?? (await deps.create(name));
        selected.value = created;
        query.value = '';
        notice.value = null;
        return created;
      } catch (e) {
        if (!(e instanceof RecordValidationError)) throw e;
        notice.value = { tone: 'error', message: { key: 'editor.invalid', params: { message: e.message } } };
        return null;
      }
    },
  };
}

export type BusinessPickerStore = ReturnType<typeof createBusinessPickerStore>;
