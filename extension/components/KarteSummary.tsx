import { useState } from 'preact/hooks';
import type { Business } from '../../shared/records';
import type { LocalBusiness } from '../db/schema';
import { useI18n, useT } from '../state/contexts';
import { BusinessBasicsForm } from './BusinessBasicsForm';
import { AssignmentControl, type Colleague } from './AssignmentControl';
import { StatusControl } from './StatusControl';

/** Who prints the karte: their organisation and their own name. */
export interface PrintedBy {
  organisation: string | null;
  advisor: string;
}

interface Props {
  business: LocalBusiness;
  today: string;
  printedBy: PrintedBy | null;
  /** 担当指導員: the colleagues to choose from, names for ids, and the change. */
  assignment: { colleagues: readonly Colleague[]; nameOf: (advisorId: string) => string; onAssign: (advisorId: string | null) => void };
  /** Saves changed basic fields (name, フリガナ, 法人番号 …); true when saved. */
  onSaveBasics: (change: Partial<Business>) => Promise<boolean>;
  onDelete: () => void;
}

/** The karte's header: who the business is, where else it is registered, and its status; its basic fields edited in place. */
export function KarteSummary({ business: b, today, printedBy, assignment, onSaveBasics, onDelete }: Props) {
  const t = useT();
  const i18n = useI18n();
  const [editing, setEditing] = useState(false);
  const none = <span class="muted">{t('kartePage.notRecorded')}</span>;
  return (
    <header class="karte-summary" aria-labelledby="karte-title">
      <p class="print-only printed-on">
        {printedBy && (
          <>
            {printedBy.organisation && <span>{t('print.organisation')}: {printedBy.organisation}　</span>}
            <span>{t('print.advisor')}: {printedBy.advisor}　</span>
          </>
        )}
        {t('kartePage.printedOn', { date: i18n.date(today) })}
      </p>
      <div class="karte-title-row">
        <h1 id="karte-title">{b.name}</h1>
        {b.nameKana && <span class="muted kana">{b.nameKana}</span>}
        {!editing && (
          <span class="buttons no-print">
            <button type="button" class="link" onClick={() => setEditing(true)}>{t('basics.edit')}</button>
            <button type="button" class="link danger" onClick={onDelete}>{t('basics.deleteBusiness')}</button>
          </span>
        )}
      </div>
      {editing && <BusinessBasicsForm business={b} onSave={onSaveBasics} onCancel={() => setEditing(false)} />}
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
      <AssignmentControl business={b} {...assignment} />
      <StatusControl business={b} />
    </header>
  );
}
