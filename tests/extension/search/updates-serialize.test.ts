import { describe, expect, it } from 'vitest';
import { loadSearchIndex, SearchIndexFormatError, consultationSearchDoc } from '../../../extension/search';
import { aBusiness, aConsultation } from '../../fixtures/records';
import { docOf, ids, indexOf } from './build';

describe('incremental updates', () => {
  it('replaces a record: the old text is no longer found, the new text is', () => {
    const c = aConsultation({ inquiry: '販路開拓の相談' });
    const index = indexOf({ consultation: c });
    index.upsert(docOf({ consultation: { ...c, inquiry: '事業承継の相談' } }));
    expect(ids(index, '販路開拓')).toEqual([]);
    expect(ids(index, '事業承継')).toEqual([c.id]);
    expect(index.size).toBe(1);
  });

  it('removes a record, and a deleted record has no document to index', () => {
    const c = aConsultation({ inquiry: '人手不足' });
    const index = indexOf({ consultation: c });
    expect(index.remove(c.id)).toBe(true);
    expect(index.remove(c.id)).toBe(false);
    expect(ids(index, '人手不足')).toEqual([]);
    expect(consultationSearchDoc({ ...c, deleted: true }, [])).toBeNull();
  });

  it('updates tags and flags without re-indexing the text', () => {
    const c = aConsultation({ inquiry: '資金繰り', tagIds: [] });
    const index = indexOf({ consultation: c });
    const before = index.stats().postings;
    index.upsert(docOf({ consultation: { ...c, tagIds: ['topic-finance'], sensitive: true } }));
    expect(index.stats().postings).toBe(before);
    expect(ids(index, '資金繰り', { tagIds: ['topic-finance'] })).toEqual([]);
    expect(ids(index, '資金繰り', { tagIds: ['topic-finance'], includeSensitive: true })).toEqual([c.id]);
  });

  it('names the consultations to index again when a tag is renamed', () => {
    const tagged = aConsultation({ tagIds: ['topic-sales'] });
    const index = indexOf({ consultation: tagged, tagNames: ['販路開拓'] }, { consultation: aConsultation({ tagIds: ['topic-finance'] }) });
    expect(index.consultationsWithTag('topic-sales')).toEqual([tagged.id]);
    index.upsert(docOf({ consultation: tagged, tagNames: ['販路・営業'] }));
    expect(ids(index, '販路開拓')).toEqual([]);
    expect(ids(index, '販路・営業')).toEqual([tagged.id]);
  });

  it('compacts away replaced records and still finds the same', () => {
    const records = Array.from({ length: 5 }, (_, i) => aConsultation({ inquiry: `価格転嫁の交渉 ${i}` }));
    const index = indexOf(...records.map((consultation) => ({ consultation })));
    for (const c of records.slice(0, 3)) index.upsert(docOf({ consultation: { ...c, inquiry: `${c.inquiry}（追記）` } }));
    expect(index.stats().deadSlots).toBe(3);
    const before = ids(index, '価格転嫁');
    index.compact();
    expect(index.stats().deadSlots).toBe(0);
    expect(ids(index, '価格転嫁')).toEqual(before);
  });
});

describe('serialising for IndexedDB', () => {
  it('loads to an index that answers exactly like the original, after a structured clone', async () => {
    const business = aBusiness({ name: 'ﾍﾞｰｶﾘｰ青葉', corporateNumber: '7010001008844', status: 'banso' });
    const notes = [
      aConsultation({
        businessId: business.id,
        inquiry: 'パンの販路開拓\n\n（２回目）',
        tagIds: ['topic-sales'],
        heldAt: '2026-01-05T02:00:00Z',
      }),
      aConsultation({ businessId: business.id, ownerWords: '「値上げは怖い」', sensitive: true, heldAt: '2026-02-05T02:00:00Z' }),
    ];
    const index = indexOf({ business }, ...notes.map((consultation) => ({ consultation, tagNames: ['販路開拓'] })));
    index.remove(notes[1]!.id);
    index.upsert(docOf({ consultation: notes[1]! }));
    const loaded = loadSearchIndex(structuredClone(await index.serialize()));
    for (const [q, f] of [
      ['ベーカリー', {}],
      ['販路開拓', { statuses: ['banso'] }],
      ['値上げ', { includeSensitive: true }],
      ['２回目', {}],
      ['', { businessId: business.id }],
    ] as const) {
      expect(loaded.search(q, f)).toEqual(index.search(q, f));
    }
    expect(loaded.lookupCorporateNumber('7010001008844')).toEqual([business.id]);
    expect(loaded.stats()).toEqual(index.stats());
  });

  it('keeps taking updates after loading', async () => {
    const first = aConsultation({ inquiry: '創業計画' });
    const loaded = loadSearchIndex(structuredClone(await indexOf({ consultation: first }).serialize()));
    const second = aConsultation({ inquiry: '創業融資' });
    loaded.upsert(docOf({ consultation: second }));
    loaded.upsert(docOf({ consultation: { ...first, inquiry: '創業計画書の見直し' } }));
    expect(ids(loaded, '創業').sort()).toEqual([first.id, second.id].sort());
    expect(ids(loaded, '見直し')).toEqual([first.id]);
  });

  it('refuses data it cannot read with an error that says to rebuild', async () => {
    const data = await indexOf({ consultation: aConsultation() }).serialize();
    expect(() => loadSearchIndex({ ...data, version: 999 })).toThrow(SearchIndexFormatError);
    expect(() => loadSearchIndex({ ...data, bytes: new Uint8Array(3) })).toThrow(/作り直してください/);
    expect(() => loadSearchIndex(JSON.parse(JSON.stringify(data)))).toThrow(SearchIndexFormatError);
  });
});
