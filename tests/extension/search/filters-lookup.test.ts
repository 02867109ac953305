import { describe, expect, it } from 'vitest';
import { aBusiness, aConsultation } from '../../fixtures/records';
import { docOf, ids, indexOf } from './build';

const ADVISOR = '0190a5a0-0000-7000-8000-000000000001';
const OTHER_ADVISOR = '0190a5a0-0000-7000-8000-000000000002';

describe('filters', () => {
  it('leaves 機微 consultations out unless the searcher may read them or wrote them', () => {
    const open = aConsultation({ inquiry: '借入れの相談' });
    const sensitive = aConsultation({ inquiry: '借入れと家族の病気の相談', sensitive: true, authorId: ADVISOR });
    const index = indexOf({ consultation: open }, { consultation: sensitive });
    expect(ids(index, '借入れ')).toEqual([open.id]);
    expect(ids(index, '病気')).toEqual([]);
    expect(ids(index, '借入れ', { viewerId: OTHER_ADVISOR })).toEqual([open.id]);
    expect(ids(index, '病気', { viewerId: ADVISOR })).toEqual([sensitive.id]);
    expect(ids(index, '病気', { includeSensitive: true })).toEqual([sensitive.id]);
  });

  it('counts a 機微 consultation not yet synced (no author yet) as written by the viewer on this device', () => {
    const unsynced = aConsultation({ inquiry: '家族の病気で休業', sensitive: true, authorId: null });
    const index = indexOf({ consultation: unsynced });
    expect(ids(index, '病気', { viewerId: ADVISOR })).toEqual([unsynced.id]);
    expect(ids(index, '病気')).toEqual([]);
  });

  it('keeps a date range in Tokyo days, both ends included', () => {
    // 2026-03-31 23:30 JST is 14:30Z; 2026-04-01 00:00 JST is 2026-03-31 15:00Z.
    const lastOfMarch = aConsultation({ inquiry: '補助金', heldAt: '2026-03-31T14:30:00Z' });
    const firstOfApril = aConsultation({ inquiry: '補助金', heldAt: '2026-03-31T15:00:00Z' });
    const endOfApril = aConsultation({ inquiry: '補助金', heldAt: '2026-04-30T14:59:59Z' });
    const index = indexOf({ consultation: lastOfMarch }, { consultation: firstOfApril }, { consultation: endOfApril });
    expect(ids(index, '補助金', { from: '2026-04-01', to: '2026-04-30' }).sort()).toEqual([firstOfApril.id, endOfApril.id].sort());
    expect(ids(index, '補助金', { to: '2026-03-31' })).toEqual([lastOfMarch.id]);
    expect(() => index.search('補助金', { from: '2026-02-30' })).toThrow(/YYYY-MM-DD/);
  });

  it('filters by tag, channel, programme and advisor, and a filter keeps only records that have it', () => {
    const business = aBusiness({ name: '補助金商事' });
    const match = aConsultation({
      inquiry: '補助金申請',
      tagIds: ['topic-subsidy', 'measure-jizokuka'],
      channel: 'visit',
      programme: 'kaizen_fukyu',
      advisorIds: [ADVISOR],
    });
    const otherTag = aConsultation({
      inquiry: '補助金申請',
      tagIds: ['topic-subsidy'],
      channel: 'visit',
      programme: 'kaizen_fukyu',
      advisorIds: [ADVISOR],
    });
    const otherChannel = aConsultation({
      inquiry: '補助金申請',
      tagIds: ['topic-subsidy', 'measure-jizokuka'],
      channel: 'phone',
      programme: 'kaizen_fukyu',
      advisorIds: [ADVISOR],
    });
    const otherAdvisor = aConsultation({
      inquiry: '補助金申請',
      tagIds: ['topic-subsidy', 'measure-jizokuka'],
      channel: 'visit',
      programme: 'general',
      advisorIds: [OTHER_ADVISOR],
    });
    const index = indexOf(
      { business },
      { consultation: match },
      { consultation: otherTag },
      { consultation: otherChannel },
      { consultation: otherAdvisor },
    );
    expect(ids(index, '補助金')).toHaveLength(5);
    expect(ids(index, '補助金', { tagIds: ['topic-subsidy', 'measure-jizokuka'], channels: ['visit'], advisorId: ADVISOR })).toEqual([
      match.id,
    ]);
    expect(ids(index, '補助金', { programmes: ['general'] })).toEqual([otherAdvisor.id]);
    expect(ids(index, '補助金', { kinds: ['business'] })).toEqual([business.id]);
  });

  it('filters consultations by the current karte status of their business', () => {
    const business = aBusiness({ name: '能登水産', status: 'continuing' });
    const c = aConsultation({ businessId: business.id, inquiry: '事業承継の相談' });
    const index = indexOf({ business }, { consultation: c });
    expect(ids(index, '事業承継', { statuses: ['banso'] })).toEqual([]);
    index.upsert(docOf({ business: { ...business, status: 'banso' } }));
    expect(ids(index, '事業承継', { statuses: ['banso'] })).toEqual([c.id]);
  });

  it('gives the newest of the records a filter keeps, even when far newer ones match the words', () => {
    const banso = aBusiness({ name: '能登水産', status: 'banso' });
    const day = (d: number) => `2026-01-${String(d).padStart(2, '0')}T01:00:00Z`;
    // Days 1–5 are the 伴走 karte's; days 6–29, newer, another business's.
    const kept = [1, 2, 3, 4, 5].map((d) => aConsultation({ businessId: banso.id, inquiry: '事業承継の相談', heldAt: day(d) }));
    const newer = Array.from({ length: 24 }, (_, i) => aConsultation({ inquiry: '事業承継の相談', heldAt: day(6 + i) }));
    const index = indexOf({ business: banso }, ...[...kept, ...newer].map((consultation) => ({ consultation })));
    const found = index.search('事業承継', { statuses: ['banso'], kinds: ['consultation'] }, 3).map((h) => h.id);
    expect(found).toEqual([kept[4]!.id, kept[3]!.id, kept[2]!.id]);
  });

  it('searches one karte: the business and its own consultations', () => {
    const business = aBusiness({ name: '白山酒造' });
    const own = aConsultation({ businessId: business.id, inquiry: '酒造の販路開拓', heldAt: '2026-01-01T00:00:00Z' });
    const elsewhere = aConsultation({ inquiry: '酒造の販路開拓' });
    const index = indexOf({ business }, { consultation: own }, { consultation: elsewhere });
    expect(ids(index, '酒造', { businessId: business.id })).toEqual([business.id, own.id]);
    expect(ids(index, '', { businessId: business.id, kinds: ['consultation'] })).toEqual([own.id]);
  });
});

