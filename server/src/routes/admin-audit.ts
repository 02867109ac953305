import { Hono } from 'hono';
import { auditQuery } from '../../../shared';
import { auditPosition, listAudit, toAuditView } from '../db/audit';
import { decodeCursor, toPage } from '../db/cursor';
import { validate } from '../middleware/validate';
import type { AppEnv } from '../types';

/** GET /v1/admin/audit (docs/api.md "Audit log"): who exported, imported, read 機微 text or administered, and when. Admins only (adminRoutes). */
export const adminAuditRoutes = new Hono<AppEnv>().get('/', validate('query', auditQuery), async (c) => {
  const { cursor, limit, ...filter } = c.req.valid('query');
  const rows = await listAudit(c.env.DB, c.var.caller.orgId, { ...filter, before: decodeCursor(cursor, 'datetime'), limit });
  return c.json(toPage(rows, limit, auditPosition, toAuditView), 200);
});
