import { onBackgroundMessage, type SyncKickReason, tellBackground } from './background-message';

export type { SyncKickReason };

/** Asks the background to sync. Fire and forget: if nobody listens, the periodic alarm catches up. */
export function requestSync(reason: SyncKickReason): void {
  tellBackground('banso:sync-kick', { reason }, 'sync request');
}

/** In the background: calls `onRequest` for each sync request (register at service worker start). */
export function onSyncRequest(onRequest: (reason: SyncKickReason) => void): void {
  onBackgroundMessage('banso:sync-kick', (m) =>
    onRequest(m.reason === 'open' || m.reason === 'now' || m.reason === 'signin' ? m.reason : 'write'),
  );
}
