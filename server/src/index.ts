import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ErrorBody } from '../../shared';
import { ApiError } from './errors';
import { requireAuth } from './middleware/auth';
import { corsForConfiguredOrigins } from './middleware/cors';
import { adminRoutes } from './routes/admin';
import { bootstrapRoutes } from './routes/bootstrap';
import { businessRoutes } from './routes/businesses';
import { directoryRoutes } from './routes/directory';
import { exportRoutes } from './routes/export';
import { healthRoutes } from './routes/health';
import { importRoutes } from './routes/import';
import { invitationRoutes } from './routes/invitations';
import { meRoutes } from './routes/me';
import { openApiRoutes } from './routes/openapi';
import { organisationRoutes } from './routes/organisation';
import { reportRoutes, supportReportRoutes } from './routes/reports';
import { syncRoutes } from './routes/sync';
import { tagRoutes } from './routes/tags';
import { wideAreaRoutes } from './routes/wide-area';
import type { AppEnv } from './types';
// zod's Japanese messages for the checks that carry none of their own (zod-messages.ts).
import './zod-messages';

/**
 * Everything under /v1 except the OpenAPI document, bootstrap and joining with an invitation
 * needs a token, and is rate-limited per token.
 */
const v1 = new Hono<AppEnv>()
  .route('/openapi.json', openApiRoutes)
  .route('/bootstrap', bootstrapRoutes)
  .route('/invitations', invitationRoutes)
  // Sync admits its caller in its own first read (middleware/admit-in-batch.ts), so it comes before requireAuth.
  .route('/sync', syncRoutes)
  .use('*', requireAuth)
  .route('/me', meRoutes)
  .route('/directory', directoryRoutes)
  .route('/businesses', businessRoutes)
  .route('/tags', tagRoutes)
  .route('/organisation', organisationRoutes)
  .route('/reports', reportRoutes)
  .route('/reports', supportReportRoutes)
  .route('/import', importRoutes)
  .route('/', wideAreaRoutes)
  .route('/export', exportRoutes)
  .route('/admin', adminRoutes);

/**
 * The 伴走カルテ API. Sub-apps per domain are composed here. The extension imports nothing from
 * the server: its client is typed from the endpoint table (shared/endpoints.ts), and `AppType`
 * keeps the handlers true to that table at compile time (tests/server/app-type.test.ts).
 */
const app = new Hono<AppEnv>().use('*', corsForConfiguredOrigins).route('/health', healthRoutes).route('/v1', v1);

app.notFound((c) => c.json<ErrorBody>({ error: { code: 'not_found', message: 'そのURLのAPIはありません' } }, 404));

app.onError((err, c) => {
  if (err instanceof ApiError) {
    const body: ErrorBody = {
      error: {
        code: err.code,
        message: err.message,
        ...(err.details ? { details: err.details } : {}),
        ...(err.detailCount !== undefined ? { detailCount: err.detailCount } : {}),
      },
    };
    return c.json(body, err.status);
  }
  // Hono's validator throws a bare 400 for a body that is not JSON: same shape as any bad input.
  if (err instanceof HTTPException && err.status === 400) {
    return c.json<ErrorBody>(
      { error: { code: 'validation_failed', message: 'リクエスト本文を読み取れません。JSONの形式を確認してください' } },
      400,
    );
  }
  console.error('unhandled error', err);
  return c.json<ErrorBody>(
    { error: { code: 'internal', message: 'サーバーで予期しないエラーが発生しました。時間をおいて再試行してください' } },
    500,
  );
});

export type AppType = typeof app;
export default app;
