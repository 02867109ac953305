import { Hono } from 'hono';
import { createInvitationRequest, formatInvitationCode, idParam, INVITATION_TTL_HOURS, keysetQuery } from '../../../shared';
import { auditStatement } from '../db/audit';
import { decodeCursor, toPage } from '../db/cursor';
import {
  findInvitation,
  invitationInsert,
  invitationPosition,
  listPendingInvitations,
  revokeInvitationStatement,
  toInvitationView,
} from '../db/invitations';
import { ApiError, notFound } from '../errors';
import { defaultJsonBody } from '../middleware/json-body';
import { validate } from '../middleware/validate';
import type { AppEnv } from '../types';

/**
 * Invitations (mounted under /v1/admin, so admins only): create one (its code shown once),
 * list those still pending, revoke one. The new advisor uses the code at /v1/invitations/accept.
 */
export const adminInvitationRoutes = new Hono<AppEnv>()
  .get('/', validate('query', keysetQuery), async (c) => {
    const { cursor, limit } = c.req.valid('query');
    const now = new Date().toISOString();
    const rows = await listPendingInvitations(c.env.DB, c.var.caller.orgId, now, decodeCursor(cursor, 'datetime'), limit);
    return c.json(toPage(rows, limit, invitationPosition, toInvitationView), 200);
  })
  .post('/', defaultJsonBody, validate('json', createInvitationRequest), async (c) => {
    const input = c.req.valid('json');
    const { orgId, advisorId: actorId } = c.var.caller;
    const invitation = await invitationInsert(c.env.DB, {
      orgId,
      name: input.name,
      role: input.role,
      jobTitle: input.jobTitle,
      createdBy: actorId,
      now: new Date(),
      ttlHours: INVITATION_TTL_HOURS,
    });
    await c.env.DB.batch([
      invitation.statement,
      auditStatement(c.env.DB, { orgId, advisorId: actorId, action: 'invitation.create', target: invitation.row.id }),
    ]);
    return c.json({ invitation: toInvitationView(invitation.row), code: formatInvitationCode(invitation.code) }, 201);
  })
  .delete('/:id', validate('param', idParam), async (c) => {
    const { id } = c.req.valid('param');
    const { orgId, advisorId: actorId } = c.var.caller;
    const found = await findInvitation(c.env.DB, orgId, id);
    if (!found) throw notFound('招待');
    if (found.accepted_at) {
      throw new ApiError(
        409,
        'conflict',
        'この招待はすでに使われ、支援者が登録されています。取り消す代わりに、その支援者を無効にしてください',
      );
    }
    if (!found.revoked_at) {
      await c.env.DB.batch([
        revokeInvitationStatement(c.env.DB, orgId, id, new Date().toISOString()),
        auditStatement(c.env.DB, { orgId, advisorId: actorId, action: 'invitation.revoke', target: id }),
      ]);
    }
    const revoked = await findInvitation(c.env.DB, orgId, id);
    if (!revoked) throw notFound('招待');
    return c.json(toInvitationView(revoked), 200);
  });
