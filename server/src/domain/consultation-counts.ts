import {
  CHANNEL_CHOICES,
  CHANNELS,
  INDUSTRY_CODES,
  MEMBERSHIPS,
  monthsOf,
  NO_TOPIC,
  PROGRAMME_CHOICES,
  PROGRAMMES,
  UNSPECIFIED,
  type AdvisorRef,
  type ConsultationsReport,
  type CountRow,
  type Tally,
} from '../../../shared';

/** One figure as the counting query returns it: a dimension, a key and its tally. */
export interface CountFigure {
  dim:
    | 'all'
    | 'seminar'
    | 'seminarMonth'
    | 'month'
    | 'topic'
    | 'industry'
    | 'membership'
    | 'smallBusiness'
    | 'programme'
    | 'channel'
    | 'advisor';
  key: string;
  consultations: number;
  businesses: number;
  minutes: number;
  /** 参加者数 added up (講習会・セミナー; 0 for the other dimensions). */
  participants: number;
}

/** A live business of the area asked for, with the fields 相談件数 counts by. */
export interface BusinessFact {
  id: string;
  industry: string | null;
  membership: string | null;
  small: number | null;
}

/** One consultation of the period as the report reads it. */
export interface ConsultationFact {
  business_id: string;
  author_id: string;
  /** JST month, 'YYYY-MM'. */
  month: string;
  channel: string;
  programme: string;
  duration: number | null;
  /** JSON arrays as stored (同席 advisors, tags), or null. */
  advisor_ids: string | null;
  tag_ids: string | null;
  /** 参加者数 of a 講習会・セミナー; null for the others. */
  participants: number | null;
}

const jsonIds = (text: string | null): string[] => {
  if (text === null) return [];
  const parsed: unknown = JSON.parse(text);
  return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
};

/** A figure being counted; `lastBusiness` marks the business last counted in it. */
interface Counting {
  consultations: number;
  businesses: number;
  minutes: number;
  participants: number;
  lastBusiness: number;
}

/**
 * The figures of every dimension from the period's consultations, in one pass: 延べ counts
 * consultations, 実数 distinct businesses. 講習会・セミナー (channel seminar_group) are counted
 * apart, with their 参加者数. A consultation counts once per 相談分野 it has (「分野なし」 when it
 * has none) and once per advisor involved (author and 同席). Consultations of a business not
 * among `businesses` (deleted, or outside the area asked for) are not counted. Pure: the queries
 * only read.
 *
 * Each business's consultations are counted together, so a figure counts a business when it
 * first meets it in that run (`lastBusiness`): 実数 without a set of businesses per figure.
 */
export function tallyConsultations(
  facts: Iterable<ConsultationFact>,
  businesses: Iterable<BusinessFact>,
  topicIds: ReadonlySet<string>,
): CountFigure[] {
  const runs = new Map<string, { business: BusinessFact; facts: ConsultationFact[] }>();
  for (const business of businesses) runs.set(business.id, { business, facts: [] });
  for (const f of facts) runs.get(f.business_id)?.facts.push(f);

  const topicsOf = (tagIds: string | null) => {
    const topics = [...new Set(jsonIds(tagIds).filter((t) => topicIds.has(t)))];
    return topics.length > 0 ? topics : [NO_TOPIC];
  };
  const advisorsOf = (advisorIds: string | null, authorId: string) => new Set([...jsonIds(advisorIds), authorId]);
  const figures = new Map<CountFigure['dim'], Map<string, Counting>>();
  let run = 0;
  const add = (dim: CountFigure['dim'], key: string, f: ConsultationFact) => {
    let byKey = figures.get(dim);
    if (!byKey) figures.set(dim, (byKey = new Map()));
    let t = byKey.get(key);
    if (!t) byKey.set(key, (t = { consultations: 0, businesses: 0, minutes: 0, participants: 0, lastBusiness: -1 }));
    t.consultations += 1;
    t.minutes += f.duration ?? 0;
    t.participants += f.participants ?? 0;
    if (t.lastBusiness !== run) {
      t.lastBusiness = run;
      t.businesses += 1;
    }
  };
  for (const { business: b, facts: list } of runs.values()) {
    run += 1;
    const small = b.small === 1 ? 'yes' : b.small === 0 ? 'no' : UNSPECIFIED;
    for (const f of list) {
      if (f.channel === 'seminar_group') {
        add('seminar', '', f);
        add('seminarMonth', f.month, f);
        continue;
      }
      add('all', '', f);
      add('month', f.month, f);
      add('industry', b.industry ?? UNSPECIFIED, f);
      add('membership', b.membership ?? 'unknown', f);
      add('smallBusiness', small, f);
      add('programme', f.programme, f);
      add('channel', f.channel, f);
      for (const t of topicsOf(f.tag_ids)) add('topic', t, f);
      for (const a of advisorsOf(f.advisor_ids, f.author_id)) add('advisor', a, f);
    }
  }
  return [...figures].flatMap(([dim, byKey]) =>
    [...byKey].map(([key, t]) => ({
      dim,
      key,
      consultations: t.consultations,
      businesses: t.businesses,
      minutes: t.minutes,
      participants: t.participants,
    })),
  );
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
    byChannel: rows(
      'channel',
      CHANNEL_CHOICES.filter((c) => c !== 'seminar_group'),
      CHANNELS,
    ),
    byAdvisor: advisorRows,
    seminars: {
      total: { ...tallyOf(of('seminar').get('')), participants: of('seminar').get('')?.participants ?? 0 },
      byMonth: rows('seminarMonth', months).map((r) => ({ ...r, participants: of('seminarMonth').get(r.key)?.participants ?? 0 })),
    },
  };
}
