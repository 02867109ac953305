import { Hono } from 'hono';
import { createAdvisorRequest, createTokenRequest, idParam, keysetQuery, tokenListQuery, updateAdvisorRequest } from '../../../shared';
import {
  advisorInsert,
  advisorPosition,
  findAdvisor,
  listAdvisors,
  setAdvisorDisabledStatement,
  toAdvisorView,
  updateAdvisorStatement,
} from '../db/advisors';
import { auditStatement, type AuditAction } from '../db/audit';
import { decodeCursor, toPage } from '../db/cursor';
import { findToken, listTokens, revokeTokenStatement, tokenInsert, toTokenView, tokenPosition } from '../db/tokens';
import { ApiError, notFound } from '../errors';
import { requireRole } from '../middleware/auth';
import { defaultJsonBody } from '../middleware/json-body';
import { validate } from '../middleware/validate';
import type { AppEnv } from '../types';
import { adminIntegrationKeyRoutes } from './admin-integration-keys';
import { adminAuditRoutes } from './admin-audit';
import { adminInvitationRoutes } from './admin-invitations';
import { adminOrganisationRoutes } from './admin-organisation';

/**
 * Administration of the caller's own organisation: advisors and their API tokens, invitations
 * (admin-invitations.ts), the organisation profile (admin-organisation.ts) and the audit log (admin-audit.ts).
 * Ids of other organisations answer 404, exactly like ids that do not exist.
 * Every change is written to audit_log in the same batch as the change.
 */
export const adminRoutes = new Hono<AppEnv>()
  .use('*', requireRole('admin'))
  .get('/advisors', validate('query', keysetQuery), async (c) => {
    const { cursor, limit } = c.req.valid('query');
    const rows = await listAdvisors(c.env.DB, c.var.caller.orgId, decodeCursor(cursor, 'datetime'), limit);
    return c.json(toPage(rows, limit, advisorPosition, toAdvisorView), 200);
  })
  .post('/advisors', defaultJsonBody, validate('json', createAdvisorRequest), async (c) => {
    const input = c.req.valid('json');
    const { orgId, advisorId: actorId } = c.var.caller;
    const advisor = advisorInsert(c.env.DB, { orgId, name: input.name, email: input.email, role: input.role, jobTitle: input.jobTitle });
    const token = await tokenInsert(c.env.DB, { orgId, advisorId: advisor.row.id, label: input.tokenLabel || '初期トークン' });
    await c.env.DB.batch([
      advisor.statement,
      token.statement,
      auditStatement(c.env.DB, { orgId, advisorId: actorId, action: 'advisor.create', target: advisor.row.id }),
      auditStatement(c.env.DB, { orgId, advisorId: actorId, action: 'token.create', target: token.row.id }),
    ]);
    return c.json({ advisor: toAdvisorView(advisor.row), token: token.token, tokenInfo: toTokenView(token.row) }, 201);
  })
  .patch('/advisors/:id', defaultJsonBody, validate('param', idParam), validate('json', updateAdvisorRequest), async (c) => {
    const { id } = c.req.valid('param');
    const change = c.req.valid('json');
    const { orgId, advisorId: actorId } = c.var.caller;
    const current = await findAdvisor(c.env.DB, orgId, id);
    if (!current) throw notFound('支援者');
    // Keeps at least one enabled admin: the one making the change.
    if (change.disabled && id === actorId)
      throw new ApiError(409, 'conflict', '自分自身は無効化できません。別のシステム管理者に依頼してください');
    if (change.role !== undefined && change.role !== 'admin' && id === actorId) {
      throw new ApiError(
        409,
        'conflict',
        '自分自身の役割は下げられません。別のシステム管理者に依頼してください（有効なシステム管理者が必ず1人は残るようにするためです）',
      );
    }
    const audited: AuditAction[] = [];
    if (change.name !== undefined && change.name !== current.name) audited.push('advisor.rename');
    if (change.role !== undefined && change.role !== current.role) audited.push('advisor.change_role');
    if (change.jobTitle !== undefined && change.jobTitle !== current.job_title) audited.push('advisor.change_job_title');
    if (change.disabled !== undefined && change.disabled !== (current.disabled_at !== null))
      audited.push(change.disabled ? 'advisor.disable' : 'advisor.enable');
    if (audited.length > 0) {
      const at = new Date().toISOString();
      await c.env.DB.batch([
        updateAdvisorStatement(c.env.DB, orgId, id, change),
        ...(change.disabled !== undefined ? [setAdvisorDisabledStatement(c.env.DB, orgId, id, change.disabled, at)] : []),
        ...audited.map((action) => auditStatement(c.env.DB, { orgId, advisorId: actorId, action, target: id }, at)),
      ]);
    }
    const updated = await findAdvisor(c.env.DB, orgId, id);
    if (!updated) throw notFound('支援者');
    return c.json(toAdvisorView(updated), 200);
  })
  .post('/advisors/:id/tokens', defaultJsonBody, validate('param', idParam), validate('json', createTokenRequest), async (c) => {
    const { id } = c.req.valid('param');
    const { label } = c.req.valid('json');
    const { orgId, advisorId: actorId } = c.var.caller;
    const advisor = await findAdvisor(c.env.DB, orgId, id);
    if (!advisor) throw notFound('支援者');
    if (advisor.disabled_at)
      throw new ApiError(409, 'conflict', '無効化された支援者にはトークンを発行できません。先に有効に戻してください');
    const token = await tokenInsert(c.env.DB, { orgId, advisorId: id, label });
    await c.env.DB.batch([
      token.statement,
      auditStatement(c.env.DB, { orgId, advisorId: actorId, action: 'token.create', target: token.row.id }),
    ]);
    return c.json({ token: token.token, tokenInfo: toTokenView(token.row) }, 201);
  })
  .get('/tokens', validate('query', tokenListQuery), async (c) => {
    const { cursor, limit, advisorId } = c.req.valid('query');
    const rows = await listTokens(c.env.DB, c.var.caller.orgId, { advisorId, after: decodeCursor(cursor, 'datetime'), limit });
    return c.json(toPage(rows, limit, tokenPosition, toTokenView), 200);
  })
  .delete('/tokens/:id', validate('param', idParam), async (c) => {
    const { id } = c.req.valid('param');
    const { orgId, advisorId: actorId } = c.var.caller;
    if (!(await findToken(c.env.DB, orgId, id))) throw notFound('トークン');
    await c.env.DB.batch([
      revokeTokenStatement(c.env.DB, orgId, id, new Date().toISOString()),
      auditStatement(c.env.DB, { orgId, advisorId: actorId, action: 'token.revoke', target: id }),
    ]);
    const revoked = await findToken(c.env.DB, orgId, id);
    if (!revoked) throw notFound('トークン');
    return c.json(toTokenView(revoked), 200);
  })
  .route('/invitations', adminInvitationRoutes)
  .route('/integration-keys', adminIntegrationKeyRoutes)
  .route('/organisation', adminOrganisationRoutes)
  .route('/audit', adminAuditRoutes);
