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
