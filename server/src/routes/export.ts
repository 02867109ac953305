import { Hono } from 'hono';
import { exportQuery } from '../../../shared';
import { assertMayExport } from '../domain/export-scope';
import { startExport } from '../export/stream';
import { validate } from '../middleware/validate';
import type { AppEnv } from '../types';

/** GET /v1/export (docs/api.md "Export"): the records as one JSON document (shared/export-format.ts), streamed. */
export const exportRoutes = new Hono<AppEnv>().get('/', validate('query', exportQuery), async (c) => {
  const { scope, sensitive } = c.req.valid('query');
  assertMayExport(c.var.caller, scope);
  const body = await startExport(c.env.DB, c.var.caller, { scope, sensitive: sensitive === '1' });
  return c.body(body, 200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Disposition': `attachment; filename="banso-karte-export-${scope}.json"`,
    'Cache-Control': 'no-store',
  });
});
