import { Hono } from 'hono';
import type { AppEnv } from '../types';

// TODO(2026-11-25): push and pull (docs/sync.md) — being written.
export const syncRoutes = new Hono<AppEnv>();
