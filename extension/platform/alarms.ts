import { browser } from 'wxt/browser';

/**
 * A repeating alarm. An existing one is left alone: creating it again would restart its
 * period, and the service worker starts often (every wake-up runs the background's start).
 */
export async function ensureAlarm(name: string, periodInMinutes: number): Promise<void> {
  if (await browser.alarms.get(name)) return;
  await browser.alarms.create(name, { periodInMinutes, delayInMinutes: periodInMinutes });
}

/** Calls `handler` each time the alarm `name` goes off (register at service worker start). */
export function onAlarm(name: string, handler: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === name) handler();
  });
}
