// The modules, not the barrel: the side panel shows the suggestion and must not load zod at start.
import type { KarteStatus } from '../../shared/enums';
import { normalizeForSearch } from '../../shared/text';
import { addMonths, DEFAULT_TIME_ZONE, localDateOf } from './local-date';

/**
 * When the karte suggests 伴走支援: repeated consultations on the same issue, three or more
 * within six months (issue 5). Nobody can tell at intake which case will become 伴走, so the
 * advisor is only ever offered the change and accepts or dismisses it.
 */
export const BANSO_RULE = { consultations: 3, months: 6 } as const;

/** Statuses past the point of suggesting: already 伴走, in follow-up, or closed. */
const SETTLED: readonly KarteStatus[] = ['banso', 'follow_up', 'closed'];

/** Tag group of the 相談分野 (shared/taxonomy.ts): sharing one of these is "the same issue". */
export const TOPIC_GROUP_ID = 'grp-topic';

export interface SuggestionConsultation {
  id: string;
  businessId: string;
  heldAt: string;
  tagIds: readonly string[];
  essentialIssue: string;
  deleted: boolean;
}

export interface BansoInput {
  business: { id: string; status: KarteStatus };
  consultations: readonly SuggestionConsultation[];
  /** Ids of the organisation's 相談分野 tags (see topicTagIds). */
  topicTagIds: ReadonlySet<string>;
  /** When the advisor last dismissed the suggestion for this business (ISO instant), if ever. */
  dismissedAt: string | null;
  /** Now (ISO instant or epoch ms): repeats that ended more than six months ago are history, not a suggestion. */
  now: string | number;
  timeZone?: string;
}

export type BansoReason = { kind: 'topic'; tagId: string } | { kind: 'essentialIssue'; text: string };

export interface BansoSuggestion {
  reason: BansoReason;
  /** The consultations the suggestion rests on, oldest first. */
  consultationIds: string[];
  /** Local dates of the first and last of them. */
  from: string;
  to: string;
}

/** The 相談分野 tag ids among the organisation's tags. */
export function topicTagIds(tags: readonly { id: string; groupId: string; deleted: boolean }[]): Set<string> {
  return new Set(tags.filter((t) => !t.deleted && t.groupId === TOPIC_GROUP_ID).map((t) => t.id));
}

interface Dated {
  c: SuggestionConsultation;
  date: string;
  ms: number;
}

/** The latest run of ≥ 3 consultations whose first and last are at most six months apart. */
function latestRun(group: readonly Dated[]): Dated[] | null {
  for (let j = group.length - 1; j >= BANSO_RULE.consultations - 1; j--) {
    let i = j;
    while (i > 0 && addMonths(group[i - 1]!.date, BANSO_RULE.months) >= group[j]!.date) i--;
    if (j - i + 1 >= BANSO_RULE.consultations) return group.slice(i, j + 1);
  }
  return null;
}

/** The suggestion to mark this karte 伴走, or null. */
export function suggestBanso(input: BansoInput): BansoSuggestion | null {
  if (SETTLED.includes(input.business.status)) return null;
  const tz = input.timeZone ?? DEFAULT_TIME_ZONE;
  const dismissed = input.dismissedAt === null ? -Infinity : Date.parse(input.dismissedAt);
  const staleBefore = addMonths(localDateOf(input.now, tz), -BANSO_RULE.months);
  const groups = new Map<string, { reason: BansoReason; items: Dated[] }>();
  const add = (key: string, reason: BansoReason, d: Dated) => {
    const g = groups.get(key) ?? { reason, items: [] };
    g.items.push(d);
    groups.set(key, g);
  };
  const own = input.consultations.filter((c) => !c.deleted && c.businessId === input.business.id);
  for (const c of own) {
    const ms = Date.parse(c.heldAt);
    const d: Dated = { c, date: localDateOf(ms, tz), ms };
    for (const tagId of new Set(c.tagIds)) if (input.topicTagIds.has(tagId)) add(`t:${tagId}`, { kind: 'topic', tagId }, d);
    const issue = normalizeForSearch(c.essentialIssue);
    if (issue !== '') add(`i:${issue}`, { kind: 'essentialIssue', text: c.essentialIssue.trim() }, d);
  }
  let best: { reason: BansoReason; run: Dated[] } | null = null;
  for (const { reason, items } of groups.values()) {
    const run = latestRun(items.sort((a, b) => a.ms - b.ms));
    const last = run?.[run.length - 1];
    // Dismissed after the latest of these consultations: wait for a new one before asking again.
    if (!run || !last || last.ms <= dismissed || last.date < staleBefore) continue;
    const bestLast = best?.run[best.run.length - 1];
    if (!best || !bestLast || last.ms > bestLast.ms || (last.ms === bestLast.ms && run.length > best.run.length)) best = { reason, run };
  }
  if (!best) return null;
  return {
    reason: best.reason,
    consultationIds: best.run.map((d) => d.c.id),
    from: best.run[0]!.date,
    to: best.run[best.run.length - 1]!.date,
  };
}
