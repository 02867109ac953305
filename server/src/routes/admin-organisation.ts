import { Hono } from 'hono';
import { updateOrgProfileRequest } from '../../../shared';
import { auditStatement } from '../db/audit';
import { findOrganisation, updateOrgProfileStatement } from '../db/orgs';
import { notFound } from '../errors';
import { defaultJsonBody } from '../middleware/json-body';
import { validate } from '../middleware/validate';
import type { AppEnv } from '../types';

/** The organisation profile (種別, 都道府県, 市区町村), mounted under /v1/admin: admins read and change it. */
export const adminOrganisationRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const profile = await findOrganisation(c.env.DB, c.var.caller.orgId);
    if (!profile) throw notFound('支援機関');
    return c.json(profile, 200);
  })
  .patch('/', defaultJsonBody, validate('json', updateOrgProfileRequest), async (c) => {
    const change = c.req.valid('json');
    const { orgId, advisorId } = c.var.caller;
    await c.env.DB.batch([
      updateOrgProfileStatement(c.env.DB, orgId, change),
      auditStatement(c.env.DB, { orgId, advisorId, action: 'org.update_profile', target: orgId }),
    ]);
    const profile = await findOrganisation(c.env.DB, orgId);
    if (!profile) throw notFound('支援機関');
    return c.json(profile, 200);
  });
