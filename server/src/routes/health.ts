import { Hono } from 'hono';
import { MIN_PROTOCOL_VERSION, PROTOCOL_VERSION } from '../../../shared';
import type { AppEnv } from '../types';

/** Liveness, without auth: also tells clients which protocol versions are served. */
export const healthRoutes = new Hono<AppEnv>().get('/', (c) =>
  c.json({ status: 'ok', protocol: PROTOCOL_VERSION, minProtocol: MIN_PROTOCOL_VERSION }, 200),
);
