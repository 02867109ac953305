import { remindersToFire, todayIn, type NotifiedState } from '../karte/due';
import { visibleText } from '../karte/redaction';
import type { FollowUp } from '../db/follow-up-queries';
import type { Translate } from '../locales/languages';

export interface ReminderDeps {
  /** The advisor's open next actions (db/follow-up-queries.ts). */
  followUps: () => Promise<FollowUp[]>;
  loadNotified: () => Promise<NotifiedState>;
  saveNotified: (state: NotifiedState) => Promise<void>;
  notify: (title: string, message: string) => Promise<void>;
  translate: () => Promise<Translate>;
  now: () => Date;
}

/** How many actions one notification names before "and N more". */
const LISTED = 3;

/**
 * Shows one notification for the actions that reached their due day (or were missed while the
 * browser was closed) and were not reminded of for that due date yet. The state is saved only
 * after the notification was shown, so a failure reminds again next time rather than never.
 * Returns the actions reminded of.
 */
export async function runReminders(deps: ReminderDeps): Promise<FollowUp[]> {
  const [items, notified] = await Promise.all([deps.followUps(), deps.loadNotified()]);
  const today = todayIn(deps.now());
  const byAction = new Map(items.map((f) => [f.action.id, f]));
  const { fire, notified: next } = remindersToFire(
    items.map((f) => f.action),
    today,
    notified,
  );
  const due = fire.map((a) => byAction.get(a.id)!);
  if (due.length > 0) {
    const t = await deps.translate();
    const lines = due.slice(0, LISTED).map((f) =>
      t(f.action.dueDate! < today ? 'reminder.lineOverdue' : 'reminder.line', {
        business: f.businessName,
        text: visibleText(f.action, f.action.text, t('sensitive.hiddenText')),
      }),
    );
    if (due.length > LISTED) lines.push(t('reminder.more', { count: due.length - LISTED }));
    await deps.notify(t('reminder.title', { count: due.length }), lines.join('\n'));
  }
  await deps.saveNotified(next);
  return due;
}
