import { createMiddleware } from 'hono/factory';
import { ApiError } from '../errors';
import type { AppEnv } from '../types';

/** Per-token limit through Cloudflare's rate-limiting binding (runs after auth). */
export const rateLimit = createMiddleware<AppEnv>(async (c, next) => {
  const { success } = await c.env.RATE_LIMITER.limit({ key: c.var.caller.tokenHash });
  if (!success) {
    c.header('Retry-After', '60');
    throw new ApiError(429, 'rate_limited', 'リクエストが多すぎます。1分ほど待ってから再試行してください');
  }
  await next();
});
