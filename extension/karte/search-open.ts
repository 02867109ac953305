import type { ShownHit } from '../search/protocol';
import { karteHref } from './hrefs';

/** What choosing a search hit on the karte page does. */
export type KarteSearchOpen =
  /** Another business's karte (at one of its consultations): this tab goes there. */
  | { type: 'navigate'; href: string }
  /** A consultation of the karte on screen: bring its entry into view. */
  | { type: 'entry'; consultationId: string }
  /** The business on screen itself: back to the top of its karte. */
  | { type: 'top' }
  /** A tag: search its consultations. */
  | { type: 'tag'; tagId: string }
  /** A consultation whose business is unknown: nowhere to go. */
  | { type: 'none' };

/** Where a hit chosen on the karte of `shownBusinessId` leads. */
export function karteSearchOpen(hit: ShownHit, shownBusinessId: string | null): KarteSearchOpen {
  if (hit.kind === 'tag') return { type: 'tag', tagId: hit.id };
  const businessId = hit.kind === 'business' ? hit.id : hit.businessId;
  if (!businessId) return { type: 'none' };
  const consultationId = hit.kind === 'consultation' ? hit.id : undefined;
  if (businessId !== shownBusinessId) return { type: 'navigate', href: karteHref(businessId, consultationId) };
  return consultationId ? { type: 'entry', consultationId } : { type: 'top' };
}
