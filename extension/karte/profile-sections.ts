import { hasDisaster, hasSuccession, type ProfileFields } from '../../shared/business-profile';

/** The default tags that say a karte needs its 被災 or 事業承継 section (shared/taxonomy.ts). */
export const DISASTER_TAG = 'event-disaster';
export const SUCCESSION_TAG = 'topic-succession';

export type ProfileSection = 'disaster' | 'succession';

/** Why a section shows on the karte: something is filled in, or a consultation carries its tag; null: it does not apply yet. */
export type SectionReason = 'filled' | 'tagged' | null;

/**
 * Where the karte's 被災 and 事業承継 sections apply: when filled in, or when a consultation of
 * the business carries the 被災 / 事業承継 tag (the advisor is then asked to fill it in). Anywhere
 * else the advisor adds them on demand from the profile editor.
 */
export function profileSections(
  business: Partial<ProfileFields>,
  consultations: ReadonlyArray<{ tagIds: readonly string[] }>,
): Record<ProfileSection, SectionReason> {
  const tagged = (tag: string) => consultations.some((c) => c.tagIds.includes(tag));
  return {
    disaster: hasDisaster(business) ? 'filled' : tagged(DISASTER_TAG) ? 'tagged' : null,
    succession: hasSuccession(business) ? 'filled' : tagged(SUCCESSION_TAG) ? 'tagged' : null,
  };
}
