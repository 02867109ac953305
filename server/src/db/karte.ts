import { roleAtLeast, type KarteResponse, type RecordEnvelope } from '../../../shared';
import type { Reader } from '../domain/sensitivity';
import type { Caller } from '../types';
import type { AuditEntry } from './audit';
import { listConsultations, listOpenActions, listOpenConflicts } from './businesses';
import { decodeCursor, toPage, type Keyset } from './cursor';
import { deliver, rowToRecord, type ReadableRecord, type RecordRow } from './record-row';

export const KARTE_CONSULTATIONS = 20;
const MAX_OPEN_ACTIONS = 200;
const MAX_CONFLICTS = 200;

export const readerOf = (caller: Caller): Reader => ({ advisorId: caller.advisorId, canManage: roleAtLeast(caller.role, 'manager') });

const recordPosition = (row: RecordRow): Keyset => ({ key: row.sort_key ?? '', id: row.id });

/**
 * Records as the caller may see them (docs/api.md "Records"), and one audit entry for each
 * record that hands 機微 text over readable.
 */
export function deliverRecords(caller: Caller, records: readonly ReadableRecord[]): { items: RecordEnvelope[]; audit: AuditEntry[] } {
  const reader = readerOf(caller);
  const items: RecordEnvelope[] = [];
  const audit: AuditEntry[] = [];
  for (const record of records) {
    const { envelope, sensitiveRead } = deliver(record, reader);
    items.push(envelope);
    if (sensitiveRead) audit.push({ orgId: caller.orgId, advisorId: caller.advisorId, action: 'record.read_sensitive', target: record.id });
  }
  return { items, audit };
}

/** deliverRecords for rows read with their sort keys (pages need them for the next cursor). */
export const deliverRows = (caller: Caller, rows: readonly RecordRow[]) => deliverRecords(caller, rows.map(rowToRecord));

/** One page of a business's consultations, newest first, and the audit entries it causes. */
export async function consultationPage(db: D1Database, caller: Caller, businessId: string, cursor: string | undefined, limit: number) {
  const rows = await listConsultations(db, caller.orgId, businessId, decodeCursor(cursor, 'datetime'), limit);
  const { items, audit } = deliverRows(caller, rows.slice(0, limit));
  const page = toPage(rows, limit, recordPosition, (_, i) => items[i]!);
  return { page, audit };
}

/** The karte of a live business, and the audit entries its 機微 contents cause. */
export async function loadKarte(
  db: D1Database,
  caller: Caller,
  business: RecordRow,
): Promise<{ karte: KarteResponse; audit: AuditEntry[] }> {
  const [consultations, actionRows, conflictRows] = await Promise.all([
    consultationPage(db, caller, business.id, undefined, KARTE_CONSULTATIONS),
    listOpenActions(db, caller.orgId, business.id, MAX_OPEN_ACTIONS),
    listOpenConflicts(db, caller.orgId, business.id, MAX_CONFLICTS),
  ]);
  const own = deliverRows(caller, [business]);
  const actions = deliverRows(caller, actionRows);
  const conflicts = deliverRows(caller, conflictRows);
  const karte: KarteResponse = {
    business: own.items[0]!,
    consultations: consultations.page.items,
    nextConsultationCursor: consultations.page.nextCursor,
    openActions: actions.items,
    conflicts: conflicts.items,
  };
  return { karte, audit: [...own.audit, ...consultations.audit, ...actions.audit, ...conflicts.audit] };
}
