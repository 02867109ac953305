import { canOpenSidePanel, openSidePanel } from '../../platform/side-panel';
import { readActiveTab } from '../../platform/current-page';
import { CaptureContext } from '../../state/contexts';
import { openServices, preloadWrites } from '../../app/compose';
import { createCaptureStores } from '../../app/compose-capture';
import type { FirstPaint } from '../../app/first-paint';
import { mount } from '../../app/mount';
import { QuickCapture } from '../../app/QuickCapture';

/** The toolbar popup's full view, loaded after its first paint (app/first-paint.tsx), which it replaces. */
export async function startPopup(first: FirstPaint): Promise<void> {
  const services = await openServices();
  const stores = createCaptureStores(services, 'popup');
  // Reads start first and run while the view renders; nothing below waits for them.
  void stores.editor.start();
  void stores.page.refresh();
  stores.taxonomy.start();
  // Known before any click: the browser wants sidePanel.open() inside the click, not after an await.
  let target: { tabId?: number; windowId?: number } | null = null;
  void readActiveTab().then((tab) => (target = tab && { tabId: tab.id ?? undefined, windowId: tab.windowId ?? undefined }));
  const openPanel = () => {
    if (target) void openSidePanel(target).then(() => window.close());
  };
  // Typed before the store was there: into the draft (merged with the stored one once read), then the view.
  first.handOver(stores.editor); // the popup's editor takes the focus anyway
  mount(
    services.i18n,
    <CaptureContext.Provider value={stores}>
      <QuickCapture onOpenPanel={canOpenSidePanel() ? openPanel : null} />
    </CaptureContext.Provider>,
  );
  preloadWrites(services);
}
