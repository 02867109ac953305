import Dexie, { liveQuery } from 'dexie';
import type {
  KarteDb,
  LocalAction,
  LocalApplication,
  LocalBusiness,
  LocalConflict,
  LocalConsultation,
  LocalDemandEvent,
  LocalExpertDispatch,
  LocalFounder,
  LocalYearlyFigures,
} from './schema';
import { businessesWithCorporateNumber, survivingBusiness } from './business-queries';
import { loadTaxonomy, type TaxonomyGroup } from './tag-queries';

/** The support records of one business (issue 13): live ones, in no particular order. */
export interface SupportRecords {
  applications: LocalApplication[];
  dispatches: LocalExpertDispatch[];
  figures: LocalYearlyFigures[];
  demandEvents: LocalDemandEvent[];
  founders: LocalFounder[];
}

/** Everything the full karte page shows of one business. */
export interface KartePageView {
  /** null: no such business, or it was deleted. */
  business: LocalBusiness | null;
  /** The business exists but was deleted (undo may bring it back), or merged into `mergedInto`. */
  gone: { name: string; mergedInto: LocalBusiness | null } | null;
  /** Every live consultation, newest first. */
  consultations: LocalConsultation[];
  /** Every live next action, done ones too (the timeline shows what each consultation agreed). */
  actions: LocalAction[];
  /** Unresolved conflict copies of the business, its consultations or its actions. */
  conflicts: LocalConflict[];
  /** The organisation's tags, read with the karte so the page renders once with names, stages and barriers. */
  groups: TaxonomyGroup[];
  /** Other live businesses with the same 法人番号: most likely the same company registered twice. */
  sameNumber: LocalBusiness[];
  support: SupportRecords;
}

async function loadSupportRecords(db: KarteDb, businessId: string): Promise<SupportRecords> {
  const live = <T extends { deleted: boolean }>(rows: T[]) => rows.filter((r) => !r.deleted);
  const [applications, dispatches, figures, demandEvents, founders] = await Promise.all([
    db.applications.where('businessId').equals(businessId).toArray(),
    db.expertDispatches.where('businessId').equals(businessId).toArray(),
    db.yearlyFigures.where('businessId').equals(businessId).toArray(),
    db.demandEvents.where('businessId').equals(businessId).toArray(),
    db.founders.where('businessId').equals(businessId).toArray(),
  ]);
  return {
    applications: live(applications),
    dispatches: live(dispatches),
    figures: live(figures),
    demandEvents: live(demandEvents),
    founders: live(founders),
  };
}

export async function loadKartePage(db: KarteDb, businessId: string): Promise<KartePageView> {
  const tables = [
    db.businesses,
    db.consultations,
    db.actions,
    db.conflicts,
    db.tagGroups,
    db.tags,
    db.applications,
    db.expertDispatches,
    db.yearlyFigures,
    db.demandEvents,
    db.founders,
  ];
  return db.transaction('r', tables, async () => {
    // Plain range reads, filtered here: a Dexie filter (or reverse) walks a cursor one row per
    // round trip, several times slower than IndexedDB's getAll for a karte's hundreds of rows.
    const [business, held, allActions, groups, support] = await Promise.all([
      db.businesses.get(businessId),
      db.consultations.where('[businessId+heldAt]').between([businessId, Dexie.minKey], [businessId, Dexie.maxKey]).toArray(),
      db.actions.where('businessId').equals(businessId).toArray(),
      loadTaxonomy(db),
      loadSupportRecords(db, businessId),
    ]);
    const consultations = held.filter((c) => !c.deleted).reverse();
    const actions = allActions.filter((a) => !a.deleted);
    const recordIds = [businessId, ...consultations.map((c) => c.id), ...actions.map((a) => a.id)];
    const conflicts = (await db.conflicts.where('recordId').anyOf(recordIds).toArray()).filter((c) => !c.deleted);
    const sameNumber = business && !business.deleted ? await businessesWithCorporateNumber(db, business.corporateNumber, businessId) : [];
    const survivor = business?.mergedInto
      ? await survivingBusiness(async (id) => (await db.businesses.get(id)) ?? null, business.id)
      : null;
    return {
      business: business && !business.deleted ? business : null,
      gone: business?.deleted ? { name: business.name, mergedInto: survivor && !survivor.deleted ? survivor : null } : null,
      consultations,
      actions,
      conflicts: conflicts.sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1)),
      groups,
      sameNumber,
      support,
    };
  });
}

/** The karte page now and whenever one of its records changes (in any page of the extension); returns the stop function. */
export function observeKartePage(db: KarteDb, businessId: string, onChange: (view: KartePageView) => void): () => void {
  const sub = liveQuery(() => loadKartePage(db, businessId)).subscribe({
    next: onChange,
    error: (e: unknown) => console.error('karte page observation stopped', e),
  });
  return () => sub.unsubscribe();
}
