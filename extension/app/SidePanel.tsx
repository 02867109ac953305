import { useEffect } from 'preact/hooks';
import { consultationByline } from '../components/advisor-label';
import { BusinessPicker } from '../components/BusinessPicker';
import { ConsultationEditor } from '../components/ConsultationEditor';
import { ConsultationList } from '../components/ConsultationList';
import { KarteHeader } from '../components/KarteHeader';
import { PageInfo } from '../components/PageInfo';
import { SavedConfirmation } from '../components/SavedConfirmation';
import { RejectedNotice } from '../components/sync/RejectedNotice';
import { SyncStatusBar } from '../components/sync/SyncStatusBar';
import { UndoToast } from '../components/UndoToast';
import { BUSINESSES_HREF, FOLLOW_UPS_HREF } from '../karte/hrefs';
import { useCapture, useKarte, useT } from '../state/contexts';
import { PanelPageLink } from './PanelPageLink';
import { PanelSearch } from './PanelSearch';
import { useDraftBusiness } from './use-draft-business';

/**
 * The side panel beside the portal: the page, the business being discussed with its
 * karte, an editor for a new consultation (or an edit), and the latest consultations.
 * `focusNote`: the note field takes the focus (it had it in the first paint).
 */
export function SidePanel({ today, focusNote = false }: { today: string; focusNote?: boolean }) {
  const t = useT();
  const { editor, taxonomy, sync, directory } = useCapture();
  const karte = useKarte();
  const { businessId, onPick, picks } = useDraftBusiness();
  useEffect(() => karte.show(businessId), [businessId]);
  useEffect(() => directory.start(), [directory]);
  const advisors = directory.byId.value;
  const me = directory.me.value;
  const view = karte.view.value;
  return (
    <main class="side-panel">
      <header class="bar">
        <h1>{t('panel.title')}</h1>
        <span class="buttons">
          <a href={BUSINESSES_HREF} target="_blank" rel="noopener">
            {t('businesses.link')}
          </a>
          <a href={FOLLOW_UPS_HREF} target="_blank" rel="noopener">
            {t('followUps.link')}
          </a>
        </span>
      </header>
      {sync && <SyncStatusBar sync={sync} detailed />}
      <PanelSearch />
      <PageInfo />
      <PanelPageLink />
      {view && <KarteHeader view={view} today={today} />}
      <ConsultationEditor autoFocus={focusNote} focusRequest={picks} business={<BusinessPicker onPick={onPick} />} />
      <SavedConfirmation />
      {view && (
        <ConsultationList
          consultations={view.consultations}
          tagNames={taxonomy.names.value}
          onEdit={(c) => void editor.startEdit(c)}
          onDelete={(c) => void karte.remove(c)}
          unsent={sync?.unsent.value}
          byline={(c) => consultationByline(c, me, advisors, t)}
          notice={
            sync &&
            ((c) => (
              <RejectedNotice
                consultation={c}
                changes={sync.rejectedByRecord.value.get(c.id) ?? []}
                onEditAgain={(edited) => void editor.startEdit(edited)}
                onDiscard={(changes) => void sync.discard(changes)}
              />
            ))
          }
        />
      )}
      <UndoToast
        notice={karte.undo.notice.value}
        onUndo={karte.undo.canUndo.value ? () => void karte.undo.undo() : null}
        onTimeout={() => karte.undo.forget()}
      />
    </main>
  );
}
