import { Hono, type Context } from 'hono';
import {
  countRecordsQuery,
  countsQuery,
  fiscalYearOfDate,
  jstDateOf,
  planTargetsRequest,
  reportQuery,
  resolvePeriod,
  type ReportQuery,
} from '../../../shared';
import { auditStatement, recordAudit, type AuditAction } from '../db/audit';
import { readerOf } from '../db/karte';
import { findOrganisation } from '../db/orgs';
import { bansoCases } from '../db/reports/banso-cases';
import { countRecords } from '../db/reports/count-records';
import { consultationCounts } from '../db/reports/consultation-counts';
import { disasterCases } from '../db/reports/disaster';
import type { ReportContext } from '../db/reports/facts';
import { karteQuality } from '../db/reports/karte-quality';
import { consultationCounts as legacyCounts } from '../db/reports/legacy-counts';
import { startupFounders } from '../db/reports/startup';
import { reachOf } from '../domain/report-scope';
import { ApiError } from '../errors';
import { requireRole } from '../middleware/auth';
import { validate } from '../middleware/validate';
import type { AppEnv } from '../types';
import { planTargetsOf, replacePlanTargetsStatements } from '../db/plan-targets';
import { expertDispatches } from '../db/reports/expert-dispatch';
import { planReport } from '../db/reports/plan';
import { subsidies } from '../db/reports/subsidies';
import { defaultJsonBody } from '../middleware/json-body';

/** The period, whose work and the filters of a report, as asked by the caller. */
function contextOf(c: Context<AppEnv>, q: ReportQuery): ReportContext {
  const now = new Date();
  return {
    orgId: c.var.caller.orgId,
    period: resolvePeriod(q, now),
    reach: reachOf(c.var.caller, q.advisorId),
    programme: q.programme ?? null,
    municipality: q.municipality ?? null,
    today: jstDateOf(now),
  };
}

/** What every report says about itself (shared/reports.ts reportMeta). */
const metaOf = (ctx: ReportContext) => ({
  period: ctx.period,
  scope: ctx.reach.scope,
  filters: { advisorId: ctx.reach.advisorId, programme: ctx.programme, municipality: ctx.municipality },
  asOf: ctx.today,
});

/** Every report is an export of organisation data: one audit row naming the period and filters. */
function audit(c: Context<AppEnv>, action: AuditAction, ctx: ReportContext, extra: Record<string, string | undefined> = {}) {
  const { period, programme, municipality, reach } = ctx;
  const target = JSON.stringify({
    from: period.from,
    to: period.to,
    advisorId: reach.advisorId ?? undefined,
    programme: programme ?? undefined,
    municipality: municipality ?? undefined,
    ...extra,
  });
  return recordAudit(c.env.DB, [{ orgId: ctx.orgId, advisorId: c.var.caller.advisorId, action, target }]);
}

/**
 * Reports the organisation files (domain.md「Reports the organisations must produce」, docs/api.md
 * "Reports"). Managers and admins see the organisation; an advisor sees their own work and the
 * answer says so (`scope: 'own'`). Counts include 機微 consultations; no report carries 機微 text.
 */
