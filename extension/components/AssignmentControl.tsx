import { useId } from 'preact/hooks';
import type { LocalBusiness } from '../db/schema';
import { useI18n, useT } from '../state/contexts';

/** A colleague the business can be put in the charge of. */
export interface Colleague {
  id: string;
  name: string;
}

interface Props {
  business: LocalBusiness;
  colleagues: readonly Colleague[];
  /** The name people see for an advisor id (a colleague no longer listed included). */
  nameOf: (advisorId: string) => string;
  onAssign: (advisorId: string | null) => void;
}

/**
 * 担当指導員 on the karte: who is in charge now (a business without one shows who registered it),
 * a choice among the colleagues, and the history of who was in charge since when.
 */
export function AssignmentControl({ business: b, colleagues, nameOf, onAssign }: Props) {
  const t = useT();
  const i18n = useI18n();
  const selectId = useId();
  const current = b.assignedAdvisorId ?? null;
  const history = b.assignments ?? [];
  const choices =
    current && !colleagues.some((c) => c.id === current) ? [...colleagues, { id: current, name: nameOf(current) }] : colleagues;
  return (
    <div class="assignment" data-testid="assignment">
      <label for={selectId}>{t('assignment.label')}</label>
      <span class="print-only">{current ? nameOf(current) : b.authorId ? nameOf(b.authorId) : t('assignment.unassigned')}</span>
      <select class="no-print" id={selectId} value={current ?? ''} onChange={(e) => onAssign(e.currentTarget.value || null)}>
        <option value="">{b.authorId ? t('assignment.none', { name: nameOf(b.authorId) }) : t('assignment.unassigned')}</option>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      {history.length > 0 && (
        <details class="assignment-history no-print">
          <summary>{t('assignment.history', { count: history.length })}</summary>
          <ol>
            {[...history].reverse().map((h, i) => (
              <li key={`${h.from}:${i}`}>
                {t('assignment.from', { date: i18n.date(h.from), name: h.advisorId ? nameOf(h.advisorId) : t('assignment.unassigned') })}
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
