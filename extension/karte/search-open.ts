import type { ShownHit } from '../search/protocol';
import { karteHref } from './hrefs';

/** What choosing a search hit on the karte page does. */
export type KarteSearchOpen =
  /** Another business's karte (at one of its consultations, or an action's): this tab goes there. */
  | { type: 'navigate'; href: string }
  /** A consultation of the karte on screen: bring its entry into view. */
  | { type: 'entry'; consultationId: string }
  /** The business on screen itself: back to the top of its karte. */
  | { type: 'top' }
  /** A tag: search its consultations. */
  | { type: 'tag'; tagId: string }
  /** A consultation or action whose business is unknown: nowhere to go. */
  | { type: 'none' };

/**
 * The karte a hit belongs to and the consultation to show on it: a consultation's own, an
 * action's (the one it was agreed in; none when it was written on the karte). Null for a tag,
 * and for a hit whose business is unknown.
 */
export function hitKarte(hit: ShownHit): { businessId: string; consultationId?: string } | null {
  if (hit.kind === 'tag') return null;
  const businessId = hit.kind === 'business' ? hit.id : hit.businessId;
  if (!businessId) return null;
  const consultationId = hit.kind === 'consultation' ? hit.id : hit.kind === 'action' ? (hit.consultationId ?? undefined) : undefined;
  return consultationId ? { businessId, consultationId } : { businessId };
}

/** Where a hit chosen on the karte of `shownBusinessId` leads. */
export function karteSearchOpen(hit: ShownHit, shownBusinessId: string | null): KarteSearchOpen {
  if (hit.kind === 'tag') return { type: 'tag', tagId: hit.id };
  const target = hitKarte(hit);
  if (!target) return { type: 'none' };
  const { businessId, consultationId } = target;
  if (businessId !== shownBusinessId) return { type: 'navigate', href: karteHref(businessId, consultationId) };
  return consultationId ? { type: 'entry', consultationId } : { type: 'top' };
}
