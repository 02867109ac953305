import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openServices } from '../../../extension/app/compose';
import { createCaptureStores } from '../../../extension/app/compose-capture';
import { freshDbName } from './db';

/** The real stores of a capture view, on a fresh fake-indexeddb database and WXT's fake browser. */
export async function openCapture(surface: 'popup' | 'panel', pageUrl?: string) {
  const window = await fakeBrowser.windows.create({ focused: true });
  if (pageUrl) await fakeBrowser.tabs.create({ url: pageUrl, active: true, windowId: window!.id });
  const services = await openServices(freshDbName());
  const stores = createCaptureStores(services, surface);
  stores.taxonomy.start();
  await Promise.all([stores.editor.start(), stores.page.refresh()]);
  const writes = await services.loadWrites();
  return { services, stores, db: services.db, repo: writes.repo };
}
