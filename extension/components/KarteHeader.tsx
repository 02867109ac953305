import type { KarteView } from '../db/karte-queries';
import { karteHref } from '../karte/hrefs';
import { useI18n, useKarte, useT } from '../state/contexts';
import { visibleText } from '../karte/redaction';

/** The karte at a glance: status, 本質的課題 and the next actions still open. */
export function KarteHeader({ view, today }: { view: KarteView; today: string }) {
  const t = useT();
  const i18n = useI18n();
  const karte = useKarte();
  const b = view.business;
  if (!b) return null;
  return (
    <section class="karte-header" aria-labelledby="karte-name">
      <div class="bar">
        <h2 id="karte-name">{b.name}</h2>
        <a href={karteHref(b.id)} target="_blank">{t('kartePage.open')}</a>
      </div>
      <dl class="karte-facts">
        <dt>{t('karte.status')}</dt>
        <dd data-testid="karte-status">{t(`status.${b.status}`)}</dd>
        {b.bansoSince && <><dt>{t('kartePage.bansoSince')}</dt><dd>{i18n.date(b.bansoSince)}</dd></>}
        {b.industry && <><dt>{t('karte.industry')}</dt><dd>{t(`industry.${b.industry}`)}</dd></>}
        <dt>{t('karte.essentialIssue')}</dt>
        <dd class="pre">{visibleText(b, b.essentialIssue, t('sensitive.hiddenText')) || <span class="muted">{t('karte.essentialIssueNone')}</span>}</dd>
      </dl>
      <h3>{t('actions.open')}</h3>
      {view.openActions.length === 0 ? (
        <p class="muted">{t('actions.none')}</p>
      ) : (
        <ul class="open-actions">
          {view.openActions.map((a) => (
            <li key={a.id}>
              <input
                type="checkbox"
                aria-label={t('actions.markDone', { text: visibleText(a, a.text, t('sensitive.hiddenText')) })}
                onChange={() => void karte.markActionDone(a)}
              />
              <span class="badge">{t(`side.${a.side}`)}</span> {visibleText(a, a.text, t('sensitive.hiddenText'))}
              {a.dueDate && (
                <span class={a.dueDate < today ? 'due overdue' : 'due'}>
                  {' '}{t('actions.dueOn', { date: i18n.date(a.dueDate) })}{a.dueDate < today && ` (${t('actions.overdue')})`}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
