import { describe, expect, it } from 'vitest';
import { emptyDraft, type ConsultationDraft } from '../../../extension/draft/consultation-draft';
import { mergeConcurrent, mergeTyped } from '../../../extension/draft/merge-draft';

const at = new Date('2026-04-01T10:00:00');
const draft = (patch: Partial<ConsultationDraft>): ConsultationDraft => ({ ...emptyDraft(at), ...patch });
const merge = (stored: Partial<ConsultationDraft>, typed: Partial<ConsultationDraft>) =>
  mergeTyped(draft(stored), draft(typed), new Set(Object.keys(typed) as (keyof ConsultationDraft)[]));

describe('typing merged into the stored draft', () => {
  it('keeps the stored note first and what was typed below it, field by field', () => {
    expect(merge({ inquiry: '前回のメモ\n', advice: '試算表を' }, { inquiry: '追記', ownerWords: '「続けたい」' })).toMatchObject({
      inquiry: '前回のメモ\n追記',
      ownerWords: '「続けたい」',
      advice: '試算表を',
    });
  });

  it('keeps the stored text when only blanks were typed, and the typed text when nothing was stored', () => {
    expect(merge({ inquiry: '前回のメモ' }, { inquiry: '  ' }).inquiry).toBe('前回のメモ');
    expect(merge({}, { insight: '価格が原因' }).insight).toBe('価格が原因');
  });

  it('adds tags and next actions together, each tag once', () => {
    const stored = { tagIds: ['topic-tax', 'topic-hr'], actions: [{ side: 'owner' as const, text: '決算書', dueDate: '' }] };
    const typed = {
      tagIds: ['topic-hr', 'topic-dx'],
      actions: [
        { side: 'advisor' as const, text: '専門家派遣を申請', dueDate: '2026-04-10' },
        { side: 'owner' as const, text: ' ', dueDate: '' },
      ],
    };
    expect(merge(stored, typed)).toMatchObject({
      tagIds: ['topic-tax', 'topic-hr', 'topic-dx'],
      actions: [stored.actions[0], typed.actions[0]],
    });
  });

  it('takes the business and choices just made, and leaves untouched fields as stored', () => {
    expect(merge({ businessId: 'b1', channel: 'visit', sensitive: true }, { businessId: 'b2' })).toMatchObject({
      businessId: 'b2',
      channel: 'visit',
      sensitive: true,
    });
  });
});

describe('two writers of one draft merged', () => {
  const three = (base: Partial<ConsultationDraft>, mine: Partial<ConsultationDraft>, theirs: Partial<ConsultationDraft>) =>
    mergeConcurrent(draft(base), draft({ ...base, ...mine }), draft({ ...base, ...theirs }));

  it('puts a quote added elsewhere below what was typed here, with its blank line', () => {
    expect(three({ inquiry: '' }, { inquiry: '訪問メモ' }, { inquiry: '> 引用\n' }).inquiry).toBe('訪問メモ\n\n> 引用\n');
    expect(three({ inquiry: '訪問メモ\n' }, { inquiry: '訪問メモ\n社長と面談' }, { inquiry: '訪問メモ\n\n> 引用\n' }).inquiry).toBe(
      '訪問メモ\n社長と面談\n\n> 引用\n',
    );
    expect(three({ inquiry: '訪問メモ' }, { inquiry: '' }, { inquiry: '訪問メモ\n\n> 引用\n' }).inquiry).toBe('> 引用\n');
  });

  it('keeps both texts when both sides rewrote a field, and one side where the other kept it', () => {
    expect(three({ advice: '試算表' }, { advice: '資金繰り表' }, { advice: '月次の試算表' }).advice).toBe('月次の試算表\n資金繰り表');
    expect(three({ advice: '試算表', insight: '' }, { insight: '価格が原因' }, { advice: '月次の試算表' })).toMatchObject({
      advice: '月次の試算表',
      insight: '価格が原因',
    });
  });

  it("takes tags added and removed on either side, and this side's other choices", () => {
    expect(
      three(
        { tagIds: ['topic-tax', 'topic-hr'], channel: 'counter' },
        { tagIds: ['topic-tax', 'topic-dx'], channel: 'phone' },
        { tagIds: ['topic-tax', 'topic-hr', 'topic-finance'], source: { url: 'https://a.example/', title: 'A' } },
      ),
    ).toMatchObject({
      tagIds: ['topic-tax', 'topic-finance', 'topic-dx'],
      channel: 'phone',
      source: { url: 'https://a.example/', title: 'A' },
    });
  });
});
