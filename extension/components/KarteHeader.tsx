import type { KarteView } from '../db/karte-queries';
import { karteHref, karteProfileHref } from '../karte/hrefs';
import { useI18n, useKarte, useT } from '../state/contexts';
import { visibleText } from '../karte/redaction';
import { industryLabel } from './profile/profile-text';
import { useIndustryNames } from './profile/use-industry-names';

/**
 * The karte at a glance: status, the business's essentials (業種, 従業員, 小規模, 会員区分) with a
 * link to edit its whole profile on the karte, 本質的課題 and the next actions still open.
 */
export function KarteHeader({ view, today }: { view: KarteView; today: string }) {
  const t = useT();
  const i18n = useI18n();
  const karte = useKarte();
  const names = useIndustryNames();
  const b = view.business;
  if (!b) return null;
  return (
    <section class="karte-header" aria-labelledby="karte-name">
      <div class="bar">
        <h2 id="karte-name">{b.name}</h2>
        <a href={karteHref(b.id)} target="_blank" rel="noopener">
          {t('kartePage.open')}
        </a>
      </div>
      <dl class="karte-facts">
        <dt>{t('karte.status')}</dt>
        <dd data-testid="karte-status">{t(`status.${b.status}`)}</dd>
        {b.bansoSince && (
          <>
            <dt>{t('kartePage.bansoSince')}</dt>
            <dd>{i18n.date(b.bansoSince)}</dd>
          </>
        )}
        {(b.industryMiddle || b.industry) && (
          <>
            <dt>{t('karte.industry')}</dt>
            <dd data-testid="panel-industry">
              {b.industryMiddle ? industryLabel(t, b.industryMiddle, names) : t(`industry.${b.industry!}`)}
            </dd>
          </>
        )}
        {b.employees !== null && (
          <>
            <dt>{t('panelProfile.employees')}</dt>
            <dd data-testid="panel-employees">{t('profile.employeesValue', { count: b.employees })}</dd>
          </>
        )}
        {b.smallBusiness !== null && (
          <>
            <dt>{t('panelProfile.small')}</dt>
            <dd data-testid="panel-small">{b.smallBusiness ? t('profile.smallYes') : t('profile.smallNo')}</dd>
          </>
        )}
        {b.membership !== 'unknown' && (
          <>
            <dt>{t('kartePage.membership')}</dt>
            <dd data-testid="panel-membership">{t(`membership.${b.membership}`)}</dd>
          </>
        )}
        <dt class="visually-hidden">{t('profile.heading')}</dt>
        <dd>
          <a href={karteProfileHref(b.id)} target="_blank" aria-label={t('panelProfile.editLabel', { name: b.name })} rel="noopener">
            {t('panelProfile.edit')}
          </a>
        </dd>
        <dt>{t('karte.essentialIssue')}</dt>
        <dd class="pre">
          {visibleText(b, b.essentialIssue, t('sensitive.hiddenText')) || <span class="muted">{t('karte.essentialIssueNone')}</span>}
        </dd>
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
                  {' '}
                  {t('actions.dueOn', { date: i18n.date(a.dueDate) })}
                  {a.dueDate < today && ` (${t('actions.overdue')})`}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
