import { useOptions, useT } from '../../state/contexts';
import { NoticeText } from '../NoticeText';
import { TextField } from '../TextField';

/** The advisor's site access lists (site-access/allowed.ts): where the extension is used, and where never. */
export function SiteAccessSection() {
  const t = useT();
  const o = useOptions();
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('options.sites')}</h2>
      <p class="muted">{t('options.sitesHelp')}</p>
      <TextField label={t('options.allow')} multiline rows={4} value={o.allowText.value} onInput={(v) => (o.allowText.value = v)} />
      <TextField label={t('options.deny')} multiline rows={4} value={o.denyText.value} onInput={(v) => (o.denyText.value = v)} />
      <button type="button" class="primary" onClick={() => void o.saveSites()}>
        {t('options.saveSites')}
      </button>
      <NoticeText notice={o.sitesNotice.value} testId="sites-result" />
    </section>
  );
}
