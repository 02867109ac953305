import { Hono } from 'hono';
import { MIN_PROTOCOL_VERSION, PROTOCOL_VERSION, type HealthResponse } from '../../../shared';
import type { AppEnv } from '../types';

/** Liveness, without auth: also tells clients which protocol versions are served. */
export const healthRoutes = new Hono<AppEnv>().get('/', (c) => {
  const body: HealthResponse = { status: 'ok', protocol: PROTOCOL_VERSION, minProtocol: MIN_PROTOCOL_VERSION };
  return c.json(body, 200);
});
