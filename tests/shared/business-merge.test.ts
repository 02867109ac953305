import { describe, expect, it } from 'vitest';
import { mergedBusinessFields, RECORD_DEFAULTS, recordSchema, type Business } from '../../shared';

const business = (over: Partial<Business>): Business => ({ ...(RECORD_DEFAULTS.business as Business), name: '山田商店', ...over });

describe('what the kept business takes from the one merged into it', () => {
  it('fills what the kept business lacks and keeps what it has', () => {
    const kept = business({ nameKana: '', municipality: '七尾市', membership: 'unknown', corporateNumber: null });
    const away = business({
      name: 'しおさい山田',
      nameKana: 'ヤマダ',
      municipality: '輪島市',
      membership: 'member',
      corporateNumber: '1220001747327',
    });
    expect(mergedBusinessFields(kept, away)).toEqual({ nameKana: 'ヤマダ', membership: 'member', corporateNumber: '1220001747327' });
  });

  it('brings an adopted 本質的課題 with the consultation it came from, only into an empty one', () => {
    const source = '01900000-0000-7000-8000-0000000000aa';
    expect(mergedBusinessFields(business({}), business({ essentialIssue: '価格転嫁', essentialIssueSourceId: source }))).toEqual({
      essentialIssue: '価格転嫁',
      essentialIssueSourceId: source,
    });
    expect(
      mergedBusinessFields(business({ essentialIssue: '人手' }), business({ essentialIssue: '価格転嫁', essentialIssueSourceId: source })),
    ).toEqual({});
  });

  it('joins external IDs and the status history, takes a further state and the earlier 伴走開始日', () => {
    const kept = business({
      externalIds: [{ system: 'TOAS', value: 'T-1' }],
      statusChanges: [{ status: 'continuing', at: '2026-06-01T00:00:00.000Z' }],
      bansoSince: '2026-09-01',
    });
    const away = business({
      status: 'banso',
      bansoSince: '2026-07-01',
      externalIds: [
        { system: 'TOAS', value: 'T-1' },
        { system: 'BIZミル', value: 'B-9' },
      ],
      statusChanges: [
        { status: 'banso', at: '2026-07-01T00:00:00.000Z' },
        { status: 'continuing', at: '2026-06-01T00:00:00.000Z' },
      ],
    });
    expect(mergedBusinessFields(kept, away)).toEqual({
      status: 'banso',
      closeReason: null,
      bansoSince: '2026-07-01',
      externalIds: [
        { system: 'TOAS', value: 'T-1' },
        { system: 'BIZミル', value: 'B-9' },
      ],
      statusChanges: [
        { status: 'continuing', at: '2026-06-01T00:00:00.000Z' },
        { status: 'banso', at: '2026-07-01T00:00:00.000Z' },
      ],
    });
  });

  it('changes nothing when applied a second time', () => {
    const kept = business({ externalIds: [{ system: 'TOAS', value: 'T-1' }] });
    const away = business({
      nameKana: 'ヤマダ',
      vision: '二号店',
      status: 'continuing',
      externalIds: [{ system: 'BIZミル', value: 'B-9' }],
      statusChanges: [{ status: 'continuing', at: '2026-06-01T00:00:00.000Z' }],
    });
    const once = { ...kept, ...mergedBusinessFields(kept, away) };
    expect(mergedBusinessFields(once, away)).toEqual({});
  });

  it('moves 業種 as a pair: a 中分類 only under the same 大分類, a 大分類 only into none', () => {
    expect(mergedBusinessFields(business({}), business({ industry: 'M', industryMiddle: '76' }))).toEqual({
      industry: 'M',
      industryMiddle: '76',
    });
    expect(mergedBusinessFields(business({ industry: 'M' }), business({ industry: 'M', industryMiddle: '75' }))).toEqual({
      industryMiddle: '75',
    });
    // The kept business says 製造業: a 飲食店 中分類 from the duplicate would contradict it.
    expect(mergedBusinessFields(business({ industry: 'E' }), business({ industry: 'M', industryMiddle: '76' }))).toEqual({});
    expect(
      mergedBusinessFields(business({ industry: 'E', industryMiddle: '09' }), business({ industry: 'E', industryMiddle: '10' })),
    ).toEqual({});
    expect(mergedBusinessFields(business({}), business({ industry: 'I' }))).toEqual({ industry: 'I' });
  });

  it('takes the 被災 section whole, or fills it in only for the same disaster', () => {
    const noto = {
      disasterName: '令和6年能登半島地震',
      disasterDamage: '店舗が半壊',
      disasterCertificate: 'issued',
      disasterCertificateDate: '2024-02-10',
    } as const;
    expect(mergedBusinessFields(business({}), business(noto))).toEqual(noto);
    expect(mergedBusinessFields(business({ disasterName: '令和6年能登半島地震', disasterRecovery: 'rebuilding' }), business(noto))).toEqual(
      { disasterDamage: '店舗が半壊', disasterCertificate: 'issued', disasterCertificateDate: '2024-02-10' },
    );
    // Another disaster's damage never lands under this one's name.
    expect(mergedBusinessFields(business({ disasterName: '令和4年8月豪雨', disasterRecovery: 'rebuilt' }), business(noto))).toEqual({});
  });

  it('fills the 事業承継 section field by field, and the free texts 強み・弱み', () => {
    const kept = business({ successor: 'family', strengths: '職人の技術' });
    const away = business({
      successor: 'undecided',
      successionTiming: '3年以内',
      successionReferral: 'referred',
      successionReferredOn: '2026-05-01',
      strengths: '立地',
      weaknesses: '後継者育成',
    });
    expect(mergedBusinessFields(kept, away)).toEqual({
      successionTiming: '3年以内',
      successionReferral: 'referred',
      successionReferredOn: '2026-05-01',
      weaknesses: '後継者育成',
    });
  });

  it('counts the profile fields a record stored before protocol 3 lacks as empty', () => {
    const old = { ...business({ industry: 'M' }) } as Record<string, unknown>;
    for (const f of ['industryMiddle', 'disasterName', 'disasterDamage', 'successor', 'successionTiming']) delete old[f];
    const fill = mergedBusinessFields(
      old as Business,
      business({ industry: 'M', industryMiddle: '75', disasterName: '令和6年能登半島地震', successor: 'none' }),
    );
    expect(fill).toEqual({ industryMiddle: '75', disasterName: '令和6年能登半島地震', successor: 'none' });
  });
});

