import { useCapture, useI18n, useT } from '../state/contexts';

/**
 * What was just saved, shown at once so the advisor sees it landed. It reads the editor's
 * `lastSaved` itself, so a save re-renders this alone, not the whole view around it.
 */
export function SavedConfirmation() {
  const t = useT();
  const i18n = useI18n();
  const saved = useCapture().editor.lastSaved.value;
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
