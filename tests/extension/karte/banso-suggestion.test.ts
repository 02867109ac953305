import { describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY, uuidv7 } from '../../../shared';
import { DEFAULT_BANSO_RULE, suggestBanso, type BansoInput } from '../../../extension/karte/banso-suggestion';
import { issueKey, sameIssue } from '../../../extension/karte/issue-text';
import { aBusiness, aConsultation } from '../../fixtures/records';

const TAG_GROUPS = new Map(DEFAULT_TAXONOMY.flatMap((g) => g.tags.map(([id]) => [id, g.id] as const)));
const business = aBusiness({ status: 'continuing' });
/** A consultation of `business` at 10:00 Tokyo time on `date`: a plain note, no signal of its own. */
const on = (date: string, fields: Parameters<typeof aConsultation>[0] = {}) =>
  aConsultation({ businessId: business.id, heldAt: `${date}T01:00:00.000Z`, tagIds: ['topic-finance'], ...fields });

function input(consultations: BansoInput['consultations'], extra: Partial<BansoInput> = {}): BansoInput {
  return { business, consultations, tagGroups: TAG_GROUPS, dismissedAt: null, now: '2026-08-01T03:00:00Z', ...extra };
}

/**
 * The cases a domain review brought (issue 12): routine repetition is not 伴走; a few sessions
 * moving between topics around one essential issue are.
 */
const CASES: { name: string; consultations: () => BansoInput['consultations']; suggests: boolean; signals?: string[] }[] = [
  {
    name: 'three monthly 経理・記帳 visits',
    consultations: () => [
      on('2026-04-10', { tagIds: ['topic-bookkeeping'], inquiry: '月次の記帳指導' }),
      on('2026-05-10', { tagIds: ['topic-bookkeeping'], inquiry: '月次の記帳指導' }),
      on('2026-06-10', { tagIds: ['topic-bookkeeping'], inquiry: '月次の記帳指導' }),
    ],
    suggests: false,
  },
  {
    name: 'three 税務 visits in 確定申告 season',
    consultations: () => [
      on('2026-02-05', { tagIds: ['topic-tax'], inquiry: '青色申告の準備' }),
      on('2026-02-25', { tagIds: ['topic-tax', 'topic-bookkeeping'], inquiry: '決算書の確認' }),
      on('2026-03-12', { tagIds: ['topic-tax'], inquiry: '申告書の提出' }),
    ],
    suggests: false,
  },
  {
    name: 'five sessions 補助金 → 事業承継 → 販路開拓 around one 本質的課題 worded differently',
    consultations: () => [
      on('2026-03-01', { tagIds: ['topic-subsidy'], inquiry: '持続化補助金の申請' }),
      on('2026-04-01', { tagIds: ['topic-subsidy'], essentialIssue: '後継者と将来の話ができていない' }),
      on('2026-05-01', { tagIds: ['topic-succession'], inquiry: '長男への承継時期' }),
      on('2026-06-01', { tagIds: ['topic-sales'], essentialIssue: '後継者と将来の話が出来ていない。' }),
      on('2026-07-01', { tagIds: ['topic-sales'], inquiry: '展示会の出展' }),
    ],
    suggests: true,
    signals: ['issue', 'repeatedIssue', 'trigger'],
  },
  {
    name: 'three plain consultations with nothing of 伴走 in them',
    consultations: () => [on('2026-05-01'), on('2026-06-01'), on('2026-07-01')],
    suggests: false,
  },
  {
    name: 'three consultations with the owner’s words and a 5つの壁 tag',
    consultations: () => [
      on('2026-05-01', { ownerWords: '「数字を見るのが怖い」' }),
      on('2026-06-01', { tagIds: ['topic-finance', 'wall-avoid'] }),
      on('2026-07-01'),
    ],
    suggests: true,
    signals: ['ownerVoice', 'process'],
  },
  {
    name: 'two consultations, however telling',
    consultations: () => [
      on('2026-06-01', { tagIds: ['topic-succession'], essentialIssue: '承継時期が決まらない' }),
      on('2026-07-01', { ownerWords: '迷っている' }),
    ],
    suggests: false,
  },
  {
    name: 'routine visits do not fill the count for one telling consultation',
    consultations: () => [
      on('2026-04-10', { tagIds: ['topic-bookkeeping'] }),
      on('2026-05-10', { tagIds: ['topic-bookkeeping'] }),
      on('2026-06-10', { tagIds: ['event-disaster'], ownerWords: '店をもう一度開けたい' }),
    ],
    suggests: false,
  },
];

