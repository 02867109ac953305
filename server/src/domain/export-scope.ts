import { roleAtLeast, type ExportScope, type RecordKind } from '../../../shared';
import { forbidden } from '../errors';
import type { Caller } from '../types';

/**
 * Which records an export carries (docs/api.md "Export"). An admin may export the whole
 * organisation; anyone may export their own work, decided as the reports decide it
 * (domain/report-scope.ts): the consultations they wrote or attended (同席), and the businesses
 * they are 担当 of (its 担当指導員, or who registered it when none is set) with everything of them.
 */
export function assertMayExport(caller: Caller, scope: ExportScope): void {
  if (scope === 'organisation' && !roleAtLeast(caller.role, 'admin')) {
    throw forbidden('組織全体の書き出しはシステム管理者だけが行えます。自分の記録は「自分の記録」を選んで書き出してください');
  }
}

/** The exporter's own work, as ids read before the records are streamed. */
export interface OwnScope {
  advisorId: string;
  /** Businesses they are 担当 of. */
  inCharge: ReadonlySet<string>;
  /** Consultations they wrote or attended, and every consultation of a business they are 担当 of. */
  consultations: ReadonlySet<string>;
  /** Businesses they are 担当 of, registered, or had one of those consultations with (so every exported consultation names a business in the file). */
  businesses: ReadonlySet<string>;
}

/** The parts of a stored record the decision needs. */
export interface ScopedRow {
  kind: RecordKind;
  id: string;
  authorId: string | null;
  businessId: string | null;
  data: Record<string, unknown>;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Whether an own-work export carries the record. Tags and tag groups always go: they name what the records are tagged with. */
export function inOwnScope(row: ScopedRow, scope: OwnScope): boolean {
  const mine = row.authorId === scope.advisorId;
  switch (row.kind) {
    case 'tag':
    case 'tagGroup':
      return true;
    case 'business':
      return scope.businesses.has(row.id);
    case 'consultation':
      return scope.consultations.has(row.id);
    case 'siteRule':
      return mine;
    case 'conflict': {
      const target = str(row.data.recordId);
      return mine || (target !== null && (scope.consultations.has(target) || scope.inCharge.has(target)));
    }
    default: {
      // Actions, the support records and founders: what they wrote, of a business they are 担当 of, or of one of their consultations.
      const consultation = str(row.data.consultationId);
      return (
        mine ||
        (row.businessId !== null && scope.inCharge.has(row.businessId)) ||
        (consultation !== null && scope.consultations.has(consultation))
      );
    }
  }
}
