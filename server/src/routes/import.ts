import { Hono } from 'hono';
import { importBusinessesRequest, restoreRequest } from '../../../shared';
import { importBusinesses } from '../import/businesses';
import { restorePart } from '../import/restore';
import { requireRole } from '../middleware/auth';
import { importJsonBody } from '../middleware/json-body';
import { validate } from '../middleware/validate';
import type { AppEnv } from '../types';

/**
 * Records coming in from other systems (admin only). A business list: every line checked and
 * matched, then all written or none; an answer with problems is 422 and wrote nothing. A JSON
 * export restored into an empty organisation, part by part (import/restore.ts).
 */
export const importRoutes = new Hono<AppEnv>()
  .use('*', requireRole('admin'))
  .post('/businesses', importJsonBody, validate('json', importBusinessesRequest), async (c) => {
    const result = await importBusinesses(c.env.DB, c.var.caller, c.req.valid('json'));
    return c.json(result, result.problemCount > 0 ? 422 : 200);
  })
  .post('/restore', importJsonBody, validate('json', restoreRequest), async (c) =>
    c.json(await restorePart(c.env.DB, c.var.caller, c.req.valid('json')), 200),
  );
