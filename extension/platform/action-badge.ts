import { browser } from 'wxt/browser';
import type { Badge } from '../background/badge';

interface ActionApi {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
  setBadgeTextColor?(details: { color: string }): Promise<void>;
}

/** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2. */
function actionApi(): ActionApi {
  const b = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  return (b.action ?? b.browserAction)!;
}

export async function showBadge(badge: Badge): Promise<void> {
  const action = actionApi();
  await Promise.all([
    action.setBadgeText({ text: badge.text }),
    action.setBadgeBackgroundColor({ color: badge.color }),
    // White on amber or red reads better than the browser's automatic choice (not every browser has it).
    action.setBadgeTextColor?.({ color: '#ffffff' }),
    action.setTitle({ title: badge.title }),
  ]);
}
