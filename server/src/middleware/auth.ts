import type { Context, Next } from 'hono';
import { createMiddleware } from 'hono/factory';
import { INTEGRATION_KEY_PREFIX, roleAtLeast, type Role } from '../../../shared';
import { findActiveIntegrationKey, touchIntegrationKey } from '../db/integration-keys';
import { findActiveToken, hashToken, touchToken } from '../db/tokens';
import { integrationAllows } from '../domain/integration-scope';
import { ApiError, forbidden } from '../errors';
import { countFailure, refuseBlockedAddress } from './auth-failures';
import { askRateLimit, refuseOverLimit } from './rate-limit';
import type { AppEnv } from '../types';

/**
 * Resolves `Authorization: Bearer <token>` to the calling advisor, scoped to one organisation,
 * and applies the per-token rate limit (rate-limit.ts). Failed sign-ins are limited per client
 * address (auth-failures.ts).
 */
export const requireAuth = createMiddleware<AppEnv>(async (c, next) => {
  refuseBlockedAddress(c);
  const header = c.req.header('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new ApiError(401, 'unauthorized', 'APIトークンがありません。拡張機能の設定でサインインしてください');
  if (match[1]!.startsWith(INTEGRATION_KEY_PREFIX)) return integrationCaller(c, match[1]!, next);
  const tokenHash = await hashToken(match[1]!);
  const [found, withinLimit] = await Promise.all([findActiveToken(c.env.DB, tokenHash), askRateLimit(c, tokenHash)]);
  if (!found) {
    await countFailure(c);
    throw new ApiError(401, 'unauthorized', 'APIトークンが無効か、失効しています。システム管理者から新しいトークンを受け取り、サインインし直してください');
  }
  refuseOverLimit(c, withinLimit);
  c.set('caller', found.caller);
  if (dueForTouch(found.tokenId)) c.executionCtx.waitUntil(touchToken(c.env.DB, found.tokenId));
  await next();
});

/**
 * Whether this isolate should record a token's (or key's) last use: the database keeps it to the
 * minute, so a token this isolate touched less than a minute ago needs no write (which would
 * change nothing) after every request.
 */
const TOUCH_MS = 60_000;
const MAX_TOUCHED = 10_000;
const touchedAt = new Map<string, number>();
function dueForTouch(id: string): boolean {
  const now = Date.now();
  if (now - (touchedAt.get(id) ?? -Infinity) < TOUCH_MS) return false;
  if (touchedAt.size >= MAX_TOUCHED) touchedAt.clear();
  touchedAt.set(id, now);
  return true;
}

/** Another system's call with an integration key: only what its scope allows (domain/integration-scope.ts). */
async function integrationCaller(c: Context<AppEnv>, key: string, next: Next) {
  const tokenHash = await hashToken(key);
  const [found, withinLimit] = await Promise.all([findActiveIntegrationKey(c.env.DB, tokenHash), askRateLimit(c, tokenHash)]);
  if (!found) {
    await countFailure(c);
    throw new ApiError(401, 'unauthorized', '連携キーが無効か、失効しています。システム管理者に新しい連携キーの発行を依頼してください');
  }
  if (!integrationAllows(found.scope, c.req.method, c.req.path)) {
    throw forbidden(found.scope === 'read'
      ? 'この連携キーは読み取り専用です（事業者・タグ・職員名簿の取得のみ）'
      : 'この連携キーは事業者リストの取り込み専用です（POST /v1/import/businesses のみ）');
  }
  refuseOverLimit(c, withinLimit);
  const integration = { keyId: found.id, label: found.label, scope: found.scope };
  c.set('caller', found.scope === 'import'
    ? { advisorId: found.created_by, orgId: found.org_id, role: 'admin', tokenHash, integration }
    : { advisorId: found.id, orgId: found.org_id, role: 'advisor', tokenHash, integration });
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