describe('法人番号 and external IDs', () => {
  const business = aBusiness({
    name: '株式会社みなと製作所',
    corporateNumber: '7010001008844',
    externalIds: [
      { system: 'BIZミル', value: 'BZ012345' },
      { system: 'kintone', value: '881' },
    ],
  });

  it('looks a business up exactly by 法人番号, also typed in full-width digits', () => {
    const index = indexOf({ business });
    expect(index.lookupCorporateNumber('7010001008844')).toEqual([business.id]);
    expect(index.lookupCorporateNumber('７０１０００１００８８４４')).toEqual([business.id]);
    expect(index.lookupCorporateNumber('7010001008845')).toEqual([]);
  });

  it('looks a business up by system and external ID, ignoring case and width', () => {
    const index = indexOf({ business });
    expect(index.lookupExternalId('BIZミル', 'BZ012345')).toEqual([business.id]);
    expect(index.lookupExternalId('bizミル', 'ｂｚ012345')).toEqual([business.id]);
    expect(index.lookupExternalId('kintone', 'BZ012345')).toEqual([]);
  });

  it('finds a business from the first digits of its 法人番号 or external ID, prefix first', () => {
    const other = aBusiness({ name: '北陸商事', essentialIssue: '取引先7010001との関係' });
    const index = indexOf({ business }, { business: other });
    expect(ids(index, '7010001')).toEqual([business.id, other.id]);
    expect(index.search('bz0123')[0]).toMatchObject({ id: business.id, field: 'externalIds', highlights: [[0, 6]] });
  });

  it('forgets the old numbers when a business is changed', () => {
    const index = indexOf({ business });
    index.upsert(docOf({ business: { ...business, corporateNumber: null, externalIds: [] } }));
    expect(index.lookupCorporateNumber('7010001008844')).toEqual([]);
    expect(index.lookupExternalId('BIZミル', 'BZ012345')).toEqual([]);
  });
});
