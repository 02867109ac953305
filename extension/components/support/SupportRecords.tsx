import { useEffect, useRef } from 'preact/hooks';
import type { LocalBusiness, LocalConsultation } from '../../db/schema';
import type { SupportKind } from '../../karte/support-kinds';
import { showsFounders } from '../../karte/support-order';
import { useT } from '../../state/contexts';
import type { SupportActions } from '../../state/support-actions';
import type { Colleague } from '../AssignmentControl';
import { ApplicationSection } from './ApplicationSection';
import { DemandSection } from './DemandSection';
import { DispatchSection } from './DispatchSection';
import { FiguresSection } from './FiguresSection';
import { FounderSection } from './FounderSection';
import { periodText } from './support-text';
import './support.css';

interface Props {
  business: LocalBusiness;
  consultations: readonly LocalConsultation[];
  sensitiveIds: ReadonlySet<string>;
  support: SupportActions;
  me: string | null;
  colleagues: readonly Colleague[];
  nameOf: (advisorId: string) => string;
  today: string;
}

/**
 * The karte's support records (issue 13), a compact section each: 補助金・融資の申請, 専門家派遣,
 * 決算の数値, 需要開拓 and, for a founder's karte, 特定創業支援. One form is open at a time.
 */
export function SupportRecords({ business, consultations, sensitiveIds, support, me, colleagues, nameOf, today }: Props) {
  const t = useT();
  const lists = support.lists.value;
  const open = support.editing.value;
  const rootRef = useRef<HTMLDivElement>(null);
  const lastOpen = useRef<SupportKind | null>(null);
  // A form closed (saved or cancelled): the keyboard goes back to its section, not to the top of the page.
  useEffect(() => {
    if (!open && lastOpen.current) {
      const section = rootRef.current?.querySelector<HTMLElement>(`[data-kind="${lastOpen.current}"]`);
      (section?.querySelector<HTMLElement>('.bar button') ?? section?.querySelector<HTMLElement>('h2'))?.focus();
    }
    lastOpen.current = open?.kind ?? null;
  }, [open]);
  // undefined: no form of the kind open; null: a new record; else the id being edited.
  const editing = (kind: SupportKind) => (open?.kind === kind ? open.id : open ? '' : undefined);
  const handlers = (kind: SupportKind) => ({
    onOpen: (id: string | null) => support.open(kind, id),
    onClose: support.close,
    onDelete: (record: { id: string }, name: string) => void support.remove(kind, record.id, name),
  });
  return (
    <div class="support-records" data-testid="support-records" ref={rootRef}>
      <ApplicationSection
        records={lists.applications}
        editing={editing('application')}
        me={me}
        colleagues={colleagues}
        nameOf={nameOf}
        {...handlers('application')}
        onSave={(id, fields) => support.save('application', id, fields)}
      />
      <DispatchSection
        records={lists.dispatches}
        editing={editing('expertDispatch')}
        consultations={consultations}
        sensitiveIds={sensitiveIds}
        {...handlers('expertDispatch')}
        onSave={(id, fields) => support.save('expertDispatch', id, fields)}
      />
      <FiguresSection
        records={lists.figures}
        editing={editing('yearlyFigures')}
        {...handlers('yearlyFigures')}
        onSave={(id, fields) => support.saveFigures(id, fields, periodText(t, fields.fiscalPeriod))}
      />
      <DemandSection
        records={lists.demandEvents}
        editing={editing('demandEvent')}
        {...handlers('demandEvent')}
        onSave={(id, fields) => support.save('demandEvent', id, fields)}
      />
      {showsFounders(business, lists.founders, consultations) && (
        <FounderSection
          records={lists.founders}
          business={business}
          editing={editing('founder')}
          today={today}
          {...handlers('founder')}
          onSave={(id, fields) => (id === null ? support.createFounder(fields) : support.save('founder', id, fields))}
          onRegister={(id, founding) => support.registerFounded(id, founding)}
        />
      )}
    </div>
  );
}
