import { DEFAULT_TIME_ZONE, localDateOf } from '../dates/local-date';

/**
 * The 伴走ステップ and 5つの壁 of a karte over time, read from the tags advisors put on each
 * consultation: where the business stands now, and which barriers came up when.
 */
export const STEP_GROUP_ID = 'grp-step';
export const WALL_GROUP_ID = 'grp-wall';

export interface TimelineConsultation {
  id: string;
  heldAt: string;
  tagIds: readonly string[];
  deleted: boolean;
}

export interface StagePoint {
  consultationId: string;
  /** Local date of the consultation. */
  date: string;
  steps: string[];
  walls: string[];
}

export interface WallSpan {
  tagId: string;
  first: string;
  last: string;
  consultations: number;
}

export interface StageTimeline {
  /** Consultations carrying a step or a barrier, oldest first. */
  points: StagePoint[];
  /** The step of the latest consultation that names one (the furthest, if it names several). */
  currentStep: string | null;
  /** Barriers in the order they first came up. */
  walls: WallSpan[];
}

/** Tag ids of one group in their display order (steps in the order of the model). */
export function groupTagIds(tags: readonly { id: string; groupId: string; order: number; deleted: boolean }[], groupId: string): string[] {
  return tags
    .filter((t) => !t.deleted && t.groupId === groupId)
    .sort((a, b) => a.order - b.order)
    .map((t) => t.id);
}

export function stageTimeline(
  consultations: readonly TimelineConsultation[],
  stepTagIds: readonly string[],
  wallTagIds: readonly string[],
  timeZone = DEFAULT_TIME_ZONE,
): StageTimeline {
  const walls = new Set(wallTagIds);
  const points: StagePoint[] = [];
  for (const c of [...consultations].filter((c) => !c.deleted).sort((a, b) => Date.parse(a.heldAt) - Date.parse(b.heldAt))) {
    const steps = stepTagIds.filter((s) => c.tagIds.includes(s));
    const barriers = c.tagIds.filter((t) => walls.has(t));
    if (steps.length + barriers.length > 0)
      points.push({ consultationId: c.id, date: localDateOf(c.heldAt, timeZone), steps, walls: barriers });
  }
  const withStep = points.filter((p) => p.steps.length > 0);
  const spans = new Map<string, WallSpan>();
  for (const p of points) {
    for (const w of p.walls) {
      const span = spans.get(w);
      if (span) {
        span.last = p.date;
        span.consultations++;
      } else spans.set(w, { tagId: w, first: p.date, last: p.date, consultations: 1 });
    }
  }
  return { points, currentStep: withStep[withStep.length - 1]?.steps.at(-1) ?? null, walls: [...spans.values()] };
}
