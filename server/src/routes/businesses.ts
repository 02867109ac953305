import { Hono } from 'hono';
import type { AppEnv } from '../types';

// TODO(2026-11-25): being written.
export const businessRoutes = new Hono<AppEnv>();
