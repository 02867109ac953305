import { useLayoutEffect, useRef } from 'preact/hooks';
import { LIMITS } from '../../shared/limits';
import { useT } from '../state/contexts';
import type { ConsultationDraft } from '../draft/consultation-draft';
import { CoAdvisorPicker } from './CoAdvisorPicker';
import { NextActionsEditor } from './NextActionsEditor';
import { TextField } from './TextField';

interface Props {
  draft: ConsultationDraft;
  /** The stored draft has been read: only then is it known whether it holds details. */
  ready: boolean;
  set: (patch: Partial<ConsultationDraft>) => void;
}

const hasDetail = (d: ConsultationDraft) =>
  [d.personMet, d.ownerWords, d.advice, d.insight, d.essentialIssue].some((v) => v.trim() !== '') ||
  d.actions.length > 0 ||
  d.advisorIds.length > 0;

/**
 * The structured dialogue notes (経営者の言葉 kept apart from 助言), behind a disclosure that
 * opens when the stored draft turns out to hold any of them, so nothing typed is hidden.
 */
export function MoreNoteFields({ draft: d, ready, set }: Props) {
  const t = useT();
  const note = { multiline: true, maxLength: LIMITS.noteField };
  const details = useRef<HTMLDetailsElement>(null);
  const decided = useRef(false);
  // Decided once per draft, when it has been read: afterwards the advisor opens and closes it, typing never does.
  useLayoutEffect(() => {
    if (!ready || decided.current) return;
    decided.current = true;
    if (hasDetail(d) && details.current) details.current.open = true;
  }, [ready]);
  return (
    <details class="more" ref={details}>
      <summary>{t('editor.more')}</summary>
      <TextField
        label={t('field.personMet')}
        value={d.personMet}
        onInput={(personMet) => set({ personMet })}
        maxLength={LIMITS.shortText}
      />
      <CoAdvisorPicker selected={d.advisorIds} onChange={(advisorIds) => set({ advisorIds })} />
      <TextField label={t('field.ownerWords')} {...note} value={d.ownerWords} onInput={(ownerWords) => set({ ownerWords })} />
      <TextField label={t('field.advice')} {...note} value={d.advice} onInput={(advice) => set({ advice })} />
      <TextField label={t('field.insight')} {...note} value={d.insight} onInput={(insight) => set({ insight })} />
      <TextField
        label={t('field.essentialIssue')}
        {...note}
        value={d.essentialIssue}
        onInput={(essentialIssue) => set({ essentialIssue })}
      />
      <NextActionsEditor actions={d.actions} onChange={(actions) => set({ actions })} />
    </details>
  );
}
