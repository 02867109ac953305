import { computed, signal } from '@preact/signals';
import type { Channel, KarteStatus, Programme } from '../../shared/enums';
import type { SearchClient } from '../search/client';
import type { SearchFilters } from '../search/filters';
import type { IndexState, ShownHit } from '../search/protocol';
import { readsAllSensitive, type Viewer } from '../org/viewer';

/** The filters as the form holds them ('' = not narrowed). */
export interface FilterForm {
  from: string;
  to: string;
  tagId: string;
  channel: Channel | '';
  programme: Programme | '';
  status: KarteStatus | '';
  /** Only consultations the viewer took part in. */
  mine: boolean;
}

export const NO_FILTERS: FilterForm = { from: '', to: '', tagId: '', channel: '', programme: '', status: '', mine: false };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The worker's filters for a form and a viewer: 機微 notes only for those who may read them. */
export function toSearchFilters(form: FilterForm, viewer: Viewer): SearchFilters {
  const f: SearchFilters = { includeSensitive: readsAllSensitive(viewer), viewerId: viewer.advisorId };
  if (DATE.test(form.from)) f.from = form.from;
  if (DATE.test(form.to)) f.to = form.to;
  if (form.tagId) f.tagIds = [form.tagId];
  if (form.channel) f.channels = [form.channel];
  if (form.programme) f.programmes = [form.programme];
  if (form.status) f.statuses = [form.status];
  if (form.mine && viewer.advisorId) f.advisorId = viewer.advisorId;
  return f;
}

const narrowed = (form: FilterForm) => Object.entries(form).some(([k, v]) => v !== NO_FILTERS[k as keyof FilterForm]);

export interface SearchStoreDeps {
  client: Pick<SearchClient, 'search' | 'onChanged' | 'onState' | 'state'>;
  viewer: Viewer;
  /** Quiet time after a keystroke before asking (results as you type, not one query per key). */
  debounceMs?: number;
  limit?: number;
  /** Opens a karte (at a consultation) in a tab of its own: where a hit goes when it cannot open in place. */
  openKarteTab?: (businessId: string, consultationId?: string) => void;
}

/** One search box over businesses, consultations, next actions and tags; the index answers from its worker. */
export function createSearchStore(deps: SearchStoreDeps) {
  const debounceMs = deps.debounceMs ?? 80;
  const query = signal('');
  const filters = signal<FilterForm>(NO_FILTERS);
  const viewer = signal<Viewer>(deps.viewer);
  const hits = signal<ShownHit[]>([]);
  const complete = signal(true);
  /** The hit chosen with ↑/↓ (-1: none). */
  const active = signal(-1);
  const searched = signal(false);
  const failed = signal<string | null>(null);
  const index = signal<IndexState>(deps.client.state);
  const asking = computed(() => query.value.trim() !== '' || narrowed(filters.value));
  let timer: ReturnType<typeof setTimeout> | null = null;
  let ticket = 0;
  let latest: Promise<void> = Promise.resolve();

  async function run(): Promise<void> {
    timer = null;
    const mine = ++ticket;
    if (!asking.value) {
      hits.value = [];
      searched.value = false;
      active.value = -1;
      return;
    }
    try {
      const answer = await deps.client.search(query.value, toSearchFilters(filters.value, viewer.value), deps.limit ?? 30);
      if (mine !== ticket) return; // an answer to an older query never replaces a newer one
      hits.value = answer.hits;
      complete.value = answer.complete;
      failed.value = null;
      searched.value = true;
      if (active.value >= answer.hits.length) active.value = answer.hits.length - 1;
    } catch (e) {
      if (mine === ticket) failed.value = e instanceof Error ? e.message : String(e);
    }
  }

  function schedule(delay = debounceMs): void {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void (latest = run()), delay);
  }

  const stops = [
    deps.client.onState((s) => (index.value = s)),
    // Records saved or synced while results are on screen: ask again (the list stays put until then).
    deps.client.onChanged(() => {
      if (asking.value) schedule();
    }),
  ];

  return {
    query,
    filters,
    viewer,
    hits,
    complete,
    active,
    searched,
    failed,
    index,
    asking,
    openKarteTab: deps.openKarteTab ?? (() => {}),
    setQuery(q: string): void {
      query.value = q;
      active.value = -1;
      schedule();
    },
    setFilters(patch: Partial<FilterForm>): void {
      filters.value = { ...filters.value, ...patch };
      schedule(0);
    },
    clearFilters(): void {
      filters.value = NO_FILTERS;
      schedule(0);
    },
    setViewer(next: Viewer): void {
      viewer.value = next;
      if (asking.value) schedule(0);
    },
    /** Moves the keyboard choice by `delta`, stopping at the ends. */
    move(delta: number): void {
      const n = hits.value.length;
      if (n === 0) return;
      active.value = Math.max(0, Math.min(n - 1, active.value + delta));
    },
    /** Resolves once the latest keystroke has its answer (Enter must not act on stale hits). */
    async settle(): Promise<void> {
      if (timer !== null) {
        clearTimeout(timer);
        latest = run();
      }
      await latest;
    },
    clear(): void {
      query.value = '';
      active.value = -1;
      schedule(0);
    },
    dispose(): void {
      if (timer !== null) clearTimeout(timer);
      stops.forEach((stop) => stop());
    },
  };
}

export type SearchStore = ReturnType<typeof createSearchStore>;
