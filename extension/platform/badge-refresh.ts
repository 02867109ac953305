import { onBackgroundMessage, tellBackground } from './background-message';

/** After a local write: asks the background (possibly asleep) to recount the badge. Fire and forget: if nobody listens, the hourly alarm catches up. */
export function requestBadgeRefresh(): void {
  tellBackground('banso:refresh-badge', {}, 'badge refresh');
}

/** In the background: calls `onRequest` for each refresh request. */
export function onBadgeRefreshRequest(onRequest: () => void): void {
  onBackgroundMessage('banso:refresh-badge', () => onRequest());
}
