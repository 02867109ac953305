import type { LocalConsultation } from '../../db/schema';
import type { RejectedChange } from '../../db/sync-status-queries';
import { useT } from '../../state/contexts';

interface Props {
  changes: readonly RejectedChange[];
  /** Opens the editor with the refused values back in, to fix and save as a new change. */
  onEditAgain: (c: LocalConsultation) => void;
  onDiscard: (changes: readonly RejectedChange[]) => void;
  consultation: LocalConsultation;
}

/** On a consultation the server refused a change to: its message, and fix-and-resave or discard. */
export function RejectedNotice({ changes, consultation, onEditAgain, onDiscard }: Props) {
  const t = useT();
  if (changes.length === 0) return null;
  const refused = Object.assign({}, ...changes.map((c) => c.fields)) as Partial<LocalConsultation>;
  return (
    <div class="notice notice-error" role="alert" data-testid={`rejected-${consultation.id}`}>
      {changes.map((c) => (
        <p key={c.entryId}>{t('sync.rejectedOn', { message: c.message })}</p>
      ))}
      <div class="buttons">
        <button type="button" class="link" onClick={() => onEditAgain({ ...consultation, ...refused })}>
          {t('sync.editAgain')}
        </button>
        <button type="button" class="link danger" onClick={() => onDiscard(changes)}>
          {t('sync.discard')}
        </button>
      </div>
    </div>
  );
}
