import { jstDateOf, OVERCOME_WINDOW } from '../../../shared';
import { mayRead, type Reader } from './sensitivity';

/**
 * Where a 伴走 case stands, from its consultations' tags (the karte's stage view does the same,
 * extension/karte/stage-timeline.ts): the current 伴走ステップ, the barriers (5つの壁) seen, and
 * which were overcome. A barrier is overcome when none of the business's latest OVERCOME_WINDOW
 * consultations carries it though an earlier one did: it came up, and has not come up since.
 * A 機微 consultation's tags count only for a reader who may read it (they can reveal it).
 */
export interface CaseConsultation {
  id: string;
  heldAt: string;
  authorId: string | null;
  advisorIds: readonly string[];
  sensitive: boolean;
  tagIds: readonly string[];
}

export interface CaseStage {
  stepId: string | null;
  barriers: { id: string; firstSeen: string; lastSeen: string; overcome: boolean }[];
  lastContact: string | null;
  lastConsultationId: string | null;
}

/** The tags `reader` may see on a consultation: none of a 機微 one they may not read. */
export const visibleTags = (c: CaseConsultation, reader: Reader): readonly string[] =>
  c.sensitive && !mayRead({ id: c.id, authorId: c.authorId, advisorIds: c.advisorIds }, reader) ? [] : c.tagIds;

/**
 * `consultations`: the business's live consultations, any order. `stepOrder`: the 伴走ステップ
 * tags in the order of the model (the furthest named wins on one consultation); `wallIds`: the
 * 5つの壁 tags, in their order.
 */
export function caseStage(
  consultations: readonly CaseConsultation[],
  stepOrder: readonly string[],
  wallIds: readonly string[],
  reader: Reader,
): CaseStage {
  const sorted = [...consultations].sort((a, b) => (a.heldAt < b.heldAt ? -1 : a.heldAt > b.heldAt ? 1 : a.id < b.id ? -1 : 1));
  const recent = new Set(sorted.slice(-OVERCOME_WINDOW).map((c) => c.id));
  let stepId: string | null = null;
  const seen = new Map<string, { firstSeen: string; lastSeen: string; recent: boolean }>();
  for (const c of sorted) {
    const tags = visibleTags(c, reader);
    const steps = stepOrder.filter((s) => tags.includes(s));
    if (steps.length > 0) stepId = steps[steps.length - 1]!;
    const day = jstDateOf(c.heldAt);
    for (const wall of wallIds) {
      if (!tags.includes(wall)) continue;
      const s = seen.get(wall);
      if (s) {
        s.lastSeen = day;
        s.recent ||= recent.has(c.id);
      } else seen.set(wall, { firstSeen: day, lastSeen: day, recent: recent.has(c.id) });
    }
  }
  const last = sorted[sorted.length - 1];
  return {
    stepId,
    barriers: wallIds
      .filter((w) => seen.has(w))
      .map((id) => {
        const s = seen.get(id)!;
        return { id, firstSeen: s.firstSeen, lastSeen: s.lastSeen, overcome: !s.recent };
      }),
    lastContact: last ? jstDateOf(last.heldAt) : null,
    lastConsultationId: last?.id ?? null,
  };
}

/** When 伴走支援 began: the latest change of status to it (JST date), else the karte's bansoSince. */
export function bansoSince(statusChanges: readonly { status: string; at: string }[], fallback: string | null): string | null {
  const started = statusChanges.filter((s) => s.status === 'banso').at(-1);
  return started ? jstDateOf(started.at) : fallback;
}
