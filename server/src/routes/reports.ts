import { Hono } from 'hono';
import { countsQuery } from '../../../shared';
import { recordAudit } from '../db/audit';
import { consultationCounts } from '../db/reports';
import { ApiError } from '../errors';
import { requireRole } from '../middleware/auth';
import { validate } from '../middleware/validate';
import type { AppEnv } from '../types';

/**
 * Reports the organisation files (domain.md「相談件数」). Managers and admins only;
 * every report is an export of organisation data, so it is written to audit_log.
 */
export const reportRoutes = new Hono<AppEnv>()
  .use('*', requireRole('manager'))
  .get('/consultation-counts', validate('query', countsQuery), async (c) => {
    const { from, to } = c.req.valid('query');
    if (to < from) {
      throw new ApiError(400, 'validation_failed', '終了日（to）は開始日（from）以降の日付にしてください', [{ path: 'to', message: '開始日より前の日付です' }]);
    }
    const { orgId, advisorId } = c.var.caller;
    const counts = await consultationCounts(c.env.DB, orgId, from, to);
    await recordAudit(c.env.DB, [{ orgId, advisorId, action: 'report.consultation_counts', target: `${from}..${to}` }]);
    return c.json(counts, 200);
  });
