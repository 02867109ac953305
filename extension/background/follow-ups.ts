import { loadFollowUps } from '../db/follow-up-queries';
import { onTablesWritten } from '../db/local-writes';
import { loadNotified, saveNotified } from '../db/reminder-state';
import type { KarteDb } from '../db/schema';
import { outboxCounts } from '../db/sync-store';
import { todayIn } from '../karte/due';
import { translator } from '../locales';
import { showBadge } from '../platform/action-badge';
import { ensureAlarm, onAlarm } from '../platform/alarms';
import { onBadgeRefreshRequest } from '../platform/badge-refresh';
import { clearNotification, notifyAs, onNotificationClicked } from '../platform/notifications';
import { followUpsUrl, openTab } from '../platform/page-urls';
import { currentAdvisorId, settings } from '../platform/settings';
import { updateBadge } from './badge';
import { runReminders } from './reminders';

export const REMINDER_ALARM = 'banso-reminders';
const REMINDER_NOTIFICATION = 'banso-reminders';
/** Often enough that a due day is noticed soon after the browser opens or midnight passes. */
const REMINDER_PERIOD_MIN = 60;
/** A burst of writes (a save is several) redraws the badge once. */
const BADGE_DEBOUNCE_MS = 300;

/**
 * Reminders and the toolbar badge, in the service worker. Listeners are registered at once
 * (an alarm or a click may be what woke the worker); the work runs at start-up, on the hourly
 * alarm, after local writes (pages ask for it: db/local-writes.ts), after sync's writes (Dexie's
 * change events, below) and when the advisor changes.
 */
export function startFollowUps(store: Promise<KarteDb>): void {
  const t = async () => translator(await settings.language.getValue());
  const dueNow = async () => loadFollowUps(await store, await currentAdvisorId(), todayIn(new Date()));

  let timer: ReturnType<typeof setTimeout> | null = null;
  const refreshBadge = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void updateBadge({
        // Local-only: nothing will ever sync, so nothing is "not yet synced".
        unsyncedCount: async () => ((await settings.localOnly.getValue()) ? 0 : (await outboxCounts(await store)).pending),
        dueCount: async () => (await dueNow()).length,
        translate: t,
        show: showBadge,
      }).catch((e: unknown) => console.error('badge not updated', e));
    }, BADGE_DEBOUNCE_MS);
  };

  // One run at a time: start-up and an alarm at once must not both notify the same action.
  let running: Promise<unknown> = Promise.resolve();
  const remind = () => {
    running = running
      .then(async () => {
        const db = await store;
        await runReminders({
          followUps: dueNow,
          loadNotified: () => loadNotified(db),
          saveNotified: (state) => saveNotified(db, state),
          notify: (title, message) => notifyAs(REMINDER_NOTIFICATION, title, message),
          translate: t,
          now: () => new Date(),
        });
      })
      .catch((e: unknown) => console.error('reminders not run', e));
  };

  onAlarm(REMINDER_ALARM, () => {
    remind();
    refreshBadge();
  });
  onNotificationClicked((id) => {
    if (id !== REMINDER_NOTIFICATION) return;
    void openTab(followUpsUrl());
    void clearNotification(id);
  });
  onBadgeRefreshRequest(refreshBadge);
  for (const item of [settings.language, settings.advisor, settings.localOnly] as const) item.watch(() => refreshBadge());
  // Writes by sync in this worker (and by pages, while it is awake) arrive as Dexie change events.
  void store.then((db) => onTablesWritten(db.name, ['outbox', 'actions'], refreshBadge));
  void ensureAlarm(REMINDER_ALARM, REMINDER_PERIOD_MIN).catch((e: unknown) => console.error('reminder alarm not set', e));
  remind();
  refreshBadge();
}
