import { browser } from 'wxt/browser';

/** A system notification for things that happen with no extension page open (context menu). */
export async function notify(title: string, message: string): Promise<void> {
  await browser.notifications.create({
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
  });
}

/** A notification under a fixed id: a newer one with the same id replaces it instead of piling up. */
export async function notifyAs(id: string, title: string, message: string): Promise<void> {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
  });
}

/** Calls `handler` when the advisor clicks one of our notifications (registered at service worker start). */
export function onNotificationClicked(handler: (id: string) => void): void {
  browser.notifications.onClicked.addListener(handler);
}

export async function clearNotification(id: string): Promise<void> {
  await browser.notifications.clear(id);
}
