// The modules, not the barrel: the side panel shows the suggestion and must not load zod at start.
import type { KarteStatus } from '../../shared/enums';
import { addMonths, DEFAULT_TIME_ZONE, localDateOf } from '../dates/local-date';
import { sameIssue } from './issue-text';
import { STEP_GROUP_ID, WALL_GROUP_ID } from './stage-timeline';
import { DEFAULT_BANSO_RULE, type BansoRule } from '../../shared/banso-rule';

export { DEFAULT_BANSO_RULE, type BansoRule } from '../../shared/banso-rule';

/** Tag groups whose tags mark the 伴走 process: 伴走ステップ and 5つの壁 (the model's own, not tuned). */
const PROCESS_GROUP_IDS: readonly string[] = [STEP_GROUP_ID, WALL_GROUP_ID];

/**
 * What showed 伴走: a 本質的課題 recorded (or adopted on the karte), the same 本質的課題 coming back
 * (worded differently too), the owner's own words or insight written down, a 伴走ステップ or
 * 5つの壁 tag used, a turning point.
 */
export const BANSO_SIGNALS = ['issue', 'repeatedIssue', 'ownerVoice', 'process', 'trigger'] as const;
export type BansoSignal = (typeof BANSO_SIGNALS)[number];

/** Statuses past the point of suggesting: already 伴走, in follow-up, or closed. */
const SETTLED: readonly KarteStatus[] = ['banso', 'follow_up', 'closed'];

export interface SuggestionConsultation {
  id: string;
  businessId: string;
  heldAt: string;
  tagIds: readonly string[];
  essentialIssue: string;
  ownerWords: string;
  insight: string;
  deleted: boolean;
}

export interface BansoInput {
  business: { id: string; status: KarteStatus; essentialIssue: string; essentialIssueSourceId: string | null };
  consultations: readonly SuggestionConsultation[];
  /** Every tag's group (tag id → group id): which tags are 伴走ステップ / 5つの壁. */
  tagGroups: ReadonlyMap<string, string>;
  /** When the advisor last dismissed the suggestion for this business (ISO instant), if ever. */
  dismissedAt: string | null;
  /** Now (ISO instant or epoch ms): a run that ended more than the window ago is history, not a suggestion. */
  now: string | number;
  rule?: BansoRule;
  timeZone?: string;
}

export interface BansoSuggestion {
  /** The signals found, in BANSO_SIGNALS order. */
  signals: BansoSignal[];
  /** The 本質的課題 that came back, as first written (for the reason). */
  issue: string | null;
  /** The consultations the suggestion rests on, oldest first. */
  consultationIds: string[];
  /** Local dates of the first and last of them. */
  from: string;
  to: string;
}

interface Dated {
  c: SuggestionConsultation;
  date: string;
  ms: number;
  signals: Set<BansoSignal>;
}

/** The signals one consultation carries on its own. */
function ownSignals(c: SuggestionConsultation, input: BansoInput, rule: BansoRule): Set<BansoSignal> {
  const s = new Set<BansoSignal>();
  if (c.essentialIssue.trim() !== '' || input.business.essentialIssueSourceId === c.id) s.add('issue');
  if (c.ownerWords.trim() !== '' || c.insight.trim() !== '') s.add('ownerVoice');
  for (const tagId of c.tagIds) {
    if (rule.triggerTagIds.includes(tagId)) s.add('trigger');
    if (PROCESS_GROUP_IDS.includes(input.tagGroups.get(tagId) ?? '')) s.add('process');
  }
  return s;
}

/** Routine: every tag is routine work, and the note shows nothing of 伴走. */
const isRoutine = (d: Dated, rule: BansoRule) =>
  d.signals.size === 0 && d.c.tagIds.length > 0 && d.c.tagIds.every((t) => rule.routineTagIds.includes(t));

/** The signals of a run of consultations, the same 本質的課題 coming back (and one written on the karte) included. */
function runSignals(run: readonly Dated[], business: BansoInput['business']): { signals: Set<BansoSignal>; issue: string | null } {
  const signals = new Set(run.flatMap((d) => [...d.signals]));
  if (business.essentialIssue.trim() !== '') signals.add('issue');
  const issues = run.map((d) => d.c.essentialIssue.trim()).filter((i) => i !== '');
  const repeated = issues.find((issue, i) => issues.slice(i + 1).some((other) => sameIssue(issue, other))) ?? null;
  if (repeated) signals.add('repeatedIssue');
  return { signals, issue: repeated };
}

/** The suggestion to mark this karte 伴走, or null. */
export function suggestBanso(input: BansoInput): BansoSuggestion | null {
  if (SETTLED.includes(input.business.status)) return null;
  const rule = input.rule ?? DEFAULT_BANSO_RULE;
  const tz = input.timeZone ?? DEFAULT_TIME_ZONE;
  const dismissed = input.dismissedAt === null ? -Infinity : Date.parse(input.dismissedAt);
  const staleBefore = addMonths(localDateOf(input.now, tz), -rule.months);
  const counted = input.consultations
    .filter((c) => !c.deleted && c.businessId === input.business.id)
    .map((c): Dated => {
      const ms = Date.parse(c.heldAt);
      return { c, ms, date: localDateOf(ms, tz), signals: ownSignals(c, input, rule) };
    })
    .filter((d) => !isRoutine(d, rule))
    .sort((a, b) => a.ms - b.ms);
  // The latest qualifying run: ending at each consultation, newest first, the longest window back.
  for (let j = counted.length - 1; j >= rule.consultations - 1; j--) {
    const last = counted[j]!;
    // Dismissed after the latest of these consultations, or long ago: wait for a new one.
    if (last.ms <= dismissed || last.date < staleBefore) return null;
    let i = j;
    while (i > 0 && addMonths(counted[i - 1]!.date, rule.months) >= last.date) i--;
    const run = counted.slice(i, j + 1);
    if (run.length < rule.consultations) continue;
    const { signals, issue } = runSignals(run, input.business);
    if (signals.size < rule.signals) continue;
    return {
      signals: BANSO_SIGNALS.filter((s) => signals.has(s)),
      issue,
      consultationIds: run.map((d) => d.c.id),
      from: run[0]!.date,
      to: last.date,
    };
  }
  return null;
}
