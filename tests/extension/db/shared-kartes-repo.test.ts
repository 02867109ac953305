import { describe, expect, it } from 'vitest';
import type { SharedKarte } from '../../../shared';
import { observeSharedKartes, saveSharedKartes } from '../../../extension/db/shared-kartes-repo';
import { freshDb } from '../support/db';

const org = (id: string, name: string) => ({ id, name, kind: null, prefecture: null, municipality: '' });
const karte = (id: string, linkedBusinessId: string | null = null): SharedKarte => ({
  share: {
    id,
    from: org('a', 'よろず支援拠点'),
    to: org('b', '輪島商工会'),
    businessId: '',
    businessName: `店${id}`,
    consentOn: '2026-12-01',
    consentMethod: 'written',
    purpose: '共同支援',
    scope: ['profile'],
    expiresOn: '2027-03-31',
    withdrawnAt: null,
    state: 'active',
    createdByName: '山田',
    linkedBusinessId,
  },
  business: { name: `店${id}`, profile: { vision: '続ける' } },
  consultations: [],
  actions: [],
});

describe('kartes shared by other organisations, on the device', () => {
  it('are replaced whole by each sync: a share withdrawn or expired since leaves the device', async () => {
    const db = freshDb();
    expect(await saveSharedKartes(db, [karte('s1'), karte('s2', 'own-1')])).toBe(true);
    expect((await db.sharedKartes.where('linkedBusinessId').equals('own-1').toArray()).map((r) => r.id)).toEqual(['s2']);
    // The same answer again writes nothing (every open page watches the table).
    expect(await saveSharedKartes(db, [karte('s2', 'own-1'), karte('s1')])).toBe(false);
    expect(await saveSharedKartes(db, [karte('s2', 'own-1')])).toBe(true);
    expect((await db.sharedKartes.toArray()).map((r) => r.id)).toEqual(['s2']);
    const seen: string[][] = [];
    const stop = observeSharedKartes(db, (rows) => seen.push(rows.map((r) => r.id)));
    await saveSharedKartes(db, []);
    await new Promise((r) => setTimeout(r, 50));
    stop();
    expect(seen.at(-1)).toEqual([]);
  });
});
