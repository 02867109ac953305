import { useId } from 'preact/hooks';
import type { Translate } from '../locales/languages';
import { siteOfOrigin } from '../site-rules/origins';
import { useCapture, useT } from '../state/contexts';

/** Sites named in full under the grant button; the rest are counted. */
const SITES_SHOWN = 3;

function sitesText(t: Translate, origins: readonly string[]): string {
  const sites = origins.slice(0, SITES_SHOWN).map(siteOfOrigin).join(t('common.listSeparator'));
  const more = origins.length - SITES_SHOWN;
  return more > 0 ? t('page.grantSitesMore', { sites, count: more }) : t('page.grantSites', { sites });
}

/** The page the advisor is working beside, or why none will be linked. */
export function PageInfo() {
  const t = useT();
  const { page } = useCapture();
  const sitesId = useId();
  const s = page.state.value;
  return (
    <section class="page-info" aria-label={t('page.current')}>
      {s.kind === 'page' &&
        (page.skipped.value === s.link.url ? (
          <small class="muted" data-testid="page-skipped">
            {t('link.pageSkipped')}
          </small>
        ) : (
          <>
            <strong data-testid="page-title">{s.link.title || s.link.url}</strong>
            <small class="muted url" data-testid="page-url">
              {s.link.url}
            </small>
          </>
        ))}
      {s.kind === 'none' && <small class="muted">{t('page.none')}</small>}
      {s.kind === 'excluded' && <small class="muted">{t('page.excluded')}</small>}
      {s.kind === 'unknown' && (
        <>
          <small class="muted">{t('page.unknown')}</small>
          {s.origins.length > 0 ? (
            <>
              <button type="button" class="link" aria-describedby={sitesId} onClick={() => void page.grantAccess()}>
                {t('page.grant')}
              </button>
              <small class="muted" id={sitesId} data-testid="grant-sites">
                {sitesText(t, s.origins)}
              </small>
            </>
          ) : (
            <small class="muted" data-testid="grant-none">
              {t('page.grantNone')}
            </small>
          )}
        </>
      )}
    </section>
  );
}
