import { openServices, preloadWrites } from '../../app/compose';
import { createCaptureStores } from '../../app/compose-capture';
import { mount } from '../../app/mount';
import { QuickCapture } from '../../app/QuickCapture';
import { canOpenSidePanel, openSidePanel } from '../../platform/side-panel';
import { readActiveTab } from '../../platform/current-page';
import { CaptureContext } from '../../state/contexts';

// Toolbar popup (also opened by Ctrl+Shift+K): wiring only.
async function main() {
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
  mount(
    services.i18n,
    <CaptureContext.Provider value={stores}>
      <QuickCapture onOpenPanel={canOpenSidePanel() ? openPanel : null} />
    </CaptureContext.Provider>,
  );
  preloadWrites(services);
}

void main();
