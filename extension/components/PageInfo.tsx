import { useCapture, useT } from '../state/contexts';

/** The page the advisor is working beside, or why none will be linked. */
export function PageInfo() {
  const t = useT();
  const { page } = useCapture();
  const s = page.state.value;
  return (
    <section class="page-info" aria-label={t('page.current')}>
      {s.kind === 'page' && (
        <>
          <strong data-testid="page-title">{s.link.title || s.link.url}</strong>
          <small class="muted url" data-testid="page-url">{s.link.url}</small>
        </>
      )}
      {s.kind === 'none' && <small class="muted">{t('page.none')}</small>}
      {s.kind === 'excluded' && <small class="muted">{t('page.excluded')}</small>}
      {s.kind === 'unknown' && (
        <>
          <small class="muted">{t('page.unknown')}</small>
          <button type="button" class="link" onClick={() => void page.grantAccess()}>{t('page.grant')}</button>
        </>
      )}
    </section>
  );
}
