import type { Caller } from '../types';

/**
 * What this isolate remembers of tokens it found live, by hash: whose they are, which never
 * changes (a token is issued to one advisor of one organisation), so a sync request may start its
 * reads before the token is checked again (admit-in-batch.ts). Whether it is still live, and the
 * advisor's role, are read again on every request; nothing here admits a request by itself.
 */
const MAX_KNOWN = 10_000;
const known = new Map<string, { tokenId: string; caller: Caller }>();

export const knownToken = (tokenHash: string) => known.get(tokenHash) ?? null;

export function rememberToken(found: { tokenId: string; caller: Caller }): void {
  if (known.size >= MAX_KNOWN && !known.has(found.caller.tokenHash)) known.clear();
  known.set(found.caller.tokenHash, found);
}

export const forgetToken = (tokenHash: string) => known.delete(tokenHash);

/**
 * Whether this isolate should record a token's (or key's) last use: the database keeps it to the
 * minute, so a token this isolate touched less than a minute ago needs no write (which would
 * change nothing) after every request.
 */
const TOUCH_MS = 60_000;
const touchedAt = new Map<string, number>();

export function dueForTouch(id: string): boolean {
  const now = Date.now();
  if (now - (touchedAt.get(id) ?? -Infinity) < TOUCH_MS) return false;
  if (touchedAt.size >= MAX_KNOWN) touchedAt.clear();
  touchedAt.set(id, now);
  return true;
}