describe('the business record’s own rules', () => {
  it('keeps the 大分類 in step with the 中分類', () => {
    const parsed = recordSchema('business').parse({ ...RECORD_DEFAULTS.business, name: '宿', industry: 'E', industryMiddle: '75' });
    expect(parsed).toMatchObject({ industry: 'M', industryMiddle: '75' });
    expect(recordSchema('business').parse({ ...RECORD_DEFAULTS.business, name: '宿', industry: 'E' })).toMatchObject({
      industry: 'E',
      industryMiddle: null,
    });
  });

  it('refuses a code that is no 中分類, and a 被災・事業承継 value it does not know, in Japanese', () => {
    for (const [field, value, message] of [
      ['industryMiddle', '00', '業種（日本標準産業分類 中分類）は2桁のコード（01〜99）で指定してください'],
      ['industryMiddle', 76, '業種（日本標準産業分類 中分類）は2桁のコード（01〜99）で指定してください'],
      ['disasterCertificate', 'lost', '罹災証明の値が正しくありません（not_applied / applied / issued）'],
      ['disasterCertificateDate', '2024-02-30', '罹災証明の日付は日付（例: 2026-04-01）で指定してください'],
      ['successor', 'son', '後継者の有無の値が正しくありません（family / employee / third_party / undecided / none）'],
      ['successionTiming', 'x'.repeat(101), '承継予定時期は100文字以内で入力してください'],
    ] as const) {
      const r = recordSchema('business').safeParse({ ...RECORD_DEFAULTS.business, name: '宿', [field]: value });
      expect(r.success, field).toBe(false);
      expect(r.error?.issues[0]?.message, field).toBe(message);
    }
  });
});
