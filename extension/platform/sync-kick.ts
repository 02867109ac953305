import { onBackgroundMessage, tellBackground } from './background-message';

/** The message a page sends to the background (possibly asleep: a message wakes it) about sync. */
const KICK = 'banso:sync-kick';

/**
 * `write`: a local change was queued; `open`: a page showing sync state opened and wants it
 * fresh; `now`: the advisor pressed 「今すぐ同期」; `signin`: the server just accepted this
 * device's token (a connection test): sync again even if it had stopped for sign-in (an admin
 * may have enabled the advisor again, and the token in storage did not change).
 */
export type SyncKickReason = 'write' | 'open' | 'now' | 'signin';

/** Asks the background to sync. Fire and forget: if nobody listens, the periodic alarm catches up. */
export function requestSync(reason: SyncKickReason): void {
  tellBackground({ type: KICK, reason }, 'sync request');
}

/** In the background: calls `onRequest` for each sync request (register at service worker start). */
export function onSyncRequest(onRequest: (reason: SyncKickReason) => void): void {
  onBackgroundMessage(KICK, (m) => onRequest(m.reason === 'open' || m.reason === 'now' || m.reason === 'signin' ? m.reason : 'write'));
}
