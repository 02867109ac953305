import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { pullQuery, pushRequest } from '../../../shared';
import { assertProtocol } from '../domain/protocol';
import { ApiError } from '../errors';
import { pushBodyLimit } from '../middleware/body-limit';
import { validate } from '../middleware/validate';
import { runPull } from '../sync/pull';
import { runPush } from '../sync/push';
import type { AppEnv } from '../types';

const badBody = (message: string) => new ApiError(400, 'validation_failed', message);

/**
 * Push step 1 before step 2: reads the JSON body (Hono caches it for the validator) and
 * checks its protocol, so an old client is told to update even if its body shape is stale.
 */
const jsonBodyWithProtocol = createMiddleware<AppEnv>(async (c, next) => {
  const mediaType = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!/^application\/([\w.-]+\+)?json$/.test(mediaType)) throw badBody('送信データは Content-Type: application/json の JSON で送ってください');
  let body: unknown;
  try {
    body = await c.req.json();
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    throw badBody('送信データを JSON として読み取れません。拡張機能を更新するか、送信内容を確認してください');
  }
  if (body !== null && typeof body === 'object' && 'protocol' in body) assertProtocol(body.protocol);
  await next();
});

/** Pull step 1, also before the query is validated. */
const queryProtocol = createMiddleware<AppEnv>(async (c, next) => {
  assertProtocol(c.req.query('protocol'));
  await next();
});

/**
 * The sync protocol of docs/sync.md, mounted at /v1/sync behind auth and the rate limit.
 * Push step 2 is `validate('json', pushRequest)`; steps 3–7 are in ../sync/push.ts.
 */
export const syncRoutes = new Hono<AppEnv>()
  .post('/push', pushBodyLimit, jsonBodyWithProtocol, validate('json', pushRequest), async (c) => {
    return c.json(await runPush(c.env.DB, c.var.caller, c.req.valid('json')), 200);
  })
  .get('/pull', queryProtocol, validate('query', pullQuery), async (c) => {
    return c.json(await runPull(c.env.DB, c.var.caller, c.req.valid('query')), 200);
  });
