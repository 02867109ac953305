import { createMiddleware } from 'hono/factory';
import { roleAtLeast, type Role } from '../../../shared';
import { findActiveToken, touchToken } from '../db/tokens';
import { ApiError, forbidden } from '../errors';
import { countFailure, refuseBlockedAddress } from './auth-failures';
import type { AppEnv } from '../types';

/**
 * Resolves `Authorization: Bearer <token>` to the calling advisor, scoped to one organisation.
 * Failed sign-ins are limited per client address (auth-failures.ts).
 */
export const requireAuth = createMiddleware<AppEnv>(async (c, next) => {
  refuseBlockedAddress(c);
  const header = c.req.header('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new ApiError(401, 'unauthorized', 'APIトークンがありません。拡張機能の設定でサインインしてください');
  const found = await findActiveToken(c.env.DB, match[1]!);
  if (!found) {
    await countFailure(c);
    throw new ApiError(401, 'unauthorized', 'APIトークンが無効か、失効しています。システム管理者から新しいトークンを受け取り、サインインし直してください');
  }
  c.set('caller', found.caller);
  c.executionCtx.waitUntil(touchToken(c.env.DB, found.tokenId));
  await next();
});

/** Refuses callers below `role` (roles are cumulative: admin ⊇ manager ⊇ advisor). */
export const requireRole = (role: Role) =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (!roleAtLeast(c.var.caller.role, role)) {
      throw forbidden(role === 'admin' ? 'この操作はシステム管理者のみ行えます' : 'この操作は管理職とシステム管理者のみ行えます');
    }
    await next();
  });
