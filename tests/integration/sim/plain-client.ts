import { env } from 'cloudflare:test';
import { createToken } from '../../../server/src/db/tokens';
import { NO_FAULTS, type FaultyNet } from './faulty-fetch';
import { createRng } from '../../server/fixtures/rng';
import { createSimClient, type SimClient } from './sim-client';

/**
 * A client on a perfect network (for scenario tests): the real engine, store and
 * transport against the real worker. `beforeRequest` runs before each request reaches
 * the server, e.g. to save something while a pull is on its way.
 */
export async function plainClient(
  actor: { id: string; orgId: string; role: 'advisor' | 'manager' | 'admin' },
  name: string,
  beforeRequest?: (method: string, path: string) => Promise<void>,
): Promise<SimClient & { net: FaultyNet }> {
  const net: FaultyNet = { rates: { ...NO_FAULTS }, held: [], log: [] };
  const { token } = await createToken(env.DB, { orgId: actor.orgId, advisorId: actor.id, label: name });
  const client = createSimClient({
    name,
    advisorId: actor.id,
    role: actor.role,
    token,
    dbName: `${name}-${crypto.randomUUID()}`,
    rng: createRng(1),
    net,
    crashRate: () => 0,
    revokeToken: async () => {},
    pullLimit: 500,
    writeDuring: async () => {},
    beforeRequest,
  });
  await client.open();
  return Object.assign(client, { net });
}
