import { describe, expect, it } from 'vitest';
import { mergedBusinessFields, RECORD_DEFAULTS, type Business } from '../../shared';

const business = (over: Partial<Business>): Business => ({ ...(RECORD_DEFAULTS.business as Business), name: '山田商店', ...over });

describe('what the kept business takes from the one merged into it', () => {
  it('fills what the kept business lacks and keeps what it has', () => {
    const kept = business({ nameKana: '', municipality: '七尾市', membership: 'unknown', corporateNumber: null });
    const away = business({ name: 'しおさい山田', nameKana: 'ヤマダ', municipality: '輪島市', membership: 'member', corporateNumber: '1220001747327' });
    expect(mergedBusinessFields(kept, away)).toEqual({ nameKana: 'ヤマダ', membership: 'member', corporateNumber: '1220001747327' });
  });

  it('brings an adopted 本質的課題 with the consultation it came from, only into an empty one', () => {
    const source = '01900000-0000-7000-8000-0000000000aa';
    expect(mergedBusinessFields(business({}), business({ essentialIssue: '価格転嫁', essentialIssueSourceId: source })))
      .toEqual({ essentialIssue: '価格転嫁', essentialIssueSourceId: source });
    expect(mergedBusinessFields(business({ essentialIssue: '人手' }), business({ essentialIssue: '価格転嫁', essentialIssueSourceId: source }))).toEqual({});
  });

  it('joins external IDs and the status history, takes a further state and the earlier 伴走開始日', () => {
    const kept = business({ externalIds: [{ system: 'TOAS', value: 'T-1' }], statusChanges: [{ status: 'continuing', at: '2026-06-01T00:00:00.000Z' }], bansoSince: '2026-09-01' });
    const away = business({
      status: 'banso', bansoSince: '2026-07-01',
      externalIds: [{ system: 'TOAS', value: 'T-1' }, { system: 'BIZミル', value: 'B-9' }],
      statusChanges: [{ status: 'banso', at: '2026-07-01T00:00:00.000Z' }, { status: 'continuing', at: '2026-06-01T00:00:00.000Z' }],
    });
    expect(mergedBusinessFields(kept, away)).toEqual({
      status: 'banso', closeReason: null, bansoSince: '2026-07-01',
      externalIds: [{ system: 'TOAS', value: 'T-1' }, { system: 'BIZミル', value: 'B-9' }],
      statusChanges: [{ status: 'continuing', at: '2026-06-01T00:00:00.000Z' }, { status: 'banso', at: '2026-07-01T00:00:00.000Z' }],
    });
  });

  it('changes nothing when applied a second time', () => {
    const kept = business({ externalIds: [{ system: 'TOAS', value: 'T-1' }] });
    const away = business({ nameKana: 'ヤマダ', vision: '二号店', status: 'continuing', externalIds: [{ system: 'BIZミル', value: 'B-9' }], statusChanges: [{ status: 'continuing', at: '2026-06-01T00:00:00.000Z' }] });
    const once = { ...kept, ...mergedBusinessFields(kept, away) };
    expect(mergedBusinessFields(once, away)).toEqual({});
  });
});
