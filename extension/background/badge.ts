import type { Translate } from '../locales/languages';

/** What the toolbar badge counts. */
export interface BadgeCounts {
  /** Local changes not yet accepted by the server (pending outbox entries). */
  unsynced: number;
  /** The advisor's open next actions due today or earlier. */
  due: number;
}

export interface Badge {
  text: string;
  /** Background colour (CSS hex). */
  color: string;
  /** The toolbar button's tooltip. */
  title: string;
}

/** Amber for "not yet synced" (data only on this device), red for actions that are due. */
export const BADGE_COLORS = { unsynced: '#b45309', due: '#b42318' } as const;

const cap = (n: number) => (n > 99 ? '99+' : String(n));

/**
 * The badge shows one thing: unsynced changes first (`↑5`: work that exists only on this
 * device matters most), otherwise what is due or overdue (`3`), otherwise nothing. The
 * tooltip always names both counts.
 */
export function composeBadge(counts: BadgeCounts, t: Translate): Badge {
  const title = `${t('app.name')}\n${t('badge.title', { unsynced: counts.unsynced, due: counts.due })}`;
  if (counts.unsynced > 0) return { text: `↑${cap(counts.unsynced)}`, color: BADGE_COLORS.unsynced, title };
  if (counts.due > 0) return { text: cap(counts.due), color: BADGE_COLORS.due, title };
  return { text: '', color: BADGE_COLORS.due, title };
}

export interface BadgeDeps {
  unsyncedCount: () => Promise<number>;
  dueCount: () => Promise<number>;
  translate: () => Promise<Translate>;
  /** Puts the badge on the toolbar button (platform/action-badge.ts). */
  show: (badge: Badge) => Promise<void>;
}

/** Recounts and redraws the badge; call after local writes, after a sync, on the reminder alarm. */
export async function updateBadge(deps: BadgeDeps): Promise<Badge> {
  const [unsynced, due, t] = await Promise.all([deps.unsyncedCount(), deps.dueCount(), deps.translate()]);
  const badge = composeBadge({ unsynced, due }, t);
  await deps.show(badge);
  return badge;
}
