import { EXTERNAL_SYSTEMS } from '../../../shared/enums';
import { suggestSmallBusiness } from '../../../shared/small-business';
import type { LocalBusiness } from '../../db/schema';
import { useT } from '../../state/contexts';
import { divisionLine, industryLabel, suggestionText, systemLabel } from './profile-text';
import { SameNumberWarning } from './SameNumberWarning';
import { useIndustryNames } from './use-industry-names';

interface Props {
  business: LocalBusiness;
  /** Other live businesses with the same 法人番号. */
  sameNumber: ReadonlyArray<{ id: string; name: string }>;
}

/**
 * The business as its karte shows and prints it: who it is, 業種 (中分類 with its 大分類), size,
 * the 小規模事業者 decision beside what the definition suggests, membership, where it is, its
 * numbers in other systems, and 強み・弱み.
 */
export function BusinessProfileView({ business: b, sameNumber }: Props) {
  const t = useT();
  const names = useIndustryNames();
  const none = <span class="muted">{t('kartePage.notRecorded')}</span>;
  const suggestion = suggestSmallBusiness(b.industryMiddle, b.employees);
  const overridden = suggestion !== null && b.smallBusiness !== null && b.smallBusiness !== suggestion.small;
  const small = b.smallBusiness === null ? t('profile.smallUnknown') : b.smallBusiness ? t('profile.smallYes') : t('profile.smallNo');
  return (
    <>
      <dl class="karte-facts karte-facts-wide profile-facts">
        <dt>{t('kartePage.corporateNumber')}</dt>
        <dd data-testid="corporate-number">{b.corporateNumber ?? none}</dd>
        <dt>{t('profile.legalForm')}</dt>
        <dd data-testid="legal-form">{b.legalForm ? t(`legalForm.${b.legalForm}`) : none}</dd>
        <dt>{t('karte.industry')}</dt>
        <dd>
          {b.industryMiddle && (
            <>
              <span data-testid="industry-middle">{industryLabel(t, b.industryMiddle, names)}</span>{' '}
            </>
          )}
          {b.industryMiddle ? (
            <span class="muted" data-testid="industry">
              （{divisionLine(t, b.industryMiddle)}）
            </span>
          ) : b.industry ? (
            <span data-testid="industry">{t(`industry.${b.industry}`)}</span>
          ) : (
            none
          )}
        </dd>
        <dt>{t('panelProfile.employees')}</dt>
        <dd data-testid="employees">{b.employees === null ? none : t('profile.employeesValue', { count: b.employees })}</dd>
        <dt>{t('profile.smallBusiness')}</dt>
        <dd data-testid="small-business">
          {small}
          {suggestion && b.smallBusiness !== null && (
            <span class={overridden ? 'overridden' : 'muted'}>
              {' '}
              {overridden ? t('profile.smallOverridden') : t('profile.smallAsSuggested')}
            </span>
          )}
          {suggestion && (b.smallBusiness === null || overridden) && (
            <small class="muted block">
              {t('profile.suggestion')}: {suggestionText(t, suggestion)}
            </small>
          )}
        </dd>
        <dt>{t('kartePage.membership')}</dt>
        <dd data-testid="membership">{t(`membership.${b.membership}`)}</dd>
        <dt>{t('basics.municipality')}</dt>
        <dd data-testid="municipality">{b.municipality || none}</dd>
        <dt>{t('kartePage.externalIds')}</dt>
        <dd data-testid="external-ids">
          {b.externalIds.length === 0
            ? none
            : b.externalIds.map((e) => (
                <span key={`${e.system}:${e.value}`} class="chip">
                  {systemLabel(t, e.system, EXTERNAL_SYSTEMS)}: {e.value}
                </span>
              ))}
        </dd>
        <dt>{t('kartePage.strengths')}</dt>
        <dd class="pre" data-testid="strengths">
          {b.strengths || none}
        </dd>
        <dt>{t('kartePage.weaknesses')}</dt>
        <dd class="pre" data-testid="weaknesses">
          {b.weaknesses || none}
        </dd>
      </dl>
      <SameNumberWarning others={sameNumber} />
    </>
  );
}
