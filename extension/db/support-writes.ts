import type { FieldsOf } from '../../shared/records';
import type { Founding, SupportKind } from '../karte/support-kinds';
import type { RecordsRepo } from './records-repo';
import type { LocalFounder, LocalRecord } from './schema';

/**
 * The karte's writes of support records, each through the repository (record + outbox
 * mutation in one transaction; a delete is a tombstone undone by restoring it). `null`: the
 * record (or its business) no longer exists.
 */
export function createSupportWrites(repo: RecordsRepo) {
  return {
    create: <K extends SupportKind>(kind: K, fields: Partial<FieldsOf<K>>): Promise<LocalRecord<K>> => repo.create(kind, fields),
    update: <K extends SupportKind>(kind: K, id: string, change: Partial<FieldsOf<K>>) => repo.update(kind, id, change),
    remove: (kind: SupportKind, id: string) => repo.remove(kind, id),
    restore: (kind: SupportKind, id: string) => repo.restore(kind, id),
    /**
     * A founder recorded on a karte: the karte is the founder's until the business starts up, so
     * a karte whose 法人・個人の区分 is not recorded yet becomes 創業予定 with it.
     */
    createFounder: (businessId: string, fields: Partial<FieldsOf<'founder'>>): Promise<LocalFounder | null> =>
      repo.transaction(['founder', 'business'], async () => {
        const business = await repo.get('business', businessId);
        if (!business || business.deleted) return null;
        const founder = await repo.create('founder', { ...fields, businessId });
        if (business.legalForm === null) await repo.update('business', businessId, { legalForm: 'pre_startup' });
        return founder;
      }),
    /**
     * 事業者として登録: the founder started up. The karte becomes the business's — its name and
     * legal form — and the founder keeps the 創業日; the consultations (the founder's sessions)
     * stay where they are. Both or neither.
     */
    registerFounded: (founderId: string, founding: Founding): Promise<LocalFounder | null> =>
      repo.transaction(['founder', 'business'], async () => {
        const founder = await repo.get('founder', founderId);
        if (!founder || founder.deleted || !founder.businessId) return null;
        const business = await repo.update('business', founder.businessId, { name: founding.name, legalForm: founding.legalForm });
        if (!business) return null;
        return repo.update('founder', founderId, { foundedOn: founding.foundedOn });
      }),
  };
}

export type SupportWrites = ReturnType<typeof createSupportWrites>;
