import type { Business } from '../../shared/records';
import type { LocalBusiness } from '../db/schema';
import { PROFILE_ANCHOR } from '../karte/hrefs';
import type { ProfileSection, SectionReason } from '../karte/profile-sections';
import type { ProfileEditing } from '../state/karte-page-store';
import { useI18n, useT } from '../state/contexts';
import { AssignmentControl, type Colleague } from './AssignmentControl';
import { BusinessProfileForm } from './profile/BusinessProfileForm';
import { BusinessProfileView } from './profile/BusinessProfileView';
import { StatusControl } from './StatusControl';
import './profile/profile.css';

/** Who prints the karte: their organisation and their own name. */
export interface PrintedBy {
  organisation: string | null;
  advisor: string;
}

interface Props {
  business: LocalBusiness;
  today: string;
  printedBy: PrintedBy | null;
  /** Other live businesses with the same 法人番号. */
  sameNumber: readonly LocalBusiness[];
  sections: Record<ProfileSection, SectionReason>;
  /** 担当指導員: the colleagues to choose from, names for ids, and the change. */
  assignment: { colleagues: readonly Colleague[]; nameOf: (advisorId: string) => string; onAssign: (advisorId: string | null) => void };
  /** The profile editor, open or closed (null). */
  editing: ProfileEditing;
  onEdit: () => void;
  onCloseEditor: () => void;
  findSame: (number: string) => Promise<readonly LocalBusiness[]>;
  /** Saves changed profile fields; true when saved (the editor then closes). */
  onSave: (change: Partial<Business>) => Promise<boolean>;
  onDelete: () => void;
}

/** The karte's header: who the business is (its whole profile, edited in place), its 担当指導員 and its status. */
export function KarteSummary({
  business: b,
  today,
  printedBy,
  sameNumber,
  sections,
  assignment,
  editing,
  onEdit,
  onCloseEditor,
  findSame,
  onSave,
  onDelete,
}: Props) {
  const t = useT();
  const i18n = useI18n();
  return (
    <header class="karte-summary" id={PROFILE_ANCHOR} aria-labelledby="karte-title">
      <p class="print-only printed-on">
        {printedBy && (
          <>
            {printedBy.organisation && (
              <span>
                {t('print.organisation')}: {printedBy.organisation}　
              </span>
            )}
            <span>
              {t('print.advisor')}: {printedBy.advisor}　
            </span>
          </>
        )}
        {t('kartePage.printedOn', { date: i18n.date(today) })}
      </p>
      <div class="karte-title-row">
        <h1 id="karte-title">{b.name}</h1>
        {b.nameKana && <span class="muted kana">{b.nameKana}</span>}
        {!editing && (
          <span class="buttons no-print">
            <button type="button" class="link" onClick={onEdit}>
              {t('basics.edit')}
            </button>
            <button type="button" class="link danger" onClick={onDelete}>
              {t('basics.deleteBusiness')}
            </button>
          </span>
        )}
      </div>
      {editing ? (
        <BusinessProfileForm
          business={b}
          sections={sections}
          focus={editing.focus}
          findSame={findSame}
          onSave={onSave}
          onCancel={onCloseEditor}
        />
      ) : (
        <BusinessProfileView business={b} sameNumber={sameNumber} />
      )}
      <AssignmentControl business={b} {...assignment} />
      <StatusControl business={b} />
    </header>
  );
}
