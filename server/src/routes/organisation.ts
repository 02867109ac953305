import { Hono } from 'hono';
import { bansoRuleRequest, startupAreasRequest } from '../../../shared';
import { auditStatement, type AuditAction } from '../db/audit';
import { findOrganisation, updateBansoRuleStatement, updateStartupAreasStatement } from '../db/orgs';
import { loadTaxonomy } from '../db/tags';
import { ApiError, notFound } from '../errors';
import { requireRole } from '../middleware/auth';
import { defaultJsonBody } from '../middleware/json-body';
import { validate } from '../middleware/validate';
import type { AppEnv } from '../types';

/** Refuses tags that are not among the organisation's live tags (a retired one would count nothing). */
async function requireLiveTags(db: D1Database, orgId: string, tagIds: readonly string[]): Promise<void> {
  const live = new Set((await loadTaxonomy(db, orgId)).groups.flatMap((g) => g.tags.map((t) => t.id)));
  const unknown = tagIds.filter((id) => !live.has(id));
  if (unknown.length > 0) {
    throw new ApiError(
      400,
      'validation_failed',
      `使われていないタグが${unknown.length}件含まれています。画面を開き直してタグを選び直してください`,
    );
  }
}

/** Writes one setting with its audit row, and answers the organisation as every device will read it. */
async function saveSetting(c: { env: AppEnv['Bindings']; var: AppEnv['Variables'] }, statement: D1PreparedStatement, action: AuditAction) {
  const { orgId, advisorId } = c.var.caller;
  await c.env.DB.batch([statement, auditStatement(c.env.DB, { orgId, advisorId, action, target: orgId })]);
  const profile = await findOrganisation(c.env.DB, orgId);
  if (!profile) throw notFound('支援機関');
  return profile;
}

/**
 * What 管理職 set for the whole organisation, mounted under /v1/organisation: the 伴走 suggestion
 * rule and the tags of the 特定創業支援 areas. Every device gets them with the directory
 * (GET /v1/directory `organisation`).
 */
export const organisationRoutes = new Hono<AppEnv>()
  .use('*', requireRole('manager'))
  .put('/banso-rule', defaultJsonBody, validate('json', bansoRuleRequest), async (c) => {
    const { rule } = c.req.valid('json');
    const { orgId } = c.var.caller;
    if (rule) await requireLiveTags(c.env.DB, orgId, [...rule.routineTagIds, ...rule.triggerTagIds]);
    return c.json(await saveSetting(c, updateBansoRuleStatement(c.env.DB, orgId, rule), 'org.update_banso_rule'), 200);
  })
  .put('/startup-areas', defaultJsonBody, validate('json', startupAreasRequest), async (c) => {
    const { areas } = c.req.valid('json');
    const { orgId } = c.var.caller;
    if (areas) await requireLiveTags(c.env.DB, orgId, Object.values(areas).flat());
    return c.json(await saveSetting(c, updateStartupAreasStatement(c.env.DB, orgId, areas), 'org.update_startup_areas'), 200);
  });
