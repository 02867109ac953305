import {
  CHANNEL_CHOICES, CHANNELS, INDUSTRY_CODES, MEMBERSHIPS, monthsOf, NO_TOPIC, PROGRAMME_CHOICES, PROGRAMMES, UNSPECIFIED,
  type AdvisorRef, type ConsultationsReport, type CountRow, type Tally,
} from '../../../shared';

/** One figure as the counting query returns it: a dimension, a key and its tally. */
export interface CountFigure {
  dim: 'all' | 'seminar' | 'seminarMonth' | 'month' | 'topic' | 'industry' | 'membership' | 'smallBusiness' | 'programme' | 'channel' | 'advisor';
  key: string;
  consultations: number;
  businesses: number;
  minutes: number;
  /** 参加者数 added up (講習会・セミナー; 0 for the other dimensions). */
  participants: number;
}

export interface TopicTag {
  id: string;
  name: string;
  deleted: boolean;
}

type Breakdown = Omit<ConsultationsReport, 'period' | 'scope' | 'filters' | 'asOf'>;

const ZERO: Tally = { consultations: 0, businesses: 0, minutes: 0 };
const tallyOf = (f: CountFigure | undefined): Tally =>
  f ? { consultations: f.consultations, businesses: f.businesses, minutes: f.minutes } : { ...ZERO };

/**
 * The 相談件数 report from the query's figures: every dimension in a fixed order a person
 * expects (codes in the order of their lists, 未設定 last), zeros written out where a row is
 * always shown (months, 会員区分, 小規模, today's 相談方法 and 事業区分, live 相談分野), other rows only
 * when something counts. Pure: the query does the counting, this only arranges.
 */
export function arrangeCounts(
  figures: readonly CountFigure[],
  period: { from: string; to: string },
  topics: readonly TopicTag[],
  advisors: ReadonlyMap<string, AdvisorRef>,
): Breakdown {
  const byDim = new Map<string, Map<string, CountFigure>>();
  for (const f of figures) {
    let m = byDim.get(f.dim);
    if (!m) byDim.set(f.dim, (m = new Map()));
    m.set(f.key, f);
  }
  const of = (dim: CountFigure['dim']) => byDim.get(dim) ?? new Map<string, CountFigure>();
  /** `always` rows (zeros too), then the other keys present in `order`, then any left (unknown codes), each once. */
  const rows = (dim: CountFigure['dim'], always: readonly string[], order: readonly string[] = always): CountRow[] => {
    const found = of(dim);
    const keys = [...always, ...order.filter((k) => found.has(k)), ...[...found.keys()].sort()];
    return [...new Set(keys)].map((key) => ({ key, ...tallyOf(found.get(key)) }));
  };
  const months = monthsOf(period);
  const topicFound = of('topic');
  const shownTopics = topics.filter((t) => !t.deleted || topicFound.has(t.id));
  const topicName = new Map(topics.map((t) => [t.id, t]));
  const advisorRows = [...of('advisor').values()]
    .map((f) => {
      const ref = advisors.get(f.key);
      return { key: f.key, ...tallyOf(f), name: ref?.name ?? '', jobTitle: ref?.jobTitle ?? null };
    })
    .sort((a, b) => b.consultations - a.consultations || a.name.localeCompare(b.name, 'ja') || (a.key < b.key ? -1 : 1));
  return {
    total: tallyOf(of('all').get('')),
    byMonth: rows('month', months),
    byTopic: rows('topic', [...shownTopics.map((t) => t.id), NO_TOPIC]).map((r) => ({
      ...r,
      name: r.key === NO_TOPIC ? null : (topicName.get(r.key)?.name ?? ''),
      retired: topicName.get(r.key)?.deleted ?? false,
    })),
    byIndustry: rows('industry', [], [...INDUSTRY_CODES, UNSPECIFIED]),
    byMembership: rows('membership', MEMBERSHIPS),
    bySmallBusiness: rows('smallBusiness', ['yes', 'no', UNSPECIFIED]),
    byProgramme: rows('programme', [...PROGRAMME_CHOICES, UNSPECIFIED], [...PROGRAMMES, UNSPECIFIED]),
    byChannel: rows('channel', CHANNEL_CHOICES.filter((c) => c !== 'seminar_group'), CHANNELS),
    byAdvisor: advisorRows,
    seminars: {
      total: { ...tallyOf(of('seminar').get('')), participants: of('seminar').get('')?.participants ?? 0 },
      byMonth: rows('seminarMonth', months).map((r) => ({ ...r, participants: of('seminarMonth').get(r.key)?.participants ?? 0 })),
    },
  };
}
