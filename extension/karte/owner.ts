/**
 * Whose follow-ups an action is. The list and the reminders are for the signed-in advisor:
 * actions they wrote, or of a consultation they wrote or took part in, or of a business they are
 * in charge of (担当指導員; one without 担当 is the one who registered it's). A record with no
 * author yet was written on this device and not synced back, so it is this advisor's own. With no
 * advisor known (local-only, not signed in) every action is.
 */
export interface Authored {
  authorId: string | null;
}

/** Who is in charge of a business: its 担当指導員, or (none set) who registered it. */
export const inChargeOf = (business: Authored & { assignedAdvisorId?: string | null }): string | null =>
  business.assignedAdvisorId ?? business.authorId;

export function isMyAction(
  me: string | null,
  action: Authored,
  consultation: (Authored & { advisorIds: readonly string[] }) | null,
  business: (Authored & { assignedAdvisorId?: string | null }) | null,
): boolean {
  if (me === null || action.authorId === null || action.authorId === me) return true;
  if (consultation && (consultation.authorId === me || consultation.advisorIds.includes(me))) return true;
  return business !== null && inChargeOf(business) === me;
}
