import { Hono, type Context } from 'hono';
import {
  addMonths,
  businessFilterQuery,
  createReferralRequest,
  createShareRequest,
  idParam,
  jstDateOf,
  linkShareRequest,
  organisationQuery,
  SHARE_MAX_DAYS,
  updateReferralRequest,
} from '../../../shared';
import { auditStatement, recordAudit, type AuditEntry } from '../db/audit';
import {
  activeIncoming,
  findLiveBusiness,
  findReferral,
  findShare,
  insertReferral,
  insertShare,
  linkShareStatement,
  listReferrals,
  listShares,
  organisationCards,
  searchOrganisations,
  sharedKarteSources,
  updateReferralStatement,
  withdrawShareStatement,
} from '../db/wide-area';
import { buildSharedKarte } from '../domain/shared-karte';
import { ApiError, forbidden, notFound } from '../errors';
import { defaultJsonBody } from '../middleware/json-body';
import { validate } from '../middleware/validate';
import type { AppEnv } from '../types';

const today = () => jstDateOf(new Date());
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The other organisation named in a referral or share: it exists and is not the caller's own. */
async function otherOrganisation(c: Context<AppEnv>, toOrgId: string) {
  if (toOrgId === c.var.caller.orgId)
    throw new ApiError(400, 'validation_failed', '自分の組織には紹介・共有できません。相手の組織を選んでください');
  const found = (await organisationCards(c.env.DB, [toOrgId])).get(toOrgId);
  if (!found) throw notFound('相手の組織');
  return found;
}

async function ownBusiness(c: Context<AppEnv>, businessId: string) {
  const found = await findLiveBusiness(c.env.DB, c.var.caller.orgId, businessId);
  if (!found) throw notFound('事業者');
  return found;
}

/** A shared karte, read now, with the audit entries on both sides (who read which karte of whose). */
async function readShared(c: Context<AppEnv>, shareIds: readonly string[]) {
  const { orgId, advisorId } = c.var.caller;
  const kartes = [];
  const audit: AuditEntry[] = [];
  for (const id of shareIds) {
    const share = await findShare(c.env.DB, orgId, id, today());
    if (!share || share.view.to.id !== orgId || share.view.state !== 'active') continue;
    const sources = await sharedKarteSources(c.env.DB, share.fromOrg, share.businessId);
    if (!sources.business) continue;
    kartes.push(buildSharedKarte(share.view, { ...sources, business: sources.business }));
    audit.push({ orgId, advisorId, action: 'share.read', target: id });
    audit.push({
      orgId: share.fromOrg,
      advisorId: null,
      action: 'share.read_by_partner',
      target: JSON.stringify({ share: id, by: orgId }),
    });
  }
  await recordAudit(c.env.DB, audit);
  return kartes;
}

/**
 * 広域連携 (docs/api.md "Between organisations"), for every advisor: find other organisations,
 * record referrals, and share a karte only with the business's recorded consent. Another
 * organisation's referral or share answers 404, like one that does not exist.
 */
