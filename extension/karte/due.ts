import { localDateOf, addDays, DEFAULT_TIME_ZONE } from '../dates/local-date';

/**
 * Next actions by due date, as the follow-up list and the reminders see them. Dates are
 * local calendar dates ('YYYY-MM-DD') in the advisor's time zone (Asia/Tokyo by default).
 */
export interface DueItem {
  id: string;
  dueDate: string | null;
  done: boolean;
  deleted: boolean;
}

export type DueState = 'overdue' | 'today' | 'upcoming' | 'later' | 'undated';

/** How far ahead "upcoming" looks, in days after today. */
export const UPCOMING_DAYS = 7;

/** Today's date where the advisor is. */
export function todayIn(now: number | Date, timeZone = DEFAULT_TIME_ZONE): string {
  return localDateOf(now instanceof Date ? now.getTime() : now, timeZone);
}

export function dueState(dueDate: string | null, today: string, upcomingDays = UPCOMING_DAYS): DueState {
  if (dueDate === null) return 'undated';
  if (dueDate < today) return 'overdue';
  if (dueDate === today) return 'today';
  return dueDate <= addDays(today, upcomingDays) ? 'upcoming' : 'later';
}

/** Earliest due first, undated last; ties in the order written (ids are time-ordered UUIDv7). */
export function compareDue(a: DueItem, b: DueItem): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const isOpen = (a: DueItem) => !a.done && !a.deleted;

/** Open actions sorted into the follow-up list's sections, each section in due order. */
export function dueBuckets<T extends DueItem>(actions: readonly T[], today: string, upcomingDays = UPCOMING_DAYS): Record<DueState, T[]> {
  const buckets: Record<DueState, T[]> = { overdue: [], today: [], upcoming: [], later: [], undated: [] };
  for (const a of [...actions].filter(isOpen).sort(compareDue)) buckets[dueState(a.dueDate, today, upcomingDays)].push(a);
  return buckets;
}

/** The toolbar badge: what needs doing today or is already late ('' when nothing, '99+' past 99). */
export function badgeText(actions: readonly DueItem[], today: string): string {
  const count = actions.filter((a) => isOpen(a) && a.dueDate !== null && a.dueDate <= today).length;
  return count === 0 ? '' : count > 99 ? '99+' : String(count);
}

/**
 * Per action, the due date it was last notified for. A moved due date is notified again on
 * its new day; an action done, deleted or due later drops out (the state stays small).
 */
export type NotifiedState = Readonly<Record<string, string>>;

/**
 * The reminders to fire now: open actions due today or earlier that were not notified for
 * this due date yet (so an action missed while the browser was closed is notified once, the
 * next time the alarm runs, and never twice). Returns the state to keep for the next run.
 */
export function remindersToFire<T extends DueItem>(
  actions: readonly T[],
  today: string,
  notified: NotifiedState,
): { fire: T[]; notified: NotifiedState } {
  const fire: T[] = [];
  const next: Record<string, string> = {};
  for (const a of [...actions].filter(isOpen).sort(compareDue)) {
    if (a.dueDate === null || a.dueDate > today) continue;
    if (notified[a.id] !== a.dueDate) fire.push(a);
    next[a.id] = a.dueDate;
  }
  return { fire, notified: next };
}
