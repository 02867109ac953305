import type { Context } from 'hono';
import { ApiError } from '../errors';
import type { AppEnv } from '../types';

/**
 * Per-token limit through Cloudflare's rate-limiting binding. Auth asks it beside the token's
 * lookup (both are round trips and neither needs the other's answer) and calls `refuseOverLimit`
 * with its answer once the token is known to be good.
 */
export const askRateLimit = (c: Context<AppEnv>, tokenHash: string): Promise<boolean> =>
  c.env.RATE_LIMITER.limit({ key: tokenHash }).then(({ success }) => success);

/** Throws 429 when the limit was passed. */
export function refuseOverLimit(c: Context<AppEnv>, withinLimit: boolean): void {
  if (withinLimit) return;
  c.header('Retry-After', '60');
  throw new ApiError(429, 'rate_limited', 'リクエストが多すぎます。1分ほど待ってから再試行してください');
}
