import { describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY, uuidv7 } from '../../../shared';
import { suggestBanso, topicTagIds, type BansoInput } from '../../../extension/karte/banso-suggestion';
import { aBusiness, aConsultation } from '../../fixtures/records';

const TOPICS = topicTagIds(DEFAULT_TAXONOMY.flatMap((g) => g.tags.map(([id]) => ({ id, groupId: g.id, deleted: false }))));
const business = aBusiness({ status: 'continuing' });
/** A consultation of `business` at 10:00 Tokyo time on `date`. */
const on = (date: string, fields: Parameters<typeof aConsultation>[0] = {}) =>
  aConsultation({ businessId: business.id, heldAt: `${date}T01:00:00.000Z`, tagIds: ['topic-finance'], ...fields });

function input(consultations: BansoInput['consultations'], extra: Partial<BansoInput> = {}): BansoInput {
  return { business, consultations, topicTagIds: TOPICS, dismissedAt: null, now: '2026-08-01T03:00:00Z', ...extra };
}

describe('suggesting 伴走', () => {
  it('suggests it after three consultations on the same 相談分野 within six months, with the reason and the consultations', () => {
    const cs = [on('2026-01-10'), on('2026-03-01'), on('2026-07-10')];
    expect(suggestBanso(input(cs))).toEqual({
      reason: { kind: 'topic', tagId: 'topic-finance' },
      consultationIds: cs.map((c) => c.id),
      from: '2026-01-10',
      to: '2026-07-10',
    });
  });

  it('does not when the three span six months and a day', () => {
    expect(suggestBanso(input([on('2026-01-10'), on('2026-03-01'), on('2026-07-11')]))).toBeNull();
  });

  it('counts six months on the Tokyo calendar, not in UTC', () => {
    // 2026-07-10 23:30 JST is still 2026-07-10 in Tokyo (14:30Z); 2026-07-11 00:30 JST is not.
    const first = on('2026-01-10');
    const within = [first, on('2026-03-01'), on('2026-07-10', { heldAt: '2026-07-10T14:30:00Z' })];
    const past = [first, on('2026-03-01'), on('2026-07-10', { heldAt: '2026-07-10T15:30:00Z' })];
    expect(suggestBanso(input(within))).not.toBeNull();
    expect(suggestBanso(input(past))).toBeNull();
  });

  it('does not count two consultations, other topics, deleted records or other businesses', () => {
    const others = [
      on('2026-02-01', { tagIds: ['topic-sales'] }),
      on('2026-03-01', { deleted: true }),
      on('2026-04-01', { businessId: uuidv7() }),
      on('2026-05-01', { tagIds: ['event-prices'] }), // 特別事象, not a 相談分野
    ];
    expect(suggestBanso(input([on('2026-01-10'), on('2026-06-01'), ...others]))).toBeNull();
  });

  it('treats an identical 本質的課題 as the same issue, whatever the tags', () => {
    const issue = '取引先への依存度が高い';
    const cs = [on('2026-02-01', { tagIds: [], essentialIssue: issue }), on('2026-03-01', { tagIds: ['topic-sales'], essentialIssue: `${issue} ` }), on('2026-04-01', { tagIds: [], essentialIssue: issue })];
    expect(suggestBanso(input(cs))?.reason).toEqual({ kind: 'essentialIssue', text: issue });
  });

  it('never suggests it for a karte already 伴走, in follow-up or closed', () => {
    const cs = [on('2026-05-01'), on('2026-06-01'), on('2026-07-01')];
    for (const status of ['banso', 'follow_up', 'closed'] as const) {
      expect(suggestBanso(input(cs, { business: { ...business, status } }))).toBeNull();
    }
  });

  it('stays quiet after a dismissal until another qualifying consultation comes', () => {
    const cs = [on('2026-05-01'), on('2026-06-01'), on('2026-07-01')];
    expect(suggestBanso(input(cs, { dismissedAt: '2026-07-02T00:00:00Z' }))).toBeNull();
    const next = on('2026-07-20');
    expect(suggestBanso(input([...cs, next], { dismissedAt: '2026-07-02T00:00:00Z' }))?.consultationIds.at(-1)).toBe(next.id);
  });

  it('does not bring up a repeat that ended more than six months ago', () => {
    const old = [on('2025-01-10'), on('2025-02-10'), on('2025-03-10')];
    expect(suggestBanso(input(old, { now: '2025-09-10T03:00:00Z' }))).not.toBeNull();
    expect(suggestBanso(input(old, { now: '2025-09-11T03:00:00Z' }))).toBeNull();
  });
});
