import { UndoToast } from '../components/UndoToast';
import type { KartePageView } from '../db/karte-page-queries';
import { BUSINESSES_HREF, karteHref } from '../karte/hrefs';
import { useT } from '../state/contexts';
import type { UndoOffer } from '../state/undo-offer';

/**
 * The karte of a business that is no longer there: merged into another (a link to that one's
 * karte), deleted (with 「元に戻す」 while it is on offer), or never known here.
 */
export function KarteGone({ gone, undo }: { gone: KartePageView['gone']; undo: UndoOffer }) {
  const t = useT();
  return (
    <main class="karte-page">
      {gone?.mergedInto ? (
        <p role="status">
          {t('karte.mergedInto', { name: gone.mergedInto.name })}{' '}
          <a href={karteHref(gone.mergedInto.id)}>{t('karte.openMerged', { name: gone.mergedInto.name })}</a>
        </p>
      ) : (
        <p role="alert">{gone ? t('basics.deletedNotice') : t('kartePage.notFound')}</p>
      )}
      <p>
        <a href={BUSINESSES_HREF}>{t('kartePage.openBusinesses')}</a>
      </p>
      <UndoToast notice={undo.notice.value} onUndo={undo.canUndo.value ? () => void undo.undo() : null} onTimeout={() => undo.forget()} />
    </main>
  );
}
