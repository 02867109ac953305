import { useState } from 'preact/hooks';
import { LIMITS } from '../../shared/limits';
import { useT } from '../state/contexts';
import type { ConsultationDraft } from '../state/consultation-draft';
import { NextActionsEditor } from './NextActionsEditor';
import { TextField } from './TextField';

interface Props {
  draft: ConsultationDraft;
  set: (patch: Partial<ConsultationDraft>) => void;
}

const hasDetail = (d: ConsultationDraft) =>
  [d.personMet, d.ownerWords, d.advice, d.insight, d.essentialIssue].some((v) => v.trim() !== '') || d.actions.length > 0;

/**
 * The structured dialogue notes (経営者の言葉 kept apart from 助言), behind a disclosure that
 * starts open when the draft already holds any of them, so nothing typed is hidden.
 */
export function MoreNoteFields({ draft: d, set }: Props) {
  const t = useT();
  const note = { multiline: true, maxLength: LIMITS.noteField };
  // Decided once per draft: afterwards the advisor opens and closes it, typing never does.
  const [openAtFirst] = useState(() => hasDetail(d));
  return (
    <details class="more" open={openAtFirst}>
      <summary>{t('editor.more')}</summary>
      <TextField label={t('field.personMet')} value={d.personMet} onInput={(personMet) => set({ personMet })} maxLength={LIMITS.shortText} />
      <TextField label={t('field.ownerWords')} {...note} value={d.ownerWords} onInput={(ownerWords) => set({ ownerWords })} />
      <TextField label={t('field.advice')} {...note} value={d.advice} onInput={(advice) => set({ advice })} />
      <TextField label={t('field.insight')} {...note} value={d.insight} onInput={(insight) => set({ insight })} />
      <TextField label={t('field.essentialIssue')} {...note} value={d.essentialIssue} onInput={(essentialIssue) => set({ essentialIssue })} />
      <NextActionsEditor actions={d.actions} onChange={(actions) => set({ actions })} />
    </details>
  );
}
