import { PageBusinessLink } from '../components/page-link/PageBusinessLink';
import { useCapture, useLinkingIfAny } from '../state/contexts';

/** The portal page's business, once the linking has loaded (nothing in a panel composed without it). */
export function PanelPageLink() {
  const { picker, page } = useCapture();
  const store = useLinkingIfAny();
  if (!store) return null;
  const s = store.state.value;
  // A new page starts with the choices folded (and a fresh name for a new business).
  // A keep chosen for one page is not carried to the next (each page is recorded, or left out, on its own).
  const at = page.state.value.kind === 'page' ? page.state.value.link.url : '';
  const key = s.kind === 'unlinked' || s.kind === 'found' ? `${s.rule.id}:${s.externalId}:${at}` : s.kind;
  return (
    <PageBusinessLink
      key={key}
      store={store}
      selected={picker.selected.value}
      onKeep={() => page.skipThisPage()}
      onFollow={() => page.recordThisPage()}
    />
  );
}
