import type { Context, Next } from 'hono';
import { createMiddleware } from 'hono/factory';
import { INTEGRATION_KEY_PREFIX, roleAtLeast, type Role } from '../../../shared';
import { findActiveIntegrationKey, touchIntegrationKey } from '../db/integration-keys';
import { findActiveToken, hashToken, touchToken } from '../db/tokens';
import { integrationAllows } from '../domain/integration-scope';
import { ApiError, forbidden } from '../errors';
import { countFailure, refuseBlockedAddress } from './auth-failures';
import { dueForTouch, rememberToken } from './known-tokens';
import { askRateLimit, refuseOverLimit } from './rate-limit';
import type { AppEnv, Caller } from '../types';

/** The bearer token of the request (after refusing a blocked address); 401 without one. */
export function bearerToken(c: Context<AppEnv>): string {
  refuseBlockedAddress(c);
  const header = c.req.header('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new ApiError(401, 'unauthorized', 'APIトークンがありません。拡張機能の設定でサインインしてください');
  return match[1]!;
}

/** What an unknown, revoked or disabled advisor's token is answered, after counting the failed sign-in. */
export async function refuseToken(c: Context<AppEnv>): Promise<never> {
  await countFailure(c);
  throw new ApiError(
    401,
    'unauthorized',
    'APIトークンが無効か、失効しています。システム管理者から新しいトークンを受け取り、サインインし直してください',
  );
}

/** A token found live and within its rate limit: the caller of the request, remembered by this isolate; its use recorded. */
export function admit(c: Context<AppEnv>, found: { tokenId: string; caller: Caller }): void {
  c.set('caller', found.caller);
  rememberToken(found);
  if (dueForTouch(found.tokenId)) c.executionCtx.waitUntil(touchToken(c.env.DB, found.tokenId));
}

/**
 * Resolves `Authorization: Bearer <token>` to the calling advisor, scoped to one organisation,
 * and applies the per-token rate limit (rate-limit.ts). Failed sign-ins are limited per client
 * address (auth-failures.ts).
 */
export const requireAuth = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearerToken(c);
  if (token.startsWith(INTEGRATION_KEY_PREFIX)) return integrationCaller(c, token, next);
  const tokenHash = await hashToken(token);
  const [found, withinLimit] = await Promise.all([findActiveToken(c.env.DB, tokenHash), askRateLimit(c, tokenHash)]);
  if (!found) return refuseToken(c);
  refuseOverLimit(c, withinLimit);
  admit(c, found);
  await next();
});

/** Another system's call with an integration key: only what its scope allows (domain/integration-scope.ts). */
async function integrationCaller(c: Context<AppEnv>, key: string, next: Next) {
  const tokenHash = await hashToken(key);
  const [found, withinLimit] = await Promise.all([findActiveIntegrationKey(c.env.DB, tokenHash), askRateLimit(c, tokenHash)]);
  if (!found) {
    await countFailure(c);
    throw new ApiError(401, 'unauthorized', '連携キーが無効か、失効しています。システム管理者に新しい連携キーの発行を依頼してください');
  }
  if (!integrationAllows(found.scope, c.req.method, c.req.path)) {
    throw forbidden(
      found.scope === 'read'
        ? 'この連携キーは読み取り専用です（事業者・タグ・職員名簿の取得のみ）'
        : 'この連携キーは事業者リストの取り込み専用です（POST /v1/import/businesses のみ）',
    );
  }
  refuseOverLimit(c, withinLimit);
  const integration = { keyId: found.id, label: found.label, scope: found.scope };
  c.set(
    'caller',
    found.scope === 'import'
      ? { advisorId: found.created_by, orgId: found.org_id, role: 'admin', tokenHash, integration }
      : { advisorId: found.id, orgId: found.org_id, role: 'advisor', tokenHash, integration },
  );
  if (dueForTouch(found.id)) c.executionCtx.waitUntil(touchIntegrationKey(c.env.DB, found.id));
  await next();
}

/** Refuses callers below `role` (roles are cumulative: admin ⊇ manager ⊇ advisor). */
export const requireRole = (role: Role) =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (!roleAtLeast(c.var.caller.role, role)) {
      throw forbidden(role === 'admin' ? 'この操作はシステム管理者のみ行えます' : 'この操作は管理職とシステム管理者のみ行えます');
    }
    await next();
  });
