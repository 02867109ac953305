import { PROFILE_DEFAULTS } from '../../shared/business-profile.ts';
import type { Business } from '../../shared/records.ts';
import type { RecordEnvelope } from '../../shared/sync.ts';
import { businessName, MUNICIPALITIES } from './names.ts';
import { int, pick, sample, seededUuidv7, weighted, type Rand } from './random.ts';
import type { Theme } from './theme.ts';
import { MONEY_THEMES } from './themes-money.ts';
import { GROWTH_THEMES } from './themes-growth.ts';

export const ALL_THEMES: readonly Theme[] = [...MONEY_THEMES, ...GROWTH_THEMES];
/** Three fiscal years (令和5〜7年度) in Tokyo time. */
export const START_MS = Date.parse('2023-04-01T00:00:00+09:00');
export const END_MS = Date.parse('2026-03-31T18:00:00+09:00');

export interface GeneratedBusiness {
  envelope: RecordEnvelope;
  /** What this business keeps coming back about (same-issue consultations are the norm). */
  themes: Theme[];
  advisorId: string;
  /** Who joins now and then (同席). */
  coAdvisorId: string;
  createdMs: number;
  bizmilId: string | null;
  name: string;
}

const VISIONS = [
  '地域で一番信頼される店として、次の世代に引き継げる会社にしたい。',
  '三年後に売上を{}割伸ばし、従業員の給与を上げられる会社にする。',
  '自社ブランドの商品を県外にも届け、下請けから脱却する。',
];
const STRENGTHS = ['職人の技術力と短納期への対応力', '常連客との長い付き合いと地域での信用', '社長の人柄と商品開発の発想力'];
const WEAKNESSES = ['数字の管理が経営者の頭の中にしかない', '特定の取引先への依存度が高い', '後継者と従業員の育成が進んでいない'];

export function businessRecords(rand: Rand, count: number, advisors: readonly string[]): GeneratedBusiness[] {
  const usedNumbers = new Set<string>();
  const out: GeneratedBusiness[] = [];
  for (let i = 0; i < count; i++) {
    const n = businessName(rand, usedNumbers);
    const createdMs = i === 0 ? START_MS : START_MS + Math.floor(rand() * (END_MS - START_MS) * 0.85);
    const themes = sample(rand, ALL_THEMES, int(rand, 1, 2));
    const status =
      i === 0
        ? 'banso'
        : weighted(rand, [
            ['consulting', 40],
            ['continuing', 30],
            ['banso', 15],
            ['follow_up', 10],
            ['closed', 5],
          ] as const);
    const membership = weighted(rand, [
      ['member', 55],
      ['non_member', 40],
      ['unknown', 5],
    ] as const);
    const deep = status === 'banso' || status === 'follow_up';
    const bizmilId = rand() < 0.7 ? `BZ${String(int(rand, 1, 999_999)).padStart(6, '0')}` : null;
    const externalIds = [
      ...(bizmilId ? [{ system: 'BIZミル', value: bizmilId }] : []),
      ...(membership === 'member' ? [{ system: 'TOAS', value: `T-${String(int(rand, 1, 99_999)).padStart(5, '0')}` }] : []),
      ...(rand() < 0.2 ? [{ system: 'kintone', value: String(int(rand, 1, 99_999)) }] : []),
    ];
    const data: Business = {
      name: n.name,
      nameKana: n.nameKana,
      corporateNumber: n.corporateNumber,
      legalForm: n.legalForm,
      industry: n.industry as Business['industry'],
      employees: n.legalForm === 'corporation' ? int(rand, 1, 60) : int(rand, 0, 5),
      municipality: pick(rand, MUNICIPALITIES),
      membership,
      smallBusiness: rand() < 0.85,
      externalIds,
      status,
      closeReason:
        status === 'closed'
          ? weighted(rand, [
              ['self_running', 60],
              ['closed_business', 30],
              ['transferred', 10],
            ] as const)
          : null,
      bansoSince: deep ? new Date(createdMs + 120 * 86_400_000).toISOString().slice(0, 10) : null,
      vision: deep ? pick(rand, VISIONS).replace('{}', String(int(rand, 1, 3))) : '',
      essentialIssue: deep ? pick(rand, themes[0]!.essentialIssue) : '',
      strengths: deep ? pick(rand, STRENGTHS) : '',
      weaknesses: deep ? pick(rand, WEAKNESSES) : '',
      visionSourceId: null,
      essentialIssueSourceId: null,
      bansoSuggestionDismissedAt: null,
      mergedInto: null,
      assignedAdvisorId: null,
      assignments: [],
      ...PROFILE_DEFAULTS,
      statusChanges: [
        { status: 'consulting', at: new Date(createdMs).toISOString() },
        ...(status === 'consulting' ? [] : [{ status, at: new Date(createdMs + 120 * 86_400_000).toISOString() }]),
      ],
      deleted: false,
    };
    const advisorId = pick(rand, advisors);
    const createdAt = new Date(createdMs).toISOString();
    out.push({
      envelope: {
        kind: 'business',
        id: seededUuidv7(rand, createdMs),
        version: 1,
        authorId: advisorId,
        createdAt,
        updatedAt: createdAt,
        redacted: false,
        data,
      },
      themes,
      advisorId,
      coAdvisorId: pick(rand, advisors),
      createdMs,
      bizmilId,
      name: n.name,
    });
  }
  return out;
}
