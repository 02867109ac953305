import type { Context } from 'hono';
import { ApiError } from '../errors';
import type { AppEnv } from '../types';

/**
 * Failed sign-ins per client address (AUTH_FAILURE_LIMITER in wrangler.jsonc). Past the limit
 * the address is refused for a minute before any token is looked up, so guessing tokens costs
 * the database nothing. The block is remembered in this isolate; the limiter is shared.
 */
const BLOCK_MS = 60_000;
const MAX_REMEMBERED = 10_000;
const blockedUntil = new Map<string, number>();

/** Cloudflare sets CF-Connecting-IP on every request it forwards; requests made in tests have none. */
const clientAddress = (c: Context<AppEnv>) => c.req.header('CF-Connecting-IP') ?? null;

const tooMany = () =>
  new ApiError(
    429,
    'rate_limited',
    'サインインの失敗が続いたため、しばらく受け付けません。1分ほど待ってから、正しいトークンで再試行してください',
  );

/** Throws 429 while the caller's address is blocked. */
export function refuseBlockedAddress(c: Context<AppEnv>): void {
  const address = clientAddress(c);
  if (address === null) return;
  const until = blockedUntil.get(address);
  if (until === undefined) return;
  if (until > Date.now()) {
    c.header('Retry-After', String(Math.ceil((until - Date.now()) / 1000)));
    throw tooMany();
  }
  blockedUntil.delete(address);
}

/** Counts a failed sign-in; throws 429 (and blocks the address) once the limit is passed. */
export async function countFailure(c: Context<AppEnv>): Promise<void> {
  const address = clientAddress(c);
  if (address === null) return;
  const { success } = await c.env.AUTH_FAILURE_LIMITER.limit({ key: `auth-failure:${address}` });
  if (success) return;
  if (blockedUntil.size >= MAX_REMEMBERED) blockedUntil.clear();
  blockedUntil.set(address, Date.now() + BLOCK_MS);
  c.header('Retry-After', String(BLOCK_MS / 1000));
  throw tooMany();
}