describe('suggesting 伴走 (the rule table)', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const found = suggestBanso(input(c.consultations()));
    expect(found !== null).toBe(c.suggests);
    if (c.signals) expect(found!.signals).toEqual(c.signals);
  });

  it('names the consultations it rests on and the issue that came back', () => {
    const cs = CASES[2]!.consultations();
    const found = suggestBanso(input(cs))!;
    expect(found.consultationIds).toEqual(cs.map((c) => c.id));
    expect(found).toMatchObject({ from: '2026-03-01', to: '2026-07-01', issue: '後継者と将来の話ができていない' });
  });

  it('counts a 本質的課題 adopted or written on the karte', () => {
    const cs = [on('2026-05-01', { ownerWords: '不安だ' }), on('2026-06-01'), on('2026-07-01')];
    expect(suggestBanso(input(cs))).toBeNull();
    expect(suggestBanso(input(cs, { business: { ...business, essentialIssue: '価格転嫁ができていない' } }))?.signals).toEqual([
      'issue',
      'ownerVoice',
    ]);
  });

  it('lets the organisation tune it', () => {
    const cs = CASES[0]!.consultations();
    expect(suggestBanso(input(cs))).toBeNull();
    const rule = { ...DEFAULT_BANSO_RULE, routineTagIds: [], signals: 0 };
    expect(suggestBanso(input(cs, { rule }))).not.toBeNull();
    const strict = { ...DEFAULT_BANSO_RULE, signals: 4 };
    expect(suggestBanso(input(CASES[2]!.consultations(), { rule: strict }))).toBeNull();
  });
});

describe('suggesting 伴走 (window, dismissal, settled kartes)', () => {
  const telling = (date: string) => on(date, { ownerWords: '「このままでは続かない」', tagIds: ['topic-finance', 'step-understanding'] });

  it('needs the three within six months, on the Tokyo calendar', () => {
    expect(suggestBanso(input([telling('2026-01-10'), on('2026-03-01'), on('2026-07-10')]))).not.toBeNull();
    expect(suggestBanso(input([telling('2026-01-10'), on('2026-03-01'), on('2026-07-11')]))).toBeNull();
    expect(
      suggestBanso(input([telling('2026-01-10'), on('2026-03-01'), on('2026-07-10', { heldAt: '2026-07-10T14:30:00Z' })])),
    ).not.toBeNull();
    expect(suggestBanso(input([telling('2026-01-10'), on('2026-03-01'), on('2026-07-10', { heldAt: '2026-07-10T15:30:00Z' })]))).toBeNull();
  });

  it('leaves out deleted records and other businesses', () => {
    const cs = [telling('2026-05-01'), on('2026-06-01', { deleted: true }), on('2026-07-01', { businessId: uuidv7() }), on('2026-07-02')];
    expect(suggestBanso(input(cs))).toBeNull();
  });

  it('never suggests it for a karte already 伴走, in follow-up or closed', () => {
    const cs = [telling('2026-05-01'), on('2026-06-01'), on('2026-07-01')];
    for (const status of ['banso', 'follow_up', 'closed'] as const) {
      expect(suggestBanso(input(cs, { business: { ...business, status } }))).toBeNull();
    }
  });

  it('stays quiet after a dismissal until another qualifying consultation comes', () => {
    const cs = [telling('2026-05-01'), on('2026-06-01'), on('2026-07-01')];
    expect(suggestBanso(input(cs, { dismissedAt: '2026-07-02T00:00:00Z' }))).toBeNull();
    const next = on('2026-07-20');
    expect(suggestBanso(input([...cs, next], { dismissedAt: '2026-07-02T00:00:00Z' }))?.consultationIds.at(-1)).toBe(next.id);
  });

  it('does not bring up a run that ended more than six months ago', () => {
    const old = [telling('2025-01-10'), on('2025-02-10'), on('2025-03-10')];
    expect(suggestBanso(input(old, { now: '2025-09-10T03:00:00Z' }))).not.toBeNull();
    expect(suggestBanso(input(old, { now: '2025-09-11T03:00:00Z' }))).toBeNull();
  });
});

describe('comparing 本質的課題', () => {
  it.each([
    ['後継者と話ができていない', '後継者と話が出来ていない。'],
    ['原価が分からない', '原価がわからない'],
    ['ｶﾀｶﾅの　表記', 'カタカナの表記'],
    ['資料を下さい', '資料をください'],
  ])('%s = %s', (a, b) => expect(sameIssue(a, b)).toBe(true));

  it('keeps words that only look alike apart, and an empty issue is never the same', () => {
    expect(sameIssue('出来高が少ない', '出来高が多い')).toBe(false);
    expect(sameIssue('', '')).toBe(false);
    expect(issueKey('事業承継')).toBe(issueKey('事業承継'));
  });
});
