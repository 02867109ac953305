import { roleAtLeast, type ReportScope } from '../../../shared';
import { forbidden } from '../errors';
import type { Caller } from '../types';

/**
 * Whose work a report covers (docs/api.md "Reports"). Managers and admins see the whole
 * organisation, or one advisor's work when they filter by one. An advisor sees only their own
 * work — consultations they wrote or attended (同席), businesses they are 担当 of — and the
 * answer says so (`scope: 'own'`); asking for a colleague's is refused, not silently narrowed.
 */
export interface ReportReach {
  scope: ReportScope;
  /** The advisor whose work is counted; null: everyone's. */
  advisorId: string | null;
}

export function reachOf(caller: Caller, advisorFilter: string | undefined): ReportReach {
  if (roleAtLeast(caller.role, 'manager')) return { scope: 'organisation', advisorId: advisorFilter ?? null };
  if (advisorFilter !== undefined && advisorFilter !== caller.advisorId) {
    throw forbidden('一般職員は自分の記録だけを集計できます。ほかの支援者の集計は管理職に依頼してください');
  }
  return { scope: 'own', advisorId: caller.advisorId };
}
