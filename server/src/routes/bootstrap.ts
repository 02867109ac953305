import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { bootstrapRequest, type BootstrapResponse } from '../../../shared';
import { advisorInsert, findEarliestAdmin, toAdvisorView, type AdvisorRow } from '../db/advisors';
import { auditStatement } from '../db/audit';
import { createOrganisation, findOrganisationByName } from '../db/orgs';
import { tokenInsert } from '../db/tokens';
import { ApiError } from '../errors';
import { defaultJsonBody } from '../middleware/json-body';
import { validate } from '../middleware/validate';
import type { AppEnv } from '../types';

/** Compares through SHA-256 digests: equal lengths, and timing reveals nothing about the secret. */
async function secretMatches(given: string, expected: string): Promise<boolean> {
  const digest = (s: string) => crypto.subtle.digest('SHA-256', new TextEncoder().encode(s));
  const [a, b] = await Promise.all([digest(given), digest(expected)]);
  return crypto.subtle.timingSafeEqual(a, b);
}

/** Unconfigured → the endpoint does not exist; wrong or missing secret → 401. Limited per client IP. */
const requireBootstrapSecret = createMiddleware<AppEnv>(async (c, next) => {
  const expected = c.env.BOOTSTRAP_SECRET;
  if (!expected) throw new ApiError(404, 'not_found', 'そのURLのAPIはありません');
  const { success } = await c.env.RATE_LIMITER.limit({ key: `bootstrap:${c.req.header('CF-Connecting-IP') ?? 'local'}` });
  if (!success) {
    c.header('Retry-After', '60');
    throw new ApiError(429, 'rate_limited', 'リクエストが多すぎます。1分ほど待ってから再試行してください');
  }
  if (!(await secretMatches(c.req.header('X-Bootstrap-Secret') ?? '', expected))) {
    throw new ApiError(
      401,
      'unauthorized',
      'X-Bootstrap-Secret ヘッダーが正しくありません。サーバーに設定した BOOTSTRAP_SECRET を指定してください',
    );
  }
  await next();
});

/** The earliest enabled admin of an existing organisation, else a new admin to insert with the token. */
async function adminToIssue(
  db: D1Database,
  orgId: string,
  orgExisted: boolean,
  input: { adminName: string; adminEmail: string | null },
): Promise<{ row: AdvisorRow; inserts: D1PreparedStatement[] }> {
  const found = orgExisted ? await findEarliestAdmin(db, orgId) : null;
  if (found) return { row: found, inserts: [] };
  const { row, statement } = advisorInsert(db, { orgId, name: input.adminName, email: input.adminEmail, role: 'admin' });
  return { row, inserts: [statement] };
}

/**
 * Creates an organisation with its first admin, or — when one of that name exists —
 * issues a new token to its earliest enabled admin (creating an admin if it has none).
 * Idempotent, so `npm start` can call it on every run.
 */
export const bootstrapRoutes = new Hono<AppEnv>().post(
  '/',
  requireBootstrapSecret,
  defaultJsonBody,
  validate('json', bootstrapRequest),
  async (c) => {
    const input = c.req.valid('json');
    const db = c.env.DB;
    const existing = await findOrganisationByName(db, input.organisationName);
    const organisation = existing ?? (await createOrganisation(db, input.organisationName));
    const admin = await adminToIssue(db, organisation.id, existing !== null, input);
    const token = await tokenInsert(db, { orgId: organisation.id, advisorId: admin.row.id, label: 'bootstrap' });
    await db.batch([
      ...admin.inserts,
      token.statement,
      auditStatement(db, { orgId: organisation.id, advisorId: null, action: 'org.bootstrap', target: token.row.id }),
    ]);
    const body: BootstrapResponse = { organisation, advisor: toAdvisorView(admin.row), token: token.token, created: !existing };
    return c.json(body, existing ? 200 : 201);
  },
);
