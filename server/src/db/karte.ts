import { roleAtLeast, type KarteResponse, type RecordEnvelope } from '../../../shared';
import { redactConflictCopy } from '../domain/redaction';
import type { Caller } from '../types';
import type { AuditEntry } from './audit';
import { listConsultations, listOpenActions, listOpenConflicts, type ConflictRow } from './businesses';
import { decodeCursor, toPage, type Keyset } from './cursor';
import { rowToRecord, toEnvelope, type RecordRow } from './record-row';

export const KARTE_CONSULTATIONS = 20;
const MAX_OPEN_ACTIONS = 200;
const MAX_CONFLICTS = 200;

type Reader = { advisorId: string; canManage: boolean };

export const readerOf = (caller: Caller): Reader => ({ advisorId: caller.advisorId, canManage: roleAtLeast(caller.role, 'manager') });

const recordPosition = (row: RecordRow): Keyset => ({ key: row.sort_key ?? '', id: row.id });

/** Conflict copies of a 機微 consultation are hidden like the consultation (same rule as pull). */
const conflictEnvelope = (row: ConflictRow, reader: Reader): RecordEnvelope =>
  redactConflictCopy(
    toEnvelope(rowToRecord(row), reader),
    { sensitive: row.parent_kind === 'consultation' && row.parent_sensitive === 1, authorId: row.parent_author_id },
    reader,
  );

/** Audit entries for every 機微 record the reader is about to receive unredacted. */
export function sensitiveReads(caller: Caller, envelopes: RecordEnvelope[], isSensitive: (e: RecordEnvelope) => boolean): AuditEntry[] {
  return envelopes
    .filter((e) => !e.redacted && isSensitive(e))
    .map((e) => ({ orgId: caller.orgId, advisorId: caller.advisorId, action: 'record.read_sensitive', target: e.id }));
}

const isSensitiveConsultation = (e: RecordEnvelope) => e.kind === 'consultation' && e.data.sensitive === true;

/** One page of a business's consultations, newest first, and the audit entries it causes. */
export async function consultationPage(db: D1Database, caller: Caller, businessId: string, cursor: string | undefined, limit: number) {
  const reader = readerOf(caller);
  const rows = await listConsultations(db, caller.orgId, businessId, decodeCursor(cursor), limit);
  const page = toPage(rows, limit, recordPosition, (row) => toEnvelope(rowToRecord(row), reader));
  return { page, audit: sensitiveReads(caller, page.items, isSensitiveConsultation) };
}

/** The karte of a live business, and the audit entries its 機微 contents cause. */
export async function loadKarte(db: D1Database, caller: Caller, business: RecordRow): Promise<{ karte: KarteResponse; audit: AuditEntry[] }> {
  const reader = readerOf(caller);
  const [consultations, actions, conflictRows] = await Promise.all([
    consultationPage(db, caller, business.id, undefined, KARTE_CONSULTATIONS),
    listOpenActions(db, caller.orgId, business.id, MAX_OPEN_ACTIONS),
    listOpenConflicts(db, caller.orgId, business.id, MAX_CONFLICTS),
  ]);
  const conflicts = conflictRows.map((row) => conflictEnvelope(row, reader));
  const sensitiveParents = new Set(conflictRows.filter((r) => r.parent_kind === 'consultation' && r.parent_sensitive === 1).map((r) => r.id));
  const karte: KarteResponse = {
    business: toEnvelope(rowToRecord(business), reader),
    consultations: consultations.page.items,
    nextConsultationCursor: consultations.page.nextCursor,
    openActions: actions.map((row) => toEnvelope(rowToRecord(row), reader)),
    conflicts,
  };
  return { karte, audit: [...consultations.audit, ...sensitiveReads(caller, conflicts, (e) => sensitiveParents.has(e.id))] };
}
