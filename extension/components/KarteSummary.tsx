import type { LocalBusiness } from '../db/schema';
import { useI18n, useT } from '../state/contexts';
import { StatusControl } from './StatusControl';

/** The karte's header: who the business is, where else it is registered, and its status. */
export function KarteSummary({ business: b, today }: { business: LocalBusiness; today: string }) {
  const t = useT();
  const i18n = useI18n();
  const none = <span class="muted">{t('kartePage.notRecorded')}</span>;
  return (
    <header class="karte-summary" aria-labelledby="karte-title">
      <p class="print-only printed-on">{t('kartePage.printedOn', { date: i18n.date(today) })}</p>
      <div class="karte-title-row">
        <h1 id="karte-title">{b.name}</h1>
        {b.nameKana && <span class="muted kana">{b.nameKana}</span>}
      </div>
      <dl class="karte-facts karte-facts-wide">
        <dt>{t('kartePage.corporateNumber')}</dt>
        <dd data-testid="corporate-number">{b.corporateNumber ?? none}</dd>
        <dt>{t('karte.industry')}</dt>
        <dd data-testid="industry">{b.industry ? t(`industry.${b.industry}`) : none}</dd>
        <dt>{t('kartePage.membership')}</dt>
        <dd data-testid="membership">{t(`membership.${b.membership}`)}</dd>
        <dt>{t('kartePage.externalIds')}</dt>
        <dd data-testid="external-ids">
          {b.externalIds.length === 0
            ? none
            : b.externalIds.map((e) => <span key={`${e.system}:${e.value}`} class="chip">{e.system}: {e.value}</span>)}
        </dd>
      </dl>
      <StatusControl business={b} />
    </header>
  );
}
