import { Hono } from 'hono';
import { createIntegrationKeyRequest, idParam } from '../../../shared';
import { auditStatement } from '../db/audit';
import { findIntegrationKey, integrationKeyInsert, listIntegrationKeys, revokeIntegrationKeyStatement } from '../db/integration-keys';
import { notFound } from '../errors';
import { defaultJsonBody } from '../middleware/json-body';
import { validate } from '../middleware/validate';
import type { AppEnv } from '../types';

/** Integration keys for other systems (docs/api.md): issued, listed and revoked by an admin, each change audited with it. */
export const adminIntegrationKeyRoutes = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ keys: await listIntegrationKeys(c.env.DB, c.var.caller.orgId) }, 200))
  .post('/', defaultJsonBody, validate('json', createIntegrationKeyRequest), async (c) => {
    const { label, scope } = c.req.valid('json');
    const { orgId, advisorId } = c.var.caller;
    const created = await integrationKeyInsert(c.env.DB, { orgId, label, scope, createdBy: advisorId });
    await c.env.DB.batch([
      created.statement,
      auditStatement(c.env.DB, {
        orgId,
        advisorId,
        action: 'integration_key.create',
        target: JSON.stringify({ id: created.id, label, scope }),
      }),
    ]);
    const view = await findIntegrationKey(c.env.DB, orgId, created.id);
    if (!view) throw notFound('連携キー');
    return c.json({ key: created.key, integrationKey: view }, 201);
  })
  .delete('/:id', validate('param', idParam), async (c) => {
    const { id } = c.req.valid('param');
    const { orgId, advisorId } = c.var.caller;
    if (!(await findIntegrationKey(c.env.DB, orgId, id))) throw notFound('連携キー');
    await c.env.DB.batch([
      revokeIntegrationKeyStatement(c.env.DB, orgId, id, new Date().toISOString()),
      auditStatement(c.env.DB, { orgId, advisorId, action: 'integration_key.revoke', target: id }),
    ]);
    const revoked = await findIntegrationKey(c.env.DB, orgId, id);
    if (!revoked) throw notFound('連携キー');
    return c.json(revoked, 200);
  });
