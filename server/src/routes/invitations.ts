import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { acceptInvitationRequest, normalizeInvitationCode } from '../../../shared';
import { advisorInsert, toAdvisorView } from '../db/advisors';
import { auditStatement } from '../db/audit';
import { acceptStatements, findInvitationByCode, type InvitationRow } from '../db/invitations';
import { findOrganisation } from '../db/orgs';
import { isGuardFailure } from '../db/push-guard';
import { tokenInsert } from '../db/tokens';
import { invitationState, unusableInvitation } from '../domain/invitations';
import { ApiError, notFound } from '../errors';
import { countFailure, refuseBlockedAddress } from '../middleware/auth-failures';
import { defaultJsonBody } from '../middleware/json-body';
import { validate } from '../middleware/validate';
import type { AppEnv } from '../types';

/** An address refused for failed sign-ins is refused here too, before the body is read. */
const refuseBlocked = createMiddleware<AppEnv>(async (c, next) => {
  refuseBlockedAddress(c);
  await next();
});

/**
 * Joining with an invitation code, without a token: the code creates the advisor the admin
 * invited and answers their own API token (for their extension only; no admin ever sees it).
 * An unknown, used, expired or revoked code counts as a failed sign-in of the client address
 * (auth-failures.ts), so codes cannot be tried one after another.
 */
export const invitationRoutes = new Hono<AppEnv>().post(
  '/accept',
  refuseBlocked,
  defaultJsonBody,
  validate('json', acceptInvitationRequest),
  async (c) => {
    const code = normalizeInvitationCode(c.req.valid('json').code);
    if (code === null) {
      throw new ApiError(
        400,
        'validation_failed',
        '招待コードは「ABCD-EFGH」のような英数字8文字です。受け取ったコードを確かめて入力してください',
        [{ path: 'code', message: '招待コードの形式が正しくありません' }],
      );
    }
    const db = c.env.DB;
    const invitation = await findInvitationByCode(db, code);
    const refuse = async (state: Parameters<typeof unusableInvitation>[0]) => {
      await countFailure(c);
      return unusableInvitation(state);
    };
    if (!invitation) throw await refuse('unknown');
    const at = new Date().toISOString();
    const state = invitationState(invitation, at);
    if (state !== 'pending') throw await refuse(state);
    const organisation = await findOrganisation(db, invitation.org_id);
    if (!organisation) throw notFound('支援機関');

    const advisor = advisorInsert(db, {
      orgId: invitation.org_id,
      name: invitation.name,
      email: null,
      role: invitation.role,
      jobTitle: invitation.job_title,
    });
    const token = await tokenInsert(db, { orgId: invitation.org_id, advisorId: advisor.row.id, label: '招待コードで参加' });
    try {
      await db.batch([
        ...acceptStatements(db, invitation.id, advisor, at),
        token.statement,
        ...audits(db, invitation, advisor.row.id, token.row.id, at),
      ]);
    } catch (err) {
      // Someone used or revoked it between the read and the batch: nothing was written.
      if (!isGuardFailure(err)) throw err;
      const now = await findInvitationByCode(db, code);
      const after = now ? invitationState(now, new Date().toISOString()) : 'unknown';
      throw await refuse(after === 'pending' ? 'accepted' : after);
    }
    return c.json({ token: token.token, advisor: toAdvisorView(advisor.row), organisation }, 201);
  },
);

/** The admin who invited created the advisor; the advisor used the invitation and got a token. */
function audits(db: D1Database, invitation: InvitationRow, advisorId: string, tokenId: string, at: string): D1PreparedStatement[] {
  const orgId = invitation.org_id;
  return [
    auditStatement(db, { orgId, advisorId: invitation.created_by, action: 'advisor.create', target: advisorId }, at),
    auditStatement(db, { orgId, advisorId, action: 'invitation.accept', target: invitation.id }, at),
    auditStatement(db, { orgId, advisorId, action: 'token.create', target: tokenId }, at),
  ];
}
