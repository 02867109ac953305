import type { SharedKarte } from '../../../shared/wide-area';
import { useI18n, useT } from '../../state/contexts';

const PROFILE_TEXTS = ['vision', 'essentialIssue', 'strengths', 'weaknesses'] as const;

/** A karte another organisation shares, read-only: who shares it, for what and until when, then what the consent covers. */
export function SharedKarteView({ karte, headingLevel = 3 }: { karte: SharedKarte; headingLevel?: 2 | 3 }) {
  const t = useT();
  const i18n = useI18n();
  const { share, business } = karte;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return (
    <article class="shared-karte" aria-label={t('partners.sharedFrom', { org: share.from.name, name: business.name })}>
      <Heading>{t('partners.sharedFrom', { org: share.from.name, name: business.name })}</Heading>
      <p class="muted">{t('partners.shareTerms', { purpose: share.purpose, until: share.expiresOn })}</p>
      {business.profile && (
        <dl class="shared-profile">
          {PROFILE_TEXTS.filter((f) => text(business.profile![f]) !== '').map((f) => (
            <div key={f}>
              <dt>{t(`partners.field.${f}`)}</dt>
              <dd>{text(business.profile![f])}</dd>
            </div>
          ))}
        </dl>
      )}
      {karte.consultations.length > 0 && (
        <>
          <h4>{t('partners.consultations')}</h4>
          <ol class="shared-consultations">
            {karte.consultations.map((c, i) => (
              <li key={i}>
                <p class="muted">
                  {i18n.dateTime(c.heldAt)}
                  {t('common.listSeparator')}
                  {t(`channel.${c.channel}`)}
                  {c.authorName && `${t('common.listSeparator')}${c.authorName}`}
                </p>
                {c.inquiry && (
                  <p>
                    <strong>{t('partners.field.inquiry')}</strong> {c.inquiry}
                  </p>
                )}
                {c.ownerWords && (
                  <p>
                    <strong>{t('partners.field.ownerWords')}</strong> {c.ownerWords}
                  </p>
                )}
                {c.advice && (
                  <p>
                    <strong>{t('partners.field.advice')}</strong> {c.advice}
                  </p>
                )}
                {c.insight && (
                  <p>
                    <strong>{t('partners.field.insight')}</strong> {c.insight}
                  </p>
                )}
                {c.tags.length > 0 && <p class="muted">{c.tags.join(t('common.listSeparator'))}</p>}
              </li>
            ))}
          </ol>
        </>
      )}
      {karte.actions.length > 0 && (
        <>
          <h4>{t('partners.actions')}</h4>
          <ul>
            {karte.actions.map((a, i) => (
              <li key={i}>
                {a.text}
                {a.dueDate && `（${t('partners.due', { date: a.dueDate })}）`}
                {a.done && ` ${t('partners.done')}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
