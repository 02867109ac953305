import { Hono } from 'hono';
import { MIN_PROTOCOL_VERSION, PROTOCOL_VERSION, type MeResponse } from '../../../shared';
import { findAdvisor, toAdvisorView } from '../db/advisors';
import { findOrganisation } from '../db/orgs';
import { ApiError } from '../errors';
import type { AppEnv } from '../types';

/** Who the token belongs to: the extension shows it after sign-in and checks protocol support. */
export const meRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const { orgId, advisorId } = c.var.caller;
  const [advisor, organisation] = await Promise.all([findAdvisor(c.env.DB, orgId, advisorId), findOrganisation(c.env.DB, orgId)]);
  // Auth just resolved this advisor; missing rows mean the data was removed under us.
  if (!advisor || !organisation) throw new ApiError(401, 'unauthorized', 'APIトークンの持ち主が見つかりません。サインインし直してください');
  const body: MeResponse = { advisor: toAdvisorView(advisor), organisation, protocol: PROTOCOL_VERSION, minProtocol: MIN_PROTOCOL_VERSION };
  return c.json(body, 200);
});
