import { useEffect, useState } from 'preact/hooks';
import { SearchBox } from '../components/search/SearchBox';
import { hitKarte } from '../karte/search-open';
import type { ShownHit } from '../search/protocol';
import { useCapture, useKarte, useSearchIfAny } from '../state/contexts';

interface Jump {
  businessId: string;
  consultationId: string;
}

/**
 * The search box of the side panel. A business opens here, as the one being discussed; a
 * consultation, or a next action, opens its business and scrolls to the consultation, or (older
 * than the few the panel shows) opens on the karte page. A tag lists its consultations. While a saved note is being edited
 * the panel stays on it and the business opens on the karte page instead.
 */
export function PanelSearch() {
  // A panel composed without search (a test of another part) simply has no box.
  const search = useSearchIfAny();
  const { editor, taxonomy } = useCapture();
  const karte = useKarte();
  const [jump, setJump] = useState<Jump | null>(null);
  const view = karte.view.value;

  useEffect(() => {
    if (!jump || view?.business?.id !== jump.businessId) return;
    setJump(null);
    const card = document.querySelector(`[data-testid="consultation-${CSS.escape(jump.consultationId)}"]`);
    if (!card) {
      search?.openKarteTab(jump.businessId, jump.consultationId);
      return;
    }
    card.scrollIntoView({ block: 'center' });
    card.classList.add('jumped');
  }, [jump, view]);

  if (!search) return null;
  const open = (hit: ShownHit) => {
    if (hit.kind === 'tag') {
      search.setFilters({ tagId: hit.id });
      search.setQuery('');
      return;
    }
    const target = hitKarte(hit);
    if (!target) return;
    const { businessId, consultationId } = target;
    if (editor.editing.value) {
      search.openKarteTab(businessId, consultationId);
      return;
    }
    editor.current.value.update({ businessId });
    if (consultationId) setJump({ businessId, consultationId });
    search.clear();
  };

  return <SearchBox store={search} taxonomy={taxonomy.groups.value} onOpen={open} />;
}
