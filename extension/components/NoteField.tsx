import { LIMITS } from '../../shared/limits';
import { useT } from '../state/contexts';
import type { DraftStore } from '../state/draft-store';
import { TextField } from './TextField';
import { useDraftField } from './use-draft-fields';

interface Props {
  draft: DraftStore;
  /** Receives the textarea, to focus it. */
  inputRef: { current: HTMLElement | null };
}

/** 相談内容: the field typed most, so the only one a keystroke in it re-renders. */
export function NoteField({ draft, inputRef }: Props) {
  const t = useT();
  return (
    <TextField
      label={t('field.inquiry')}
      multiline
      rows={5}
      value={useDraftField(draft, 'inquiry')}
      onInput={(inquiry) => draft.update({ inquiry })}
      placeholder={t('field.inquiryPlaceholder')}
      inputRef={inputRef}
      maxLength={LIMITS.noteField}
    />
  );
}
