import { Hono } from 'hono';
import { loadTaxonomy } from '../db/tags';
import type { AppEnv } from '../types';

/** The organisation's tag taxonomy (相談分野, 伴走ステップ, …) for pickers and reports. */
export const tagRoutes = new Hono<AppEnv>().get('/', async (c) => c.json(await loadTaxonomy(c.env.DB, c.var.caller.orgId), 200));
