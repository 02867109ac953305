import type { JSX } from 'preact';
import type { LocalBusiness } from '../../db/schema';
import type { ProfileSection, SectionReason } from '../../karte/profile-sections';
import { useI18n, useT } from '../../state/contexts';

interface Props {
  business: LocalBusiness;
  sections: Record<ProfileSection, SectionReason>;
  /** Opens the profile editor at a section. */
  onEdit: (section: ProfileSection) => void;
}

/**
 * The karte's 被災 and 事業承継 sections where they apply: what is recorded, or (when only a
 * consultation's tag says it applies) a request to record it. Shown on screen and in print.
 */
export function ProfileCaseSections({ business: b, sections, onEdit }: Props) {
  const t = useT();
  const i18n = useI18n();
  const none = <span class="muted">{t('kartePage.notRecorded')}</span>;
  const dated = (label: string, date: string | null) =>
    date ? t('disaster.certificateOn', { state: label, date: i18n.date(date) }) : label;
  const section = (key: ProfileSection, heading: string, tagged: string, fill: string, facts: () => JSX.Element) => (
    <section class="karte-text profile-case" aria-labelledby={`case-${key}`} data-testid={`case-${key}`}>
      <div class="bar">
        <h2 id={`case-${key}`}>{heading}</h2>
        {sections[key] === 'filled' && (
          <button type="button" class="link no-print" onClick={() => onEdit(key)} aria-label={`${heading}: ${t('common.edit')}`}>
            {t('common.edit')}
          </button>
        )}
      </div>
      {sections[key] === 'filled' ? (
        facts()
      ) : (
        <>
          <p class="muted">{tagged}</p>
          <p class="no-print">
            <button type="button" class="secondary" onClick={() => onEdit(key)}>
              {fill}
            </button>
          </p>
        </>
      )}
    </section>
  );
  return (
    <>
      {sections.disaster &&
        section('disaster', t('disaster.heading'), t('disaster.tagged'), t('disaster.fill'), () => (
          <dl class="karte-facts">
            <dt>{t('disaster.name')}</dt>
            <dd data-testid="disaster-name">{b.disasterName || none}</dd>
            <dt>{t('disaster.damage')}</dt>
            <dd class="pre">{b.disasterDamage || none}</dd>
            <dt>{t('disaster.certificate')}</dt>
            <dd data-testid="disaster-certificate">
              {b.disasterCertificate ? dated(t(`certificate.${b.disasterCertificate}`), b.disasterCertificateDate) : none}
            </dd>
            <dt>{t('disaster.recovery')}</dt>
            <dd data-testid="disaster-recovery">{b.disasterRecovery ? t(`recovery.${b.disasterRecovery}`) : none}</dd>
            {b.disasterRecoveryNote && (
              <>
                <dt>{t('disaster.recoveryNote')}</dt>
                <dd class="pre">{b.disasterRecoveryNote}</dd>
              </>
            )}
          </dl>
        ))}
      {sections.succession &&
        section('succession', t('succession.heading'), t('succession.tagged'), t('succession.fill'), () => (
          <dl class="karte-facts">
            <dt>{t('succession.successor')}</dt>
            <dd data-testid="successor">{b.successor ? t(`successor.${b.successor}`) : none}</dd>
            <dt>{t('succession.timing')}</dt>
            <dd>{b.successionTiming || none}</dd>
            <dt>{t('succession.referral')}</dt>
            <dd data-testid="succession-referral">
              {b.successionReferral === 'referred' && b.successionReferredOn
                ? t('succession.referredOnValue', { date: i18n.date(b.successionReferredOn) })
                : b.successionReferral
                  ? t(`referral.${b.successionReferral}`)
                  : none}
            </dd>
          </dl>
        ))}
    </>
  );
}
