import type { BansoRule } from '../../shared/banso-rule';
import { suggestBanso, type BansoSuggestion } from './banso-suggestion';
import { groupTagIds, stageTimeline, STEP_GROUP_ID, WALL_GROUP_ID, type StageTimeline } from './stage-timeline';
import type { KartePageView } from '../db/karte-page-queries';
import type { TaxonomyGroup } from '../db/tag-queries';

const allTags = (groups: readonly TaxonomyGroup[]) => groups.flatMap((g) => g.tags);

/** The 伴走 suggestion for the karte on screen (karte/banso-suggestion.ts) under the organisation's rule (null: the standard one), or null. */
export function bansoSuggestionFor(
  view: KartePageView,
  groups: readonly TaxonomyGroup[],
  now: Date,
  rule: BansoRule | null = null,
): BansoSuggestion | null {
  const b = view.business;
  if (!b) return null;
  return suggestBanso({
    business: b,
    consultations: view.consultations,
    tagGroups: new Map(allTags(groups).map((t) => [t.id, t.groupId])),
    dismissedAt: b.bansoSuggestionDismissedAt,
    now: now.getTime(),
    ...(rule ? { rule } : {}),
  });
}

/** The 伴走ステップ in model order, and the karte's stages and barriers over time. */
export function stagesFor(view: KartePageView, groups: readonly TaxonomyGroup[]): { steps: string[]; timeline: StageTimeline } {
  const tags = allTags(groups);
  const steps = groupTagIds(tags, STEP_GROUP_ID);
  return { steps, timeline: stageTimeline(view.consultations, steps, groupTagIds(tags, WALL_GROUP_ID)) };
}
