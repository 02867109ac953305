import { describe, expect, it } from 'vitest';
import { loadSearchIndex, SearchIndexFormatError, type SearchIndex } from '../../../extension/search';
import { packIndexBytes, unpackIndex } from '../../../extension/search/snapshot-pack';
import { aBusiness, aConsultation } from '../../fixtures/records';
import { docOf, indexOf } from './build';

const karte = aBusiness({
  name: 'ｶﾌｪ・ﾐﾅﾄ',
  status: 'banso',
  corporateNumber: '7010001008844',
  externalIds: [{ system: 'BIZミル', value: 'BZ000123' }],
});
const note = aConsultation({
  businessId: karte.id,
  heldAt: '2026-04-02T01:00:00Z',
  tagIds: ['topic-finance'],
  channel: 'visit',
  advisorIds: ['0190a5a0-0000-7000-8000-000000000001'],
  inquiry: 'ＰＯＳレジの入れ替えと、運転資金の借入れについて相談。',
  ownerWords: '「値上げしたら常連さんが離れる気がする」',
});
const other = aConsultation({
  inquiry: '事業承継の相談。息子には継いでほしい。',
  sensitive: true,
  authorId: '0190a5a0-0000-7000-8000-0000000000aa',
});

/** The index through the binary snapshot and back, as the worker stores and loads it. */
const throughSnapshot = async (index: SearchIndex) => loadSearchIndex(unpackIndex(packIndexBytes(await index.serialize())));
const answers = (index: SearchIndex, query: string, filters = {}) =>
  index.search(query, filters).map(({ id, field, snippet, highlights, score }) => ({ id, field, snippet, highlights, score }));

describe('binary snapshot', () => {
  it('loads an index that answers exactly as the one saved, filters and lookups included', async () => {
    const saved = indexOf({ business: karte }, { consultation: note, tagNames: ['金融'] }, { consultation: other });
    const loaded = await throughSnapshot(saved);
    // Twice: a loaded document is searched on its code units first, then decoded when met again.
    for (let round = 0; round < 2; round++) {
      for (const q of ['posレジ', 'カフェ', '常連さん', '金融', '7010001', '継いでほしい', '相談'])
        expect(answers(loaded, q), q).toEqual(answers(saved, q));
    }
    expect(answers(loaded, '相談', { statuses: ['banso'], tagIds: ['topic-finance'], channels: ['visit'] }).map((h) => h.id)).toEqual([
      note.id,
    ]);
    expect(answers(loaded, '継いで', { includeSensitive: true }).map((h) => h.id)).toEqual([other.id]);
    const karteOnly = { businessId: karte.id };
    expect(answers(loaded, '', karteOnly)).toEqual(answers(saved, '', karteOnly));
    expect(
      answers(loaded, '', karteOnly)
        .map((h) => h.id)
        .sort(),
    ).toEqual([karte.id, note.id].sort());
    expect(loaded.lookupCorporateNumber('7010001008844')).toEqual([karte.id]);
    expect(loaded.lookupExternalId('bizミル', 'bz000123')).toEqual([karte.id]);
    expect(loaded.consultationsWithTag('topic-finance')).toEqual([note.id]);
    // The original text comes back as written (half-width kana, full-width letters).
    expect(loaded.search('カフェ')[0]?.snippet).toBe('ｶﾌｪ・ﾐﾅﾄ');
  });

  it('ranks equally good businesses by their latest consultation, loaded or not, and after a change', async () => {
    const older = aBusiness({ name: 'みなと食堂' });
    const newer = aBusiness({ name: 'みなと食堂' });
    const saved = indexOf(
      { business: older },
      { business: newer },
      { consultation: aConsultation({ businessId: older.id, heldAt: '2025-01-10T00:00:00Z' }) },
      { consultation: aConsultation({ businessId: newer.id, heldAt: '2026-03-01T00:00:00Z' }) },
    );
    const loaded = await throughSnapshot(saved);
    expect(answers(loaded, 'みなと食堂', { kinds: ['business'] }).map((h) => h.id)).toEqual([newer.id, older.id]);
    loaded.upsert(docOf({ consultation: aConsultation({ businessId: older.id, heldAt: '2026-06-01T00:00:00Z' }) }));
    expect(answers(loaded, 'みなと食堂', { kinds: ['business'] }).map((h) => h.id)).toEqual([older.id, newer.id]);
  });

  it('takes changes after loading, and saves and loads again', async () => {
    const loaded = await throughSnapshot(indexOf({ business: karte }, { consultation: note, tagNames: ['金融'] }));
    loaded.upsert(docOf({ consultation: { ...note, inquiry: '販路開拓の相談' }, tagNames: ['金融'] }));
    loaded.upsert(docOf({ business: { ...karte, status: 'closed' } }));
    const again = await throughSnapshot(loaded);
    expect(answers(again, 'ＰＯＳレジ')).toEqual([]);
    expect(answers(again, '販路開拓', { statuses: ['closed'] }).map((h) => h.id)).toEqual([note.id]);
    again.compact();
    expect(answers(again, '販路開拓').map((h) => h.id)).toEqual([note.id]);
  });

  it('refuses bytes that are no snapshot, or a damaged one', async () => {
    expect(() => unpackIndex(new ArrayBuffer(16))).toThrow(SearchIndexFormatError);
    const bytes = packIndexBytes(await indexOf({ business: karte }).serialize());
    expect(() => unpackIndex(bytes.slice(0, bytes.byteLength - 64))).toThrow(SearchIndexFormatError);
  });
});