export const reportRoutes = new Hono<AppEnv>()
  /** The first summary (延べ / 実数 by channel, programme, advisor): managers only, kept for existing callers. */
  .get('/consultation-counts', requireRole('manager'), validate('query', countsQuery), async (c) => {
    const { from, to } = c.req.valid('query');
    if (to < from) {
      throw new ApiError(400, 'validation_failed', '終了日（to）は開始日（from）以降の日付にしてください', [
        { path: 'to', message: '開始日より前の日付です' },
      ]);
    }
    const { orgId, advisorId } = c.var.caller;
    const counts = await legacyCounts(c.env.DB, orgId, from, to);
    await recordAudit(c.env.DB, [{ orgId, advisorId, action: 'report.consultation_counts', target: `${from}..${to}` }]);
    return c.json(counts, 200);
  })
  .get('/consultations', validate('query', reportQuery), async (c) => {
    const ctx = contextOf(c, c.req.valid('query'));
    const body = { ...metaOf(ctx), ...(await consultationCounts(c.env.DB, ctx)) };
    await audit(c, 'report.consultations', ctx);
    return c.json(body, 200);
  })
  .get('/consultations/records', validate('query', countRecordsQuery), async (c) => {
    const q = c.req.valid('query');
    const ctx = contextOf(c, q);
    const page = await countRecords(c.env.DB, ctx, { dim: q.dim, key: q.key, cursor: q.cursor, limit: q.limit });
    await audit(c, 'report.consultation_records', ctx, { dim: q.dim, key: q.key });
    return c.json(page, 200);
  })
  .get('/banso-cases', validate('query', reportQuery), async (c) => {
    const ctx = contextOf(c, c.req.valid('query'));
    const body = { ...metaOf(ctx), ...(await bansoCases(c.env.DB, ctx, readerOf(c.var.caller))) };
    await audit(c, 'report.banso_cases', ctx);
    return c.json(body, 200);
  })
  .get('/karte-quality', validate('query', reportQuery), async (c) => {
    const ctx = contextOf(c, c.req.valid('query'));
    const body = { ...metaOf(ctx), ...(await karteQuality(c.env.DB, ctx)) };
    await audit(c, 'report.karte_quality', ctx);
    return c.json(body, 200);
  })
  .get('/disaster', validate('query', reportQuery), async (c) => {
    const ctx = contextOf(c, c.req.valid('query'));
    const body = { ...metaOf(ctx), ...(await disasterCases(c.env.DB, ctx, readerOf(c.var.caller))) };
    await audit(c, 'report.disaster', ctx);
    return c.json(body, 200);
  })
  /** 特定創業支援: founders with a session in the period and every open one, by the organisation's mapping of tags to the four areas. */
  .get('/startup', validate('query', reportQuery), async (c) => {
    const ctx = contextOf(c, c.req.valid('query'));
    const org = await findOrganisation(c.env.DB, ctx.orgId);
    const body = {
      ...metaOf(ctx),
      supportOrganisation: org?.name ?? '',
      ...(await startupFounders(c.env.DB, ctx, org?.startupAreas ?? null)),
    };
    await audit(c, 'report.startup', ctx);
    return c.json(body, 200);
  });

/**
 * The reports of the 経営発達支援計画 and the support records (issue 13: reports 2, 6 and 7),
 * mounted beside reportRoutes under /v1/reports. The plan's targets are the organisation's:
 * managers set them per 年度; an advisor's own-work report shows none.
 */
export const supportReportRoutes = new Hono<AppEnv>()
  .get('/plan', validate('query', reportQuery), async (c) => {
    const ctx = contextOf(c, c.req.valid('query'));
    const fiscalYear = ctx.period.fiscalYear ?? fiscalYearOfDate(ctx.period.from);
    const targets = ctx.reach.advisorId === null ? await planTargetsOf(c.env.DB, ctx.orgId, fiscalYear) : null;
    const body = { ...metaOf(ctx), ...(await planReport(c.env.DB, ctx, targets)) };
    await audit(c, 'report.plan', ctx);
    return c.json(body, 200);
  })
  .put('/plan/targets', requireRole('manager'), defaultJsonBody, validate('json', planTargetsRequest), async (c) => {
    const request = c.req.valid('json');
    const { orgId, advisorId } = c.var.caller;
    const target = JSON.stringify(request);
    await c.env.DB.batch([
      ...replacePlanTargetsStatements(c.env.DB, orgId, advisorId, request),
      auditStatement(c.env.DB, { orgId, advisorId, action: 'org.update_plan_targets', target }),
    ]);
    return c.json(await planTargetsOf(c.env.DB, orgId, request.fiscalYear), 200);
  })
  .get('/subsidies', validate('query', reportQuery), async (c) => {
    const ctx = contextOf(c, c.req.valid('query'));
    const body = { ...metaOf(ctx), ...(await subsidies(c.env.DB, ctx)) };
    await audit(c, 'report.subsidies', ctx);
    return c.json(body, 200);
  })
  .get('/expert-dispatch', validate('query', reportQuery), async (c) => {
    const ctx = contextOf(c, c.req.valid('query'));
    const body = { ...metaOf(ctx), ...(await expertDispatches(c.env.DB, ctx)) };
    await audit(c, 'report.expert_dispatch', ctx);
    return c.json(body, 200);
  });
