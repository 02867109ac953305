import { BusinessPicker } from '../components/BusinessPicker';
import { ConsultationEditor } from '../components/ConsultationEditor';
import { SavedConfirmation } from '../components/SavedConfirmation';
import { SyncStatusBar } from '../components/sync/SyncStatusBar';
import { BUSINESSES_HREF, FOLLOW_UPS_HREF, karteHref } from '../karte/hrefs';
import { useCapture, useT } from '../state/contexts';
import { useDraftBusiness } from './use-draft-business';

interface Props {
  /** Opens the side panel (from a click: the browser requires a user gesture). */
  onOpenPanel: (() => void) | null;
}

/** The karte of the business the note is for, in a tab of its own. */
function SelectedKarteLink() {
  const t = useT();
  const selected = useCapture().picker.selected.value;
  if (!selected) return null;
  return (
    <p class="karte-link">
      <a href={karteHref(selected.id)} target="_blank" rel="noopener">
        {t('kartePage.open')}
      </a>
    </p>
  );
}

/** The toolbar popup: pick the business, write the note, Ctrl/⌘+Enter. */
export function QuickCapture({ onOpenPanel }: Props) {
  const t = useT();
  const { sync } = useCapture();
  const { onPick, picks } = useDraftBusiness();
  // Shown at once, before the stored draft is read: the advisor can start typing immediately.
  return (
    <main class="quick-capture">
      <header class="bar">
        <h1>{t('capture.title')}</h1>
        <span class="buttons">
          <a href={BUSINESSES_HREF} target="_blank" rel="noopener">
            {t('businesses.link')}
          </a>
          <a href={FOLLOW_UPS_HREF} target="_blank" rel="noopener">
            {t('followUps.link')}
          </a>
          {onOpenPanel && (
            <button type="button" class="link" onClick={onOpenPanel}>
              {t('capture.openPanel')}
            </button>
          )}
        </span>
      </header>
      {sync && <SyncStatusBar sync={sync} />}
      <ConsultationEditor
        autoFocus
        focusRequest={picks}
        business={
          <>
            <BusinessPicker onPick={onPick} />
            <SelectedKarteLink />
          </>
        }
      />
      <SavedConfirmation />
    </main>
  );
}
