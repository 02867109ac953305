import type { SavedConsultation } from '../state/editor-store';
import { useI18n, useT } from '../state/contexts';

/** What was just saved, shown at once so the advisor sees it landed. */
export function SavedConfirmation({ saved }: { saved: SavedConsultation | null }) {
  const t = useT();
  const i18n = useI18n();
  if (!saved) return null;
  const c = saved.consultation;
  const note = c.inquiry || c.ownerWords || c.advice || c.insight || c.essentialIssue;
  return (
    <section class="saved" aria-label={t('editor.saved')} data-testid="saved-confirmation">
      <p class="muted">
        {t('editor.savedSummary', { business: saved.businessName, when: i18n.dateTime(c.heldAt), channel: t(`channel.${c.channel}`) })}
      </p>
      <p class="note pre">{note.length > 140 ? `${note.slice(0, 140)}…` : note}</p>
    </section>
  );
}
