import { computed, signal } from '@preact/signals';
import type { KarteStatus } from '../../shared/enums';
import type { Business } from '../../shared/records';
import { compareDue } from '../karte/due';
import { filterTimeline, NO_FILTER, timelineFacets, type TimelineFilter } from '../karte/timeline-filter';
import type { KartePageView } from '../db/karte-page-queries';
import type { KarteWrites } from '../db/karte-writes';
import type { LocalAction, LocalConflict, LocalConsultation } from '../db/schema';
import { RecordValidationError } from '../db/validation-error';
import type { MessageKey } from '../locales/languages';
import { bansoSuggestionFor, stagesFor } from './karte-insights';
import type { Notice } from './notice';

export interface KartePageDeps {
  businessId: string;
  /** The signed-in advisor (null: local-only or not signed in), for the advisor filter. */
  me: string | null;
  observe: (businessId: string, onChange: (view: KartePageView) => void) => () => void;
  /** The validating write path, loaded when first needed. */
  writes: () => Promise<KarteWrites>;
  /** The consultations with a change not yet sent (none while sync is off), now and on every change. */
  observeUnsent?: (onChange: (ids: ReadonlySet<string>) => void) => () => void;
  now: () => Date;
}

/** The full karte of one business: the record, its timeline with filters, and every edit the page makes. */
export function createKartePageStore(deps: KartePageDeps) {
  /** null until the first read answers. */
  const view = signal<KartePageView | null>(null);
  const filter = signal<TimelineFilter>(NO_FILTER);
  const notice = signal<Notice | null>(null);
  const unsent = signal<ReadonlySet<string>>(new Set());
  const consultations = computed(() => view.value?.consultations ?? []);
  const liveIds = computed(() => new Set(consultations.value.map((c) => c.id)));
  /** Actions of a deleted consultation went with it. */
  const actions = computed(() => (view.value?.actions ?? []).filter((a) => a.consultationId === null || liveIds.value.has(a.consultationId)));
  const openActions = computed(() => actions.value.filter((a) => !a.done).sort(compareDue));
  const actionsByConsultation = computed(() => {
    const map = new Map<string, LocalAction[]>();
    for (const a of [...actions.value].sort(compareDue)) {
      if (a.consultationId) map.set(a.consultationId, [...(map.get(a.consultationId) ?? []), a]);
    }
    return map;
  });
  const timeline = computed(() => filterTimeline(consultations.value, filter.value, deps.me));
  const facets = computed(() => timelineFacets(consultations.value, deps.me));
  const groups = computed(() => view.value?.groups ?? []);
  /** Tag id → name, for the tags of each consultation. */
  const tagNames = computed(() => new Map(groups.value.flatMap((g) => g.tags.map((t) => [t.id, t.name] as const))));
  const suggestion = computed(() => (view.value ? bansoSuggestionFor(view.value, groups.value, deps.now()) : null));
  const stages = computed(() => (view.value ? stagesFor(view.value, groups.value) : null));
  let stop: (() => void) | null = null;
  let stopUnsent: (() => void) | null = null;

  /** Runs one write; the outcome becomes the notice (a refused write changes nothing). */
  async function write(run: (w: KarteWrites) => Promise<unknown>, success: MessageKey, params?: Record<string, string>): Promise<boolean> {
    try {
      const result = await run(await deps.writes());
      notice.value = result === null ? { tone: 'error', message: { key: 'kartePage.gone' } } : { tone: 'success', message: { key: success, params } };
      return result !== null;
    } catch (e) {
      if (!(e instanceof RecordValidationError)) throw e;
      notice.value = { tone: 'error', message: { key: 'kartePage.failed', params: { message: e.message } } };
      return false;
    }
  }
  const id = deps.businessId;

  return {
    view, filter, notice, unsent, consultations, openActions, actionsByConsultation, timeline, facets, suggestion, stages, groups, tagNames,
    start(): void {
      stop ??= deps.observe(id, (v) => (view.value = v));
      stopUnsent ??= deps.observeUnsent?.((ids) => (unsent.value = ids)) ?? null;
    },
    dispose(): void {
      stop?.();
      stopUnsent?.();
      stop = stopUnsent = null;
    },
    setFilter(patch: Partial<TimelineFilter>): void {
      filter.value = { ...filter.value, ...patch };
    },
    clearFilter(): void {
      filter.value = NO_FILTER;
    },
    setStatus: (status: KarteStatus, closeReason: Business['closeReason'] = null) =>
      write((w) => w.setStatus(id, status, closeReason), 'kartePage.saved'),
    markBanso: () => write((w) => w.markBanso(id), 'banso.marked'),
    dismissSuggestion: () => write((w) => w.dismissBansoSuggestion(id), 'banso.dismissed'),
    saveVision: (text: string) => write((w) => w.saveVision(id, text), 'kartePage.saved'),
    saveEssentialIssue: (text: string) => write((w) => w.saveEssentialIssue(id, text), 'kartePage.saved'),
    adoptIssue: (c: LocalConsultation) => write((w) => w.adoptEssentialIssue(c), 'kartePage.saved'),
    markDone: (a: LocalAction) =>
      a.redacted
        ? write((w) => w.markActionDone(a.id), 'kartePage.doneNoticeHidden')
        : write((w) => w.markActionDone(a.id), 'kartePage.doneNotice', { text: a.text }),
    resolveConflict: (c: LocalConflict, text: string) => write((w) => w.resolveConflict(c, text), 'conflict.resolved'),
  };
}

export type KartePageStore = ReturnType<typeof createKartePageStore>;
