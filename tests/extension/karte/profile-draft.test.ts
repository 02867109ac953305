import { describe, expect, it } from 'vitest';
import { isValidCorporateNumber, RECORD_DEFAULTS, type Business } from '../../../shared';
import { searchIndustries } from '../../../extension/karte/industry-search';
import { changeOf, draftOf, employeesOf } from '../../../extension/karte/profile-draft';
import { profileSections } from '../../../extension/karte/profile-sections';
import { enIndustry } from '../../../extension/locales/en-industry';
import { jaIndustry } from '../../../extension/locales/ja-industry';

const business = (over: Partial<Business> = {}): Business => ({ ...(RECORD_DEFAULTS.business as Business), name: '能登の宿', ...over });
const valid = (n: string) => /^\d{13}$/.test(n) && isValidCorporateNumber(n);

describe('finding a 中分類 as it is typed', () => {
  it('finds by name: 「飲食」 → 76 飲食店 among the 飲食 groups, names beginning with it first', () => {
    expect(searchIndustries('飲食', [jaIndustry])).toEqual(['52', '58', '76', '77']);
    expect(searchIndustries('いんしょく', [jaIndustry])).toEqual([]);
  });

  it('finds by code: 「76」 first, 「7」 the 70s, full-width digits too', () => {
    expect(searchIndustries('76', [jaIndustry])).toEqual(['76']);
    expect(searchIndustries('７６', [jaIndustry])).toEqual(['76']);
    expect(searchIndustries('7', [jaIndustry])).toEqual(['07', '70', '71', '72', '73', '74', '75', '76', '77', '78', '79']);
  });

  it('finds by words in either language, and lists everything for nothing typed', () => {
    expect(searchIndustries('eating', [enIndustry, jaIndustry])).toEqual(['76']);
    expect(searchIndustries('宿泊', [enIndustry, jaIndustry])).toEqual(['75']);
    expect(searchIndustries('小売 機械', [jaIndustry])).toEqual(['59']);
    expect(searchIndustries('', [jaIndustry])).toHaveLength(99);
    expect(searchIndustries('該当なしの言葉', [jaIndustry])).toEqual([]);
  });
});

describe('the profile editor’s draft', () => {
  it('turns what was typed into the changed fields only', () => {
    const b = business({ industry: 'I', externalIds: [{ system: '県ポータル', value: 'P-7' }] });
    const d = {
      ...draftOf(b),
      industryMiddle: '75' as const,
      employees: '１２人',
      smallBusiness: 'yes' as const,
      corporateNumber: '1220-0017-47327',
    };
    expect(changeOf(b, d, valid)).toEqual({
      change: { industryMiddle: '75', industry: 'M', employees: 12, smallBusiness: true, corporateNumber: '1220001747327' },
    });
    expect(changeOf(b, draftOf(b), valid)).toEqual({ change: {} });
  });

  it('keeps a 大分類 recorded alone, and clears it with the 中分類 it came with', () => {
    expect(changeOf(business({ industry: 'I' }), draftOf(business({ industry: 'I' })), valid)).toEqual({ change: {} });
    const chosen = business({ industry: 'M', industryMiddle: '76' });
    expect(changeOf(chosen, { ...draftOf(chosen), industryMiddle: '' }, valid)).toEqual({
      change: { industryMiddle: null, industry: null },
    });
  });

  it('stores a date only with the state it dates, and the other system by its typed name', () => {
    const b = business();
    const d = {
      ...draftOf(b),
      disasterCertificate: 'not_applied' as const,
      disasterCertificateDate: '2024-02-10',
      successionReferral: 'not_referred' as const,
      successionReferredOn: '2026-01-01',
      externalIds: [
        { known: null, other: ' 県ポータル ', value: ' P-9 ' },
        { known: 'TOAS' as const, other: '', value: '  ' },
      ],
    };
    expect(changeOf(b, d, valid)).toEqual({
      change: {
        disasterCertificate: 'not_applied',
        successionReferral: 'not_referred',
        externalIds: [{ system: '県ポータル', value: 'P-9' }],
      },
    });
  });

  it('names the first thing to put right', () => {
    const b = business();
    expect(changeOf(b, { ...draftOf(b), corporateNumber: '1220001747328' }, valid)).toEqual({ problem: 'basics.corporateNumberBad' });
    expect(changeOf(b, { ...draftOf(b), employees: '十二' }, valid)).toEqual({ problem: 'profile.employeesBad' });
    expect(changeOf(b, { ...draftOf(b), externalIds: [{ known: null, other: '', value: 'X-1' }] }, valid)).toEqual({
      problem: 'profile.externalOtherBad',
    });
    expect([employeesOf(''), employeesOf('0'), employeesOf('３名'), employeesOf('-1'), employeesOf('1.5')]).toEqual([
      null,
      0,
      3,
      undefined,
      undefined,
    ]);
  });
});

describe('where the 被災 and 事業承継 sections apply', () => {
  it('when filled in, else when a consultation carries their tag', () => {
    const tagged = [{ tagIds: ['topic-finance'] }, { tagIds: ['event-disaster'] }];
    expect(profileSections(business(), [])).toEqual({ disaster: null, succession: null });
    expect(profileSections(business(), tagged)).toEqual({ disaster: 'tagged', succession: null });
    expect(profileSections(business({ disasterName: '令和4年8月豪雨', successionTiming: '3年以内' }), tagged)).toEqual({
      disaster: 'filled',
      succession: 'filled',
    });
    expect(profileSections(business(), [{ tagIds: ['topic-succession'] }])).toEqual({ disaster: null, succession: 'tagged' });
  });
});
