import { DISASTER_FIELDS, hasDisaster, SUCCESSION_FIELDS } from './business-profile';
import { industryDivisionOf } from './industry-middle';
import { LIMITS } from './limits';
import type { Business, RecordKind, YearlyFigures } from './records';
import { supportRecordIssues } from './support-records';

/**
 * Kinds whose records belong to a business through `businessId`: a merge files every one of
 * them under the business kept, and a write aimed at a merged-away business is filed there too.
 */
export const BUSINESS_CHILD_KINDS = [
  'consultation',
  'action',
  'application',
  'expertDispatch',
  'yearlyFigures',
  'demandEvent',
  'founder',
] as const satisfies readonly RecordKind[];
export type BusinessChildKind = (typeof BUSINESS_CHILD_KINDS)[number];

export const isBusinessChild = (kind: RecordKind): kind is BusinessChildKind => (BUSINESS_CHILD_KINDS as readonly string[]).includes(kind);

/**
 * Merging two records of one business (a duplicate registered by mistake): what the kept
 * business takes from the one merged into it. Pure, and the same on both sides: the extension
 * applies it when the advisor merges (offline too), the server again when the merge arrives, so
 * fields written elsewhere meanwhile are not lost. Applying it twice changes nothing.
 *
 * The kept business keeps what it has; what it lacks comes from the other: empty text and
 * unknown values are filled, a karte still at its first state takes the other's state, external
 * IDs and the status history are joined, the earlier 伴走開始日 stays. Consultations and actions move to the kept business separately.
 * 業種 moves as a pair (大分類 with its 中分類); the 被災 section is taken whole, or filled in only
 * when both name the same disaster (never one disaster's damage under another's name); the
 * 事業承継 section is filled field by field. A record stored before protocol 3 lacks the profile
 * fields: missing counts as empty.
 */
export function mergedBusinessFields(kept: Business, away: Business): Partial<Business> {
  const out: Partial<Business> = {};
  const fill = <K extends keyof Business>(key: K, isEmpty: (v: Business[K]) => boolean) => {
    if (isEmpty(kept[key]) && !isEmpty(away[key])) out[key] = away[key];
  };
  const blank = (v: unknown) => v === null || v === undefined || v === '';
  for (const key of ['nameKana', 'corporateNumber', 'legalForm', 'employees', 'municipality', 'smallBusiness'] as const) {
    fill(key, blank);
  }
  Object.assign(out, industryFill(kept, away));
  fill('membership', (v) => v === 'unknown');
  // 初回相談 is where every karte starts: a duplicate that got further along brings its state.
  if (kept.status === 'consulting' && away.status !== 'consulting') {
    out.status = away.status;
    out.closeReason = away.closeReason;
  }
  for (const [text, source] of [
    ['vision', 'visionSourceId'],
    ['essentialIssue', 'essentialIssueSourceId'],
  ] as const) {
    if (kept[text] === '' && away[text] !== '') {
      out[text] = away[text];
      out[source] = away[source];
    }
  }
  fill('strengths', blank);
  fill('weaknesses', blank);
  const sameDisaster = blank(kept.disasterName) || blank(away.disasterName) || kept.disasterName === away.disasterName;
  if (!hasDisaster(kept) || sameDisaster) for (const key of DISASTER_FIELDS) fill(key, blank);
  for (const key of SUCCESSION_FIELDS) fill(key, blank);
  if (away.bansoSince !== null && (kept.bansoSince === null || away.bansoSince < kept.bansoSince)) out.bansoSince = away.bansoSince;

  const ids = joinBy([...kept.externalIds, ...away.externalIds], (e) => `${e.system}\u0000${e.value}`).slice(0, LIMITS.externalIds);
  if (ids.length !== kept.externalIds.length) out.externalIds = ids;

  const history = joinBy([...kept.statusChanges, ...away.statusChanges], (s) => `${s.at}\u0000${s.status}`)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .slice(-LIMITS.statusChanges);
  if (JSON.stringify(history) !== JSON.stringify(kept.statusChanges)) out.statusChanges = history;
  return out;
}

/**
 * 業種 as a pair: a kept business without a 中分類 takes the other's when its own 大分類 (if
 * any) agrees; one without any 業種 takes the other's 大分類 (and 中分類, if it has one).
 */
function industryFill(kept: Business, away: Business): Partial<Business> {
  if ((kept.industryMiddle ?? null) !== null) return {};
  const awayMiddle = away.industryMiddle ?? null;
  const division = industryDivisionOf(awayMiddle);
  if (awayMiddle !== null && division && (kept.industry === null || kept.industry === division)) {
    return kept.industry === division ? { industryMiddle: awayMiddle } : { industryMiddle: awayMiddle, industry: division };
  }
  return kept.industry === null && away.industry !== null ? { industry: away.industry } : {};
}

function joinBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const FIGURES = ['sales', 'grossProfit', 'operatingProfit', 'employees'] as const;

/**
 * The yearly figures of a merge (one record per business and 決算期): where both businesses have
 * figures for the same 決算期, the kept business's record takes the values it lacked (unless they
 * do not add up with its own) and the other is deleted — a tombstone that keeps its values. The
 * figures of other 決算期 simply move with the rest. Pure; both sides apply it.
 */
export function yearlyFiguresOnMerge(
  kept: ReadonlyArray<YearlyFigures & { id: string }>,
  away: ReadonlyArray<YearlyFigures & { id: string }>,
): { id: string; change: Partial<YearlyFigures> }[] {
  const keptByPeriod = new Map(kept.filter((f) => !f.deleted).map((f) => [f.fiscalPeriod, f]));
  const out: { id: string; change: Partial<YearlyFigures> }[] = [];
  for (const other of away) {
    const mine = other.deleted ? undefined : keptByPeriod.get(other.fiscalPeriod);
    if (!mine) continue;
    const fill: Partial<YearlyFigures> = {};
    for (const key of FIGURES) if (mine[key] === null && other[key] !== null) fill[key] = other[key];
    if (Object.keys(fill).length > 0 && supportRecordIssues('yearlyFigures', { ...mine, ...fill }).length === 0) {
      out.push({ id: mine.id, change: fill });
    }
    out.push({ id: other.id, change: { deleted: true } });
  }
  return out;
}
