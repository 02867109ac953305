import { computed, signal } from '@preact/signals';
import type { KarteStatus } from '../../shared/enums';
import type { Business } from '../../shared/records';
import { actionDoneMessage } from '../karte/action-done';
import { compareDue } from '../karte/due';
import { filterTimeline, NO_FILTER, timelineFacets, type TimelineFilter } from '../karte/timeline-filter';
import type { KartePageView } from '../db/karte-page-queries';
import { tagNamesOf } from '../db/tag-queries';
import type { BusinessWrites } from '../db/business-writes';
import type { KarteWrites } from '../db/karte-writes';
import type { SupportWrites } from '../db/support-writes';
import type { LocalAction, LocalBusiness, LocalConflict, LocalConsultation } from '../db/schema';
import { profileSections, type ProfileSection } from '../karte/profile-sections';
import { RecordValidationError } from '../db/validation-error';
import type { MessageKey } from '../locales/languages';
import { bansoSuggestionFor, stagesFor } from '../karte/insights';
import type { CaptureStores } from './contexts';
import type { DirectoryStore } from './directory-store';
import type { Notice } from './notice';
import { createSupportActions } from './support-actions';
import { createUndoOffer } from './undo-offer';

/** What the karte page writes: the karte's own edits, the business's basic fields, delete and restore, and its support records. */
export type KartePageWrites = KarteWrites & { businesses: BusinessWrites; support: SupportWrites };

export interface KartePageDeps {
  businessId: string;
  /** The signed-in advisor (null: local-only or not signed in), for the advisor filter. */
  me: string | null;
  observe: (businessId: string, onChange: (view: KartePageView) => void) => () => void;
  /** The validating write path, loaded when first needed. */
  writes: () => Promise<KartePageWrites>;
  /** The consultations with a change not yet sent (none while sync is off), now and on every change. */
  observeUnsent?: (onChange: (ids: ReadonlySet<string>) => void) => () => void;
  now: () => Date;
  /** The stores of the consultation editor for this business, loaded when the advisor first opens it. */
  editorStores?: () => Promise<CaptureStores>;
  /** Other live businesses with a 法人番号 (as the profile editor checks a number being typed). */
  sameCorporateNumber?: (number: string) => Promise<LocalBusiness[]>;
  /** The organisation's advisors: the timeline names who wrote each consultation and who was 同席. */
  directory: DirectoryStore;
}

/** How the karte prints: every consultation in full, or the latest few in a line each; 機微 content marked or left out. */
export interface PrintOptions {
  all: boolean;
  sensitive: 'mark' | 'omit';
}

/** The profile editor, open (at one of its optional sections, or at the top) or closed (null). */
export type ProfileEditing = { focus: ProfileSection | null } | null;

/** What the karte page's editor is open for: a new consultation of this business, or an edit of one. */
export type KarteEditorTarget = { mode: 'new' } | { mode: 'edit'; consultation: LocalConsultation };