export const wideAreaRoutes = new Hono<AppEnv>()
  .get('/organisations', validate('query', organisationQuery), async (c) => {
    const { q, kind } = c.req.valid('query');
    return c.json({ organisations: await searchOrganisations(c.env.DB, c.var.caller.orgId, q, kind) }, 200);
  })
  .get('/referrals', validate('query', businessFilterQuery), async (c) =>
    c.json(await listReferrals(c.env.DB, c.var.caller.orgId, c.req.valid('query').businessId), 200),
  )
  .post('/referrals', defaultJsonBody, validate('json', createReferralRequest), async (c) => {
    const body = c.req.valid('json');
    const { orgId, advisorId } = c.var.caller;
    await otherOrganisation(c, body.toOrgId);
    const business = await ownBusiness(c, body.businessId);
    const created = insertReferral(c.env.DB, {
      ...body,
      fromOrg: orgId,
      toOrg: body.toOrgId,
      businessName: business.name,
      createdBy: advisorId,
    });
    await c.env.DB.batch([
      created.statement,
      auditStatement(c.env.DB, { orgId, advisorId, action: 'referral.create', target: created.id }),
    ]);
    return c.json((await findReferral(c.env.DB, orgId, created.id))!, 201);
  })
  .patch('/referrals/:id', defaultJsonBody, validate('param', idParam), validate('json', updateReferralRequest), async (c) => {
    const { id } = c.req.valid('param');
    const { orgId, advisorId } = c.var.caller;
    if (!(await findReferral(c.env.DB, orgId, id))) throw notFound('紹介');
    const { outcome, outcomeNote } = c.req.valid('json');
    await c.env.DB.batch([
      updateReferralStatement(c.env.DB, id, outcome, outcomeNote),
      auditStatement(c.env.DB, { orgId, advisorId, action: 'referral.update', target: JSON.stringify({ id, outcome }) }),
    ]);
    return c.json((await findReferral(c.env.DB, orgId, id))!, 200);
  })
  .get('/shares', validate('query', businessFilterQuery), async (c) =>
    c.json(await listShares(c.env.DB, c.var.caller.orgId, today(), c.req.valid('query').businessId), 200),
  )
  .post('/shares', defaultJsonBody, validate('json', createShareRequest), async (c) => {
    const body = c.req.valid('json');
    const { orgId, advisorId } = c.var.caller;
    const now = today();
    if (body.consentOn > now)
      throw new ApiError(400, 'validation_failed', '同意を得た日が未来になっています。同意を得た日を入力してください');
    if (body.expiresOn < now) throw new ApiError(400, 'validation_failed', '共有の期限が過ぎています。今日以降の日付にしてください');
    if (body.expiresOn > addDays(body.consentOn, SHARE_MAX_DAYS)) {
      throw new ApiError(
        400,
        'validation_failed',
        `共有の期限は同意を得た日から3年以内（${addMonths(body.consentOn, 36)}まで）にしてください`,
      );
    }
    await otherOrganisation(c, body.toOrgId);
    await ownBusiness(c, body.businessId);
    const created = insertShare(c.env.DB, { ...body, fromOrg: orgId, toOrg: body.toOrgId, createdBy: advisorId });
    await c.env.DB.batch([
      created.statement,
      auditStatement(c.env.DB, {
        orgId,
        advisorId,
        action: 'share.create',
        target: JSON.stringify({
          id: created.id,
          to: body.toOrgId,
          businessId: body.businessId,
          scope: body.scope,
          expiresOn: body.expiresOn,
        }),
      }),
    ]);
    return c.json((await findShare(c.env.DB, orgId, created.id, now))!.view, 201);
  })
  .post('/shares/:id/withdraw', validate('param', idParam), async (c) => {
    const { id } = c.req.valid('param');
    const { orgId, advisorId } = c.var.caller;
    const share = await findShare(c.env.DB, orgId, id, today());
    if (!share) throw notFound('共有');
    if (share.view.from.id !== orgId) throw forbidden('共有を取り下げられるのは、共有した組織だけです');
    await c.env.DB.batch([
      withdrawShareStatement(c.env.DB, id),
      auditStatement(c.env.DB, { orgId, advisorId, action: 'share.withdraw', target: id }),
    ]);
    return c.json((await findShare(c.env.DB, orgId, id, today()))!.view, 200);
  })
  .put('/shares/:id/link', defaultJsonBody, validate('param', idParam), validate('json', linkShareRequest), async (c) => {
    const { id } = c.req.valid('param');
    const { businessId } = c.req.valid('json');
    const { orgId, advisorId } = c.var.caller;
    const share = await findShare(c.env.DB, orgId, id, today());
    if (!share || share.view.to.id !== orgId) throw notFound('共有');
    if (businessId !== null) await ownBusiness(c, businessId);
    await c.env.DB.batch([
      linkShareStatement(c.env.DB, id, businessId),
      auditStatement(c.env.DB, { orgId, advisorId, action: 'share.link', target: JSON.stringify({ id, businessId }) }),
    ]);
    return c.json((await findShare(c.env.DB, orgId, id, today()))!.view, 200);
  })
  .get('/shares/incoming/kartes', async (c) => {
    const ids = await activeIncoming(c.env.DB, c.var.caller.orgId, today());
    return c.json({ kartes: await readShared(c, ids) }, 200);
  })
  .get('/shares/:id/karte', validate('param', idParam), async (c) => {
    const { id } = c.req.valid('param');
    const [karte] = await readShared(c, [id]);
    if (!karte) throw notFound('共有中のカルテ（取り下げられたか、期限が切れている可能性があります）');
    return c.json(karte, 200);
  });
