/**
 * The benchmark's organisation, generated from a seed so every run measures the same data:
 * businesses (業種, 会員, 市区町村, some 伴走, some 被災) and their consultations spread over two
 * 年度 (channels, 事業区分, tags, durations, a few 機微), with a next action on some. Text is
 * short: the reports read codes, dates and counts, and the seeding should not dominate the run.
 */
const CHANNELS = ['counter', 'visit', 'visit', 'phone', 'online', 'email', 'expert_visit', 'seminar_group', 'consultation_event'];
const PROGRAMMES = ['kaizen_fukyu', 'kaizen_fukyu', 'general', 'commissioned', 'development_plan'];
const TOPICS = [
  'topic-general',
  'topic-finance',
  'topic-tax',
  'topic-bookkeeping',
  'topic-sales',
  'topic-subsidy',
  'topic-succession',
  'topic-dx',
];
const STEPS = ['step-understanding', 'step-start', 'step-insight', 'step-solving'];
const WALLS = ['wall-unseen', 'wall-avoid', 'wall-cannot-act'];
const INDUSTRIES = ['D', 'E', 'I', 'M', 'N', 'P', 'R'];
const CITIES = ['金沢市', '輪島市', '七尾市', '珠洲市', '能登町'];

/** mulberry32: a small seeded generator. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (rand, list) => list[Math.floor(rand() * list.length)];

export function businessFields(i) {
  const rand = prng(i * 7 + 3);
  const disaster = i % 25 === 0;
  return {
    name: `ベンチ商店 ${i + 1}号`,
    industry: pick(rand, INDUSTRIES),
    membership: rand() < 0.6 ? 'member' : 'non_member',
    smallBusiness: rand() < 0.8,
    municipality: pick(rand, CITIES),
    status: i % 10 === 0 ? 'banso' : 'continuing',
    essentialIssue: i % 3 === 0 ? '原価を把握できていない' : '',
    ...(disaster
      ? {
          disasterName: '令和6年能登半島地震',
          disasterDamage: '店舗の一部損壊',
          disasterCertificate: 'issued',
          disasterRecovery: 'rebuilding',
        }
      : {}),
  };
}

/** Consultation `n` of the run: from April 2025 to March 2027 (two 年度), hour by hour across businesses. */
export function consultationFields(n, businessIds) {
  const rand = prng(n * 13 + 5);
  const heldAt = new Date(
    Date.UTC(2025, 3, 1, 0, 30) + Math.floor((n / 50_000) * 730 * 86_400_000) + Math.floor(rand() * 3_600_000),
  ).toISOString();
  const tags = [pick(rand, TOPICS)];
  if (rand() < 0.3) tags.push(pick(rand, STEPS));
  if (rand() < 0.2) tags.push(pick(rand, WALLS));
  return {
    businessId: businessIds[n % businessIds.length],
    heldAt,
    durationMin: 30 + Math.floor(rand() * 4) * 15,
    channel: pick(rand, CHANNELS),
    programme: pick(rand, PROGRAMMES),
    tagIds: [...new Set(tags)],
    // Some notes hold only the owner's words (a note needs one of its texts): the quality report finds them.
    ...(rand() < 0.9 ? { inquiry: '資金繰りと販路の相談', advice: '資金繰り表を一緒に作成した' } : { ownerWords: '売上が落ちて不安だ' }),
    sensitive: rand() < 0.03,
  };
}

export function actionFields(n, consultation, consultationId) {
  return {
    businessId: consultation.businessId,
    consultationId,
    side: n % 2 ? 'owner' : 'advisor',
    text: '次回までに原価表を作る',
    dueDate: consultation.heldAt.slice(0, 10),
  };
}

const MEASURES = ['jizokuka', 'saikochiku', 'monozukuri', 'it_donyu', 'marukei'];
const RESULTS = ['adopted', 'adopted', 'not_adopted', 'withdrawn', 'pending'];
const SCHEMES = ['mirasapo', 'yorozu', 'prefecture', 'municipality', 'own'];
const PAYERS = ['national', 'prefecture', 'municipality', 'self', 'none'];

/** A 補助金・融資 application `n`, 申請日 over the two 年度. */
export function applicationFields(n, businessIds, advisorId) {
  const rand = prng(n * 17 + 11);
  const result = pick(rand, RESULTS);
  const requestedAmount = 500_000 + Math.floor(rand() * 20) * 100_000;
  return {
    businessId: businessIds[(n * 7) % businessIds.length],
    measure: pick(rand, MEASURES),
    round: `第${1 + (n % 4)}回`,
    appliedOn: new Date(Date.UTC(2025, 3, 1) + Math.floor(rand() * 730) * 86_400_000).toISOString().slice(0, 10),
    requestedAmount,
    result,
    adoptedAmount: result === 'adopted' ? requestedAmount : null,
    advisorId,
  };
}

/** A 専門家派遣 `n` with two visits a month apart. */
export function dispatchFields(n, businessIds) {
  const rand = prng(n * 19 + 7);
  const first = Date.UTC(2025, 3, 1) + Math.floor(rand() * 700) * 86_400_000;
  const day = (ms) => new Date(ms).toISOString().slice(0, 10);
  return {
    businessId: businessIds[(n * 11) % businessIds.length],
    scheme: pick(rand, SCHEMES),
    paidBy: pick(rand, PAYERS),
    expertName: `専門家 ${1 + (n % 40)}`,
    theme: pick(rand, ['原価計算', '販路開拓', 'IT導入', '事業承継']),
    visits: [
      { date: day(first), hours: 2, note: '' },
      { date: day(first + 30 * 86_400_000), hours: 1.5, note: '' },
    ],
    fee: 30_000,
  };
}

/** 決算の数値 of business `i` for the 決算期 closing in March of `year`. */
export function figuresFields(i, businessId, year) {
  const rand = prng(i * 23 + year);
  const sales = 10_000_000 + Math.floor(rand() * 50) * 1_000_000;
  return {
    businessId,
    fiscalPeriod: `${year}-03`,
    sales,
    grossProfit: Math.floor(sales * 0.3),
    operatingProfit: Math.floor(sales * 0.05),
    employees: 3,
  };
}

/** A founder `n` (特定創業支援) recorded on a karte, planning to register within the 年度. */
export function founderFields(n, businessId) {
  return {
    businessId,
    name: `創業 予定者${n + 1}`,
    plannedBusiness: '和菓子の製造小売',
    municipality: '輪島市',
    registrationPlannedOn: `2026-${String(4 + (n % 9)).padStart(2, '0')}-15`,
  };
}