/** The full karte of one business: the record, its timeline with filters, and every edit the page makes. */
export function createKartePageStore(deps: KartePageDeps) {
  /** null until the first read answers. */
  const view = signal<KartePageView | null>(null);
  const filter = signal<TimelineFilter>(NO_FILTER);
  const notice = signal<Notice | null>(null);
  /** 「元に戻す」 after a delete or a completed action. */
  const undo = createUndoOffer();
  const editorTarget = signal<KarteEditorTarget | null>(null);
  const profileEditing = signal<ProfileEditing>(null);
  // Left out unless the person printing chooses otherwise: a printed page leaves the office.
  const printOptions = signal<PrintOptions>({ all: false, sensitive: 'omit' });
  /** Completed actions, latest first: each can be reopened. */
  const doneActions = computed(() => actions.value.filter((a) => a.done).sort((a, b) => ((a.doneAt ?? '') < (b.doneAt ?? '') ? 1 : -1)));
  const unsent = signal<ReadonlySet<string>>(new Set());
  const consultations = computed(() => view.value?.consultations ?? []);
  const liveIds = computed(() => new Set(consultations.value.map((c) => c.id)));
  /** Actions of a deleted consultation went with it. */
  const actions = computed(() =>
    (view.value?.actions ?? []).filter((a) => a.consultationId === null || liveIds.value.has(a.consultationId)),
  );
  const openActions = computed(() => actions.value.filter((a) => !a.done).sort(compareDue));
  const actionsByConsultation = computed(() => {
    const map = new Map<string, LocalAction[]>();
    for (const a of [...actions.value].sort(compareDue)) {
      if (a.consultationId) map.set(a.consultationId, [...(map.get(a.consultationId) ?? []), a]);
    }
    return map;
  });
  /** Consultations marked 機微: text that came from them is marked or left out when printed. */
  const sensitiveIds = computed<ReadonlySet<string>>(() => new Set(consultations.value.filter((c) => c.sensitive).map((c) => c.id)));
  const timeline = computed(() => filterTimeline(consultations.value, filter.value, deps.me));
  const facets = computed(() => timelineFacets(consultations.value, deps.me));
  const groups = computed(() => view.value?.groups ?? []);
  /** Tag id → name, for the tags of each consultation (retired tags too). */
  const tagNames = computed(() => tagNamesOf(groups.value));
  const suggestion = computed(() =>
    view.value ? bansoSuggestionFor(view.value, groups.value, deps.now(), deps.directory.organisation.value?.bansoRule ?? null) : null,
  );
  const stages = computed(() => (view.value ? stagesFor(view.value, groups.value) : null));
  /** Where the 被災 and 事業承継 sections apply (filled in, or a consultation carries their tag). */
  const sections = computed(() => profileSections(view.value?.business ?? {}, consultations.value));
  let stop: (() => void) | null = null;
  let stopUnsent: (() => void) | null = null;

  /** Runs one write; the outcome becomes the notice (a refused write changes nothing). */
  async function write(
    run: (w: KartePageWrites) => Promise<unknown>,
    success: MessageKey,
    params?: Record<string, string>,
  ): Promise<boolean> {
    try {
      const result = await run(await deps.writes());
      notice.value =
        result === null ? { tone: 'error', message: { key: 'kartePage.gone' } } : { tone: 'success', message: { key: success, params } };
      if (result !== null) undo.forget();
      return result !== null;
    } catch (e) {
      if (!(e instanceof RecordValidationError)) throw e;
      notice.value = { tone: 'error', message: { key: 'kartePage.failed', params: { message: e.message } } };
      return false;
    }
  }
  const id = deps.businessId;

  /** A write that can be taken back: the notice goes to the undo toast instead. */
  async function undoable(
    run: (w: KartePageWrites) => Promise<unknown>,
    done: Notice['message'],
    back: (w: KartePageWrites) => Promise<unknown>,
    undone: Notice['message'],
  ) {
    const ok = await write(run, done.key, done.params as Record<string, string> | undefined);
    if (!ok) return false;
    notice.value = null;
    const w = await deps.writes();
    undo.offer(done, () => back(w), undone);
    return true;
  }

  /** 補助金・融資, 専門家派遣, 決算の数値, 需要開拓 and 特定創業支援 on this karte. */
  const support = createSupportActions({ businessId: id, view, write, undoable, say: (n) => (notice.value = n) });

  return {
    support,
    view,
    filter,
    notice,
    undo,
    unsent,
    editorTarget,
    printOptions,
    sensitiveIds,
    doneActions,
    editorStores: deps.editorStores ?? null,
    directory: deps.directory,
    consultations,
    openActions,
    actionsByConsultation,
    timeline,
    facets,
    suggestion,
    stages,
    groups,
    tagNames,
    profileEditing,
    sections,
    start(): void {
      stop ??= deps.observe(id, (v) => (view.value = v));
      deps.directory.start();
      stopUnsent ??= deps.observeUnsent?.((ids) => (unsent.value = ids)) ?? null;
    },
    dispose(): void {
      stop?.();
      stopUnsent?.();
      deps.directory.dispose();
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
      undoable(
        (w) => w.markActionDone(a.id),
        actionDoneMessage(a),
        (w) => w.reopenAction(a.id),
        { key: 'actions.reopened' },
      ),
    setPrintOptions(patch: Partial<PrintOptions>): void {
      printOptions.value = { ...printOptions.value, ...patch };
      // Every consultation means every one: no filter narrows what is printed.
      if (printOptions.value.all) filter.value = NO_FILTER;
    },
    recordNew(): void {
      editorTarget.value = { mode: 'new' };
    },
    edit(consultation: LocalConsultation): void {
      editorTarget.value = { mode: 'edit', consultation };
    },
    closeEditor(): void {
      editorTarget.value = null;
    },
    reopen: (a: LocalAction) => write((w) => w.reopenAction(a.id), 'actions.reopened'),
    removeConsultation: (c: LocalConsultation) =>
      undoable(
        (w) => w.removeConsultation(c.id),
        { key: 'karte.deleted' },
        (w) => w.restoreConsultation(c.id),
        { key: 'karte.restored' },
      ),
    editProfile(focus: ProfileSection | null = null): void {
      profileEditing.value = { focus };
    },
    closeProfile(): void {
      profileEditing.value = null;
    },
    /** Saves the changed profile fields; the editor closes when they are saved. */
    async saveProfile(change: Partial<Business>): Promise<boolean> {
      const saved = Object.keys(change).length === 0 || (await write((w) => w.businesses.update(id, change), 'basics.saved'));
      if (saved) profileEditing.value = null;
      return saved;
    },
    sameCorporateNumber: (number: string): Promise<LocalBusiness[]> => deps.sameCorporateNumber?.(number) ?? Promise.resolve([]),
    assign: (advisorId: string | null, name: string) =>
      advisorId
        ? write((w) => w.assign(id, advisorId), 'assignment.saved', { name })
        : write((w) => w.assign(id, null), 'assignment.cleared'),
    removeBusiness: (name: string) =>
      undoable(
        (w) => w.businesses.remove(id),
        { key: 'businesses.deleted', params: { name } },
        (w) => w.businesses.restore(id),
        { key: 'businesses.restored', params: { name } },
      ),
    resolveConflict: (c: LocalConflict, text: string) => write((w) => w.resolveConflict(c, text), 'conflict.resolved'),
  };
}

export type KartePageStore = ReturnType<typeof createKartePageStore>;
