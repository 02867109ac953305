import { BUSINESS_CHILD_KINDS, mergedBusinessFields, yearlyFiguresOnMerge } from '../../shared/business-merge';
import type { Business } from '../../shared/records';
import type { RecordsRepo } from './records-repo';
import { TABLE_OF, type KarteDb } from './schema';

/**
 * Managing businesses from the 事業者一覧 and the karte: basic fields, delete (a tombstone,
 * undone by restoring it) and merging a duplicate into the business kept.
 */
export function createBusinessWrites(db: KarteDb, repo: RecordsRepo) {
  return {
    update: (id: string, change: Partial<Business>) => repo.update('business', id, change),
    remove: (id: string) => repo.remove('business', id),
    restore: (id: string) => repo.restore('business', id),
    /**
     * Merges `awayId` into `keptId` in one transaction: the kept business takes what it lacked
     * (shared/business-merge.ts), the duplicate is marked merged and deleted, and its
     * consultations, actions and support records show under the kept business at once (yearly
     * figures of a 決算期 both have become one). They move here without mutations of their
     * own: the server files every one of them (those written on other devices too, and a
     * colleague's 機微 note this advisor may not edit) when the merge arrives, by the same rules
     * (docs/sync.md). False when either business is gone or they are the same.
     */
    merge(awayId: string, keptId: string): Promise<boolean> {
      const kinds = ['business', ...BUSINESS_CHILD_KINDS] as const;
      return repo.transaction(kinds, async () => {
        const [away, kept] = await Promise.all([repo.get('business', awayId), repo.get('business', keptId)]);
        if (!away || !kept || away.deleted || kept.deleted || awayId === keptId) return false;
        const fill = mergedBusinessFields(kept, away);
        if (Object.keys(fill).length > 0) await repo.update('business', keptId, fill);
        const [keptFigures, awayFigures] = await Promise.all([
          db.yearlyFigures.where('businessId').equals(keptId).toArray(),
          db.yearlyFigures.where('businessId').equals(awayId).toArray(),
        ]);
        for (const { id, change } of yearlyFiguresOnMerge(keptFigures, awayFigures)) await db.yearlyFigures.update(id, change);
        for (const kind of BUSINESS_CHILD_KINDS) {
          await db.table(TABLE_OF[kind]).where('businessId').equals(awayId).modify({ businessId: keptId });
        }
        await repo.update('business', awayId, { mergedInto: keptId, deleted: true });
        return true;
      });
    },
  };
}

export type BusinessWrites = ReturnType<typeof createBusinessWrites>;
