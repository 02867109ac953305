import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, uuidv7 } from '../../../shared';
import { createBusinessWrites } from '../../../extension/db/business-writes';
import { createRecordsRepo } from '../../../extension/db/records-repo';
import { openKarteDb } from '../../../extension/db/schema';
import { createDexieSyncStore } from '../../../extension/db/sync-store';
import { createSupportWrites } from '../../../extension/db/support-writes';
import { freshDb, freshDbName } from '../support/db';

/** The support records in the local store (Dexie version 9): merges, founders, and a store upgraded from before them. */
describe('support records in the local store', () => {
  it('a merge files them under the business kept at once; one 決算期 keeps one record', async () => {
    const db = freshDb();
    const repo = createRecordsRepo(db);
    const kept = await repo.create('business', { name: '山田商店' });
    const away = await repo.create('business', { name: 'やまだ商店' });
    const app = await repo.create('application', { businessId: away.id, measure: 'it_donyu' });
    const event = await repo.create('demandEvent', { businessId: away.id, eventKind: 'exhibition', name: '物産展', heldOn: '2026-07-01' });
    const keptFigure = await repo.create('yearlyFigures', { businessId: kept.id, fiscalPeriod: '2026-03', sales: 48_000_000 });
    const twin = await repo.create('yearlyFigures', { businessId: away.id, fiscalPeriod: '2026-03', sales: 50_000_000, employees: 4 });
    const older = await repo.create('yearlyFigures', { businessId: away.id, fiscalPeriod: '2025-03', sales: 45_000_000 });

    expect(await createBusinessWrites(db, repo).merge(away.id, kept.id)).toBe(true);
    for (const id of [app.id, event.id]) {
      expect((await db.table(id === app.id ? 'applications' : 'demandEvents').get(id)).businessId).toBe(kept.id);
    }
    expect(await db.yearlyFigures.get(keptFigure.id)).toMatchObject({
      businessId: kept.id,
      sales: 48_000_000,
      employees: 4,
      deleted: false,
    });
    expect(await db.yearlyFigures.get(twin.id)).toMatchObject({ businessId: kept.id, deleted: true });
    expect(await db.yearlyFigures.get(older.id)).toMatchObject({ businessId: kept.id, deleted: false });
  });

  it('a founder makes a karte without a legal form 創業予定, and 事業者として登録 writes the business and the founder together', async () => {
    const db = freshDb();
    const repo = createRecordsRepo(db);
    const writes = createSupportWrites(repo);
    const business = await repo.create('business', { name: '能登 花子' });
    const founder = (await writes.createFounder(business.id, { name: '能登 花子' }))!;
    expect(await db.businesses.get(business.id)).toMatchObject({ legalForm: 'pre_startup' });

    await writes.registerFounded(founder.id, { name: '古民家カフェ はなこ', legalForm: 'sole_proprietor', foundedOn: '2026-10-05' });
    expect(await db.businesses.get(business.id)).toMatchObject({ name: '古民家カフェ はなこ', legalForm: 'sole_proprietor' });
    expect(await db.founders.get(founder.id)).toMatchObject({ foundedOn: '2026-10-05' });
    const outbox = await db.outbox.toArray();
    expect(outbox.slice(-2).map((e) => [e.kind, e.fields])).toEqual([
      ['business', { name: '古民家カフェ はなこ', legalForm: 'sole_proprietor' }],
      ['founder', { foundedOn: '2026-10-05' }],
    ]);
    // A founder of a business that is gone is not registered.
    await repo.remove('founder', founder.id);
    expect(await writes.registerFounded(founder.id, { name: 'x', legalForm: 'corporation', foundedOn: '2026-10-05' })).toBeNull();
  });

  it('sync applies a pulled support record, and takes one refused by the server back off the karte', async () => {
    const db = freshDb();
    const sync = createDexieSyncStore(db);
    const repo = createRecordsRepo(db);
    const businessId = uuidv7();
    const pulled = {
      kind: 'demandEvent' as const,
      id: uuidv7(),
      version: 7,
      authorId: null,
      createdAt: '2026-07-11T00:00:00.000Z',
      updatedAt: '2026-07-11T00:00:00.000Z',
      redacted: false,
      data: {
        businessId,
        eventKind: 'exhibition',
        name: '物産展',
        heldOn: '2026-07-10',
        meetings: 3,
        deals: 1,
        dealAmount: null,
        deleted: false,
      },
    };
    await sync.applyPullPage({ protocol: PROTOCOL_VERSION, changes: [pulled], cursor: 7, hasMore: false, lastMutationId: 0 }, true);
    expect(await db.demandEvents.get(pulled.id)).toMatchObject({ name: '物産展', version: 7, businessId });

    // A second figures record for a 決算期 another device recorded first: the server refuses it.
    const twin = await repo.create('yearlyFigures', { businessId, fiscalPeriod: '2026-03', sales: 1 });
    const entry = (await db.outbox.toArray()).at(-1)!;
    await sync.recordPush({
      protocol: PROTOCOL_VERSION,
      lastMutationId: entry.id,
      cursor: 8,
      results: [
        {
          id: entry.id,
          status: 'rejected',
          code: 'already_exists',
          message: '2026年3月期の決算の数値は、この事業者にすでに登録されています',
        },
      ],
    });
    expect(await db.yearlyFigures.get(twin.id)).toBeUndefined();
    expect(await db.outbox.get(entry.id)).toMatchObject({ state: 'rejected', error: { code: 'already_exists' } });
  });

  it('upgrades a store of version 6 (before the profile fields and the support records) to version 9', async () => {
    const name = freshDbName();
    const old = new Dexie(name);
    old.version(6).stores({
      businesses: 'id, name, nameKana, corporateNumber, updatedAt',
      consultations: 'id, businessId, heldAt, [businessId+heldAt], updatedAt',
      actions: 'id, businessId, dueDate, updatedAt',
      tagGroups: 'id, order',
      tags: 'id, groupId, order',
      conflicts: 'id, recordId',
      outbox: 'id, [kind+recordId], state',
      drafts: 'key, updatedAt',
      meta: 'key',
      serverCopies: 'id, kind, version',
      siteRules: 'id',
      searchSnapshots: 'key',
      advisors: 'id',
    });
    const id = uuidv7();
    await old.table('businesses').add({
      id,
      name: '古い記録の商店',
      version: 3,
      authorId: null,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      redacted: false,
    });
    old.close();

    const db = openKarteDb(name);
    expect(await db.businesses.get(id)).toMatchObject({ name: '古い記録の商店', assignments: [], industryMiddle: null, mergedInto: null });
    expect(await db.yearlyFigures.count()).toBe(0);
    const repo = createRecordsRepo(db);
    await repo.create('yearlyFigures', { businessId: id, fiscalPeriod: '2025-03', sales: 1_000_000 });
    expect(await db.yearlyFigures.where('businessId').equals(id).count()).toBe(1);
  });
});
