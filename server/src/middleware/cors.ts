import { cors } from 'hono/cors';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../types';

/** CORS only for the extension's origin and the origins configured in ALLOWED_ORIGINS. */
export const corsForConfiguredOrigins = createMiddleware<AppEnv>((c, next) => {
  const allowed = new Set(
    c.env.ALLOWED_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
  );
  return cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowHeaders: ['Authorization', 'Content-Type'],
    allowMethods: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
    maxAge: 600,
  })(c, next);
});
