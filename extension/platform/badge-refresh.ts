import { onBackgroundMessage, tellBackground } from './background-message';

/** The message a page sends after a local write so the background (possibly asleep) redraws the badge. */
const REFRESH = 'banso:refresh-badge';

/** Asks the background to recount the badge. Fire and forget: if nobody listens, the hourly alarm catches up. */
export function requestBadgeRefresh(): void {
  tellBackground({ type: REFRESH }, 'badge refresh');
}

/** In the background: calls `onRequest` for each refresh request. */
export function onBadgeRefreshRequest(onRequest: () => void): void {
  onBackgroundMessage(REFRESH, () => onRequest());
}
