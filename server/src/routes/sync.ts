import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { pullQuery, pushRequest, upgradeFields, type Mutation } from '../../../shared';
import { assertProtocol } from '../domain/protocol';
import { admitInBatch } from '../middleware/admit-in-batch';
import { pushJsonBody } from '../middleware/json-body';
import { validate } from '../middleware/validate';
import { runPull } from '../sync/pull';
import { runPush } from '../sync/push';
import type { AppEnv } from '../types';

/**
 * Push step 1 before step 2: the body's protocol is checked before its shape, so an old client
 * is told to update even if its body shape is stale.
 */
const bodyProtocol = createMiddleware<AppEnv>(async (c, next) => {
  const body: unknown = await c.req.json();
  if (body !== null && typeof body === 'object' && 'protocol' in body && typeof body.protocol === 'number') assertProtocol(body.protocol);
  await next();
});

/** Pull step 1, also before the query is validated. */
const queryProtocol = createMiddleware<AppEnv>(async (c, next) => {
  const raw = c.req.query('protocol') ?? '';
  if (/^\d{1,9}$/.test(raw)) assertProtocol(Number(raw));
  await next();
});

/**
 * The sync protocol of docs/sync.md, mounted at /v1/sync behind auth and the rate limit (admitInBatch: checked in the
 * handler's first read). Push step 2 is `validate('json', pushRequest)`; steps 3–7 are in ../sync/push.ts.
 */
export const syncRoutes = new Hono<AppEnv>()
  .use('*', admitInBatch)
  .post('/push', pushJsonBody, bodyProtocol, validate('json', pushRequest), async (c) => {
    const req = c.req.valid('json');
    // A client of an older protocol writes in the codes it knows: today's codes are stored (shared/protocol-compat.ts).
    const mutations = req.mutations.map((m) => ({ ...m, fields: upgradeFields(m.kind, m.fields, req.protocol) }) as Mutation);
    return c.json(await runPush(c.env.DB, c.var.caller, { ...req, mutations }, c.var.admission), 200);
  })
  .get('/pull', queryProtocol, validate('query', pullQuery), async (c) => {
    return c.json(await runPull(c.env.DB, c.var.caller, c.req.valid('query'), c.var.admission), 200);
  });
