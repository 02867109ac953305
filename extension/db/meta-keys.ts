/** Keys of the `meta` table this code uses. */
export const META_KEYS = {
  /** The id the next outbox mutation takes (1, 2, 3, … per client, never reused). */
  nextMutationId: 'nextMutationId',
  /** Set once the default taxonomy has been put into the local tag tables. */
  taxonomySeeded: 'taxonomySeeded',
  /** Per next action, the due date its reminder was shown for (karte/due.ts remindersToFire). */
  remindersNotified: 'remindersNotified',
  /** The organisation profile (OrgProfile) as GET /v1/directory last said, kept with the advisors. */
  organisation: 'organisation',
} as const;
