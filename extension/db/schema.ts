import Dexie, { type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import type { DirectoryEntry, FieldsOf, Mutation, RecordEnvelope, RecordKind, SharedKarte } from '../../shared';
import { withAllFields } from '../../shared/record-defaults';
import type { LocalMeta } from '../sync/local-row';
import type { SearchSnapshotRow } from './search-snapshot';

export type { LocalMeta } from '../sync/local-row';

export type LocalRecord<K extends RecordKind> = FieldsOf<K> & LocalMeta;
export type LocalBusiness = LocalRecord<'business'>;
export type LocalConsultation = LocalRecord<'consultation'>;
export type LocalAction = LocalRecord<'action'>;
export type LocalTag = LocalRecord<'tag'>;
export type LocalTagGroup = LocalRecord<'tagGroup'>;
export type LocalConflict = LocalRecord<'conflict'>;
export type LocalSiteRule = LocalRecord<'siteRule'>;
export type LocalApplication = LocalRecord<'application'>;
export type LocalExpertDispatch = LocalRecord<'expertDispatch'>;
export type LocalYearlyFigures = LocalRecord<'yearlyFigures'>;
export type LocalDemandEvent = LocalRecord<'demandEvent'>;
export type LocalFounder = LocalRecord<'founder'>;

/** A queued local change; `id` is the mutation id of the protocol (1, 2, 3, … per client). */
export type OutboxEntry = Mutation & {
  /** pending: not yet acknowledged; rejected: the server refused it for good (kept to show the user). */
  state: 'pending' | 'rejected';
  error: { code: string; message: string } | null;
  queuedAt: string;
};

/** Text typed but not saved yet, keyed by where it was typed (e.g. `popup`, `panel:<businessId>`, `edit:<id>`). */
export interface Draft {
  key: string;
  value: Record<string, unknown>;
  updatedAt: string;
}

/**
 * The server's copy of a record as last pulled (the envelope, redaction included). The
 * record tables show this copy with pending local mutations on top; keeping it lets sync
 * take a rejected or unconfirmed local edit back off a record (extension/sync/rebase.ts).
 */
export type ServerCopy = RecordEnvelope;

/**
 * A karte another organisation shares with this one (広域連携), as its last sync received it:
 * read-only, replaced whole by every sync, so a withdrawn or expired share leaves the device then.
 * `linkedBusinessId` is this organisation's own business linked to it ('' when none: Dexie indexes no null).
 */
export interface SharedKarteRow {
  id: string;
  linkedBusinessId: string;
  karte: SharedKarte;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

/** Table name of each record kind. */
export const TABLE_OF = {
  business: 'businesses',
  consultation: 'consultations',
  action: 'actions',
  tagGroup: 'tagGroups',
  tag: 'tags',
  conflict: 'conflicts',
  siteRule: 'siteRules',
  application: 'applications',
  expertDispatch: 'expertDispatches',
  yearlyFigures: 'yearlyFigures',
  demandEvent: 'demandEvents',
  founder: 'founders',
} as const satisfies Record<RecordKind, string>;

export type KarteDb = Dexie & {
  businesses: EntityTable<LocalBusiness, 'id'>;
  consultations: EntityTable<LocalConsultation, 'id'>;
  actions: EntityTable<LocalAction, 'id'>;
  tagGroups: EntityTable<LocalTagGroup, 'id'>;
  tags: EntityTable<LocalTag, 'id'>;
  conflicts: EntityTable<LocalConflict, 'id'>;
  siteRules: EntityTable<LocalSiteRule, 'id'>;
  applications: EntityTable<LocalApplication, 'id'>;
  expertDispatches: EntityTable<LocalExpertDispatch, 'id'>;
  yearlyFigures: EntityTable<LocalYearlyFigures, 'id'>;
  demandEvents: EntityTable<LocalDemandEvent, 'id'>;
  founders: EntityTable<LocalFounder, 'id'>;
  outbox: EntityTable<OutboxEntry, 'id'>;
  drafts: EntityTable<Draft, 'key'>;
  meta: EntityTable<MetaEntry, 'key'>;
  serverCopies: EntityTable<ServerCopy, 'id'>;
  searchSnapshots: EntityTable<SearchSnapshotRow, 'key'>;
  /** The organisation's advisors as GET /v1/directory last said (extension/db/directory-repo.ts). */
  advisors: EntityTable<DirectoryEntry, 'id'>;
  /** Kartes other organisations share with this one (extension/db/shared-kartes-repo.ts). */
  sharedKartes: EntityTable<SharedKarteRow, 'id'>;
};

/**
 * Opens the local store. This module and its siblings in db/ are the only code
 * that touches IndexedDB. `indexedDB`/`IDBKeyRange` can be injected (fake-indexeddb in Node).
 */
export function openKarteDb(name = 'banso-karte', deps?: Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>): KarteDb {
  const db = new Dexie(name, deps) as KarteDb;
  db.version(1).stores({
    businesses: 'id, name, nameKana, corporateNumber, updatedAt',
    consultations: 'id, businessId, heldAt, [businessId+heldAt], updatedAt',
    actions: 'id, businessId, dueDate',
    tagGroups: 'id, order',
    tags: 'id, groupId, order',
    conflicts: 'id, recordId',
    outbox: 'id, [kind+recordId], state',
    drafts: 'key, updatedAt',
    meta: 'key',
  });
  // Version 2: the pulled server copy of each record, for rebasing local edits (sync).
  db.version(2).stores({ serverCopies: 'id, kind' });
  // Version 3: the organisation's site rules (portal linking, issue 5).
  db.version(3).stores({ siteRules: 'id' });
  // Version 4: the search index's snapshot, and server copies by version (what was pulled
  // since the snapshot: a pulled row's updatedAt is the server's clock, no use for that).
  db.version(4).stores({ searchSnapshots: 'key', serverCopies: 'id, kind, version' });
  // Version 5: actions by updatedAt, so the search index finds the actions written since it was saved.
  db.version(5).stores({ actions: 'id, businessId, dueDate, updatedAt' });
  // Version 6: the organisation's advisors (names, 職種, roles), so every page shows names (issue 12).
  db.version(6).stores({ advisors: 'id' });
  // Version 7: every record gains the fields added since it was stored (protocol 3), at their defaults.
  db.version(7).stores({}).upgrade(addNewFields);
  // Version 8: again, for the business profile (protocol 3 too), on stores already brought to version 7.
  db.version(8).stores({}).upgrade(addNewFields);
  // Version 9: the support records of protocol 4 (issue 13), each found by its business.
  db.version(9).stores({
    applications: 'id, businessId',
    expertDispatches: 'id, businessId',
    yearlyFigures: 'id, businessId',
    demandEvents: 'id, businessId',
    founders: 'id, businessId',
  });
  // Version 10: kartes shared by other organisations (広域連携, issue 14), found by the own business linked to them.
  db.version(10).stores({ sharedKartes: 'id, linkedBusinessId' });
  // Version 11: drafts by key only; nothing looked them up by updatedAt, and every keystroke wrote that index.
  db.version(11).stores({ drafts: 'key' });
  return db;
}

/**
 * Gives every stored record the fields its kind gained since it was stored, at their defaults.
 * Only the tables the store has at that version: a store upgraded from before version 9 runs
 * this before the support records' tables exist.
 */
async function addNewFields(tx: Transaction): Promise<void> {
  for (const [kind, table] of Object.entries(TABLE_OF) as [RecordKind, string][]) {
    if (!tx.idbtrans.objectStoreNames.contains(table)) continue;
    await tx
      .table(table)
      .toCollection()
      .modify((record: Record<string, unknown>) => {
        Object.assign(record, withAllFields(kind, record));
      });
  }
}
