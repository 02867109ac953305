import { Hono } from 'hono';
import { bansoRuleRequest } from '../../../shared';
import { auditStatement } from '../db/audit';
import { findOrganisation, updateBansoRuleStatement } from '../db/orgs';
import { loadTaxonomy } from '../db/tags';
import { ApiError, notFound } from '../errors';
import { requireRole } from '../middleware/auth';
import { defaultJsonBody } from '../middleware/json-body';
import { validate } from '../middleware/validate';
import type { AppEnv } from '../types';

/**
 * What 管理職 tune for the whole organisation, mounted under /v1/organisation: the 伴走 suggestion
 * rule. Every device gets it with the directory (GET /v1/directory `organisation.bansoRule`).
 */
export const organisationRoutes = new Hono<AppEnv>()
  .use('*', requireRole('manager'))
  .put('/banso-rule', defaultJsonBody, validate('json', bansoRuleRequest), async (c) => {
    const { rule } = c.req.valid('json');
    const { orgId, advisorId } = c.var.caller;
    if (rule) {
      // The tags it names are the organisation's live tags (a retired one would count nothing).
      const live = new Set((await loadTaxonomy(c.env.DB, orgId)).groups.flatMap((g) => g.tags.map((t) => t.id)));
      const unknown = [...rule.routineTagIds, ...rule.triggerTagIds].filter((id) => !live.has(id));
      if (unknown.length > 0) {
        throw new ApiError(400, 'validation_failed', `使われていないタグが${unknown.length}件含まれています。画面を開き直してタグを選び直してください`);
      }
    }
    await c.env.DB.batch([
      updateBansoRuleStatement(c.env.DB, orgId, rule),
      auditStatement(c.env.DB, { orgId, advisorId, action: 'org.update_banso_rule', target: orgId }),
    ]);
    const profile = await findOrganisation(c.env.DB, orgId);
    if (!profile) throw notFound('支援機関');
    return c.json(profile, 200);
  });
