import { computed, signal } from '@preact/signals';
import type { ConsultationSave } from '../db/consultation-writes';
import type { LocalBusiness, LocalConsultation } from '../db/schema';
import { RecordValidationError } from '../db/validation-error';
import {
  draftFromConsultation,
  draftToSave,
  emptyDraft,
  parseNoteDefaults,
  type NoteDefaults,
  type PageLink,
} from '../draft/consultation-draft';
import { hasSoleWriter } from '../draft/draft-writers';
import { businessOpening } from '../draft/open-business';
import { createDraftStore, type DraftStore, type DraftStoreDeps } from './draft-store';
import type { Notice } from './notice';
import { createSavedNote, type SavedNoteDeps } from './saved-note';

export type { SavedConsultation } from './saved-note';

/** The popup, the side panel, or one business's karte page (its new note kept apart per business). */
export type EditorSurface = 'popup' | 'panel' | `karte:${string}`;

export interface EditorStoreDeps {
  /** Where the editor lives: also the key of its new-consultation draft. */
  surface: EditorSurface;
  drafts: DraftStoreDeps['drafts'];
  observeDraft?: DraftStoreDeps['observe'];
  save: (save: ConsultationSave) => Promise<LocalConsultation | null>;
  getBusiness: (id: string) => Promise<LocalBusiness | null>;
  /** The page the advisor is on, already normalised and filtered by the site rules. */
  currentPage: () => PageLink | null;
  now: () => Date;
  /** This device's 相談方法 and 事業区分 of the last new note saved: what the next one starts with. */
  noteDefaults?: { read: () => Promise<Partial<NoteDefaults> | null>; remember: (defaults: NoteDefaults) => Promise<void> };
  /** Watches a saved consultation, so 「保存しました」 follows its edits and goes with its deletion. */
  observeConsultation?: SavedNoteDeps['observe'];
}

/** The consultation editor: a new note, or an edit of a saved one, each with its own draft. */
export function createEditorStore(deps: EditorStoreDeps) {
  const makeDraft = (key: string, fresh: DraftStoreDeps['fresh'], defaults?: DraftStoreDeps['defaults']) =>
    createDraftStore({
      key,
      drafts: deps.drafts,
      observe: deps.observeDraft,
      soleWriter: hasSoleWriter(key),
      fresh,
      defaults,
      now: deps.now,
    });
  /** Nothing remembered yet: no defaults (a stored draft keeps its own choice). */
  const readDefaults = async () => {
    const stored = await deps.noteDefaults?.read();
    return stored ? parseNoteDefaults(stored) : {};
  };
  const newDraft = () => makeDraft(deps.surface, () => emptyDraft(deps.now()), readDefaults);

  const current = signal<DraftStore>(newDraft());
  const editing = signal<LocalConsultation | null>(null);
  const notice = signal<Notice | null>(null);
  const saving = signal(false);
  const saved = createSavedNote({
    observe: deps.observeConsultation,
    business: computed(() => current.value.fields.value.businessId),
    onGone: () => {
      if (notice.value?.tone === 'success') notice.value = null;
    },
  });

  async function switchTo(next: DraftStore): Promise<void> {
    await current.value.flush();
    current.value.dispose();
    current.value = next;
    await next.load();
  }

  /** Remembered for the next note; a failure only costs the advisor choosing them again. */
  async function remember(defaults: NoteDefaults): Promise<void> {
    await deps.noteDefaults?.remember(defaults).catch((e: unknown) => console.warn('note defaults not stored', e));
  }

  return {
    current,
    editing,
    notice,
    /** The note just saved, while that is still true (saved-note.ts). */
    lastSaved: saved.shown,
    saving,
    start: () => current.value.load(),
    /**
     * Makes `businessId` the note's business unless that would move something being written
     * (draft/open-business.ts); true when the note is about it now.
     */
    openBusiness(businessId: string, chosen: boolean): boolean {
      const draft = current.value;
      const opening = businessOpening(editing.value !== null, draft.fields.value, businessId, chosen);
      if (opening === 'move') draft.update({ businessId });
      return opening !== 'keep';
    },
    async startEdit(c: LocalConsultation): Promise<void> {
      notice.value = null;
      editing.value = c;
      await switchTo(makeDraft(`edit:${c.id}`, () => draftFromConsultation(c)));
    },
    async cancelEdit(): Promise<void> {
      await current.value.discard();
      editing.value = null;
      await switchTo(newDraft());
    },
    /** Saves the draft; true when saved. A refusal leaves the draft as typed and says why. */
    async save(): Promise<boolean> {
      if (saving.value) return false;
      saving.value = true;
      try {
        const draft = current.value;
        await draft.load(); // a note typed before the stored draft arrived is saved merged with it
        const fields = draft.fields.value;
        const id = editing.value?.id ?? null;
        const plan = draftToSave(fields, id, deps.currentPage());
        if ('refused' in plan) {
          notice.value = { tone: 'error', message: { key: plan.refused } };
          return false;
        }
        const result = await deps.save(plan.save);
        if (!result) {
          notice.value = { tone: 'error', message: { key: 'editor.gone' } };
          return false;
        }
        const business = await deps.getBusiness(result.businessId);
        if (id) {
          await draft.discard();
          editing.value = null;
          await switchTo(newDraft());
        } else {
          const defaults: NoteDefaults = { channel: fields.channel, programme: fields.programme };
          await remember(defaults);
          // The side panel stays on the business being discussed; quick capture starts afresh.
          await draft.reset(emptyDraft(deps.now(), deps.surface === 'popup' ? null : fields.businessId, defaults), fields);
        }
        saved.show({ consultation: result, businessName: business?.name ?? '' }, current.value.fields.value.businessId);
        notice.value = { tone: 'success', message: { key: id ? 'editor.updated' : 'editor.saved' } };
        return true;
      } catch (e) {
        if (!(e instanceof RecordValidationError)) throw e;
        notice.value = { tone: 'error', message: { key: 'editor.invalid', params: { message: e.message } } };
        return false;
      } finally {
        saving.value = false;
      }
    },
    dismissNotice(): void {
      notice.value = null;
    },
    dispose(): void {
      current.value.dispose();
      saved.dispose();
    },
  };
}

export type EditorStore = ReturnType<typeof createEditorStore>;
