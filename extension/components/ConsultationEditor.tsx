import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import { CHANNEL_CHOICES, EXPERT_PAYERS, PROGRAMME_CHOICES } from '../../shared/enums';
import { LIMITS } from '../../shared/limits';
import { useCapture, useT } from '../state/contexts';
import type { ConsultationDraft } from '../draft/consultation-draft';
import { HeldAtField } from './HeldAtField';
import { enterKey } from './keys';
import { MoreNoteFields } from './MoreNoteFields';
import { NoteField } from './NoteField';
import { NoticeText } from './NoticeText';
import { SelectField } from './SelectField';
import { SourceLine } from './SourceLine';
import { TagPicker } from './TagPicker';
import { TextField } from './TextField';
import { useDraftBesides } from './use-draft-fields';
import { useImeSafeSubmit } from './use-ime-safe-submit';

/** The codes offered, and the record's own when it is an old one no longer offered (it stays as it was). */
function withCurrent<T extends string>(offered: readonly T[], current: T | null): T[] {
  return current === null || offered.includes(current) ? [...offered] : [...offered, current];
}

/** The editor's notice; reading it here keeps a save's 「保存しました」 from re-rendering every field. */
function EditorNotice() {
  return <NoticeText notice={useCapture().editor.notice.value} testId="editor-notice" />;
}

interface Props {
  /** Puts the cursor in the note when the editor first shows (quick capture). */
  autoFocus?: boolean;
  /** Changes each time the note should take the focus again (e.g. after a business is picked). */
  focusRequest?: number;
  /** The business the note is recorded for (the picker), shown first in the new-note area. */
  business?: ComponentChildren;
}

/**
 * The consultation editor, in the order a routine note is written: the business, the note, its
 * tags (one Tab away), then 相談方法 and 事業区分 (the last ones used), the time (now, unless
 * changed) and the rest behind a disclosure. Every keystroke goes to the draft (stored at
 * once); Ctrl/⌘+Enter saves from any field, the Enter of an IME conversion never does.
 */
export function ConsultationEditor({ autoFocus = false, focusRequest = 0, business }: Props) {
  const t = useT();
  const { editor } = useCapture();
  const draft = editor.current.value;
  // Everything but the note: a keystroke in the note re-renders only NoteField.
  const d = useDraftBesides(draft, 'inquiry');
  const editing = editor.editing.value;
  const noteRef = useRef<HTMLElement>(null);
  const sensitiveId = useId();
  const set = (patch: Partial<ConsultationDraft>) => draft.update(patch);
  // Remounted after a save: the tag search, the time disclosure and the details start closed for the next note.
  const fresh = `${draft.key}:${draft.resets.value}`;

  // Before paint, so the advisor can type the moment the page shows; the stored draft fills in later.
  useLayoutEffect(() => {
    if (autoFocus || editing) noteRef.current?.focus();
  }, [autoFocus, draft]);
  // The advisor just picked the business: the next thing to do is write. (A business that
  // arrives with the stored draft moves no focus.)
  useLayoutEffect(() => {
    if (focusRequest > 0) noteRef.current?.focus();
  }, [focusRequest]);

  const save = async () => {
    if (await editor.save()) noteRef.current?.focus();
  };
  const submit = useImeSafeSubmit(() => void save());
  const onKeyDown = (e: KeyboardEvent) => {
    if (enterKey(e) === 'command') {
      e.preventDefault();
      void save();
    }
  };

  return (
    <form class="editor" aria-label={editing ? t('editor.editTitle') : t('editor.newTitle')} {...submit} onKeyDown={onKeyDown}>
      <h2>{editing ? t('editor.editTitle') : t('editor.newTitle')}</h2>
      {draft.restored.value && (
        <p class="muted" role="status">
          {t('editor.draftRestored')}
        </p>
      )}
      {business}
      <NoteField draft={draft} inputRef={noteRef} />
      <TagPicker key={`tags:${fresh}`} selected={d.tagIds} onChange={(tagIds) => set({ tagIds })} />
      <div class="row">
        <SelectField
          label={t('field.channel')}
          value={d.channel}
          options={withCurrent(CHANNEL_CHOICES, d.channel).map((c) => ({ value: c, label: t(`channel.${c}`) }))}
          onChange={(channel) => set({ channel: channel || 'counter' })}
        />
        <SelectField
          label={t('field.programme')}
          value={d.programme ?? ''}
          options={[
            { value: '', label: t('field.programmeNone') },
            ...withCurrent(PROGRAMME_CHOICES, d.programme).map((p) => ({ value: p, label: t(`programme.${p}`) })),
          ]}
          onChange={(programme) => set({ programme: programme || null })}
        />
      </div>
      {(d.channel === 'expert_visit' || d.expertPaidBy !== null || d.expertName !== '') && (
        <div class="row" data-testid="expert-fields">
          <SelectField
            label={t('field.expertPaidBy')}
            value={d.expertPaidBy ?? ''}
            options={[
              { value: '', label: t('field.expertPaidByNone') },
              ...EXPERT_PAYERS.map((p) => ({ value: p, label: t(`expertPaidBy.${p}`) })),
            ]}
            onChange={(expertPaidBy) => set({ expertPaidBy: expertPaidBy || null })}
          />
          <TextField
            label={t('field.expertName')}
            value={d.expertName}
            onInput={(expertName) => set({ expertName })}
            maxLength={LIMITS.shortText}
          />
        </div>
      )}
      <div class="row">
        <HeldAtField key={`time:${fresh}`} value={d.heldAt} onInput={(heldAt) => set({ heldAt })} />
        <TextField label={t('field.duration')} type="number" value={d.durationMin} onInput={(durationMin) => set({ durationMin })} />
        {d.channel === 'seminar_group' && (
          <TextField
            label={t('field.participants')}
            type="number"
            value={d.participants}
            onInput={(participants) => set({ participants })}
          />
        )}
      </div>
      <div class="check">
        <input id={sensitiveId} type="checkbox" checked={d.sensitive} onChange={(e) => set({ sensitive: e.currentTarget.checked })} />
        <label for={sensitiveId}>{t('field.sensitive')}</label>
      </div>
      <MoreNoteFields key={`more:${fresh}`} draft={d} ready={draft.ready.value} set={set} />
      <SourceLine source={d.source} />
      <EditorNotice />
      <div class="buttons">
        <button type="submit" class="primary" disabled={editor.saving.value} aria-keyshortcuts="Control+Enter Meta+Enter">
          {editing ? t('editor.saveChanges') : t('editor.save')}
        </button>
        {editing && (
          <button type="button" class="secondary" onClick={() => void editor.cancelEdit()}>
            {t('editor.cancelEdit')}
          </button>
        )}
        <span class="muted hint">{t('editor.shortcut')}</span>
      </div>
    </form>
  );
}
