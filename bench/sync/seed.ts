import { businessFields, consultationFields, uuidv7 } from '../api/payload.mjs';
import type { LocalApi } from '../../tests/e2e/support/api-server.ts';

/** Pushes one business and `count` consultations of it as one client, in batches of 100 (the protocol's limit). */
export async function seedServer(api: LocalApi, count: number): Promise<{ businessId: string }> {
  const clientId = uuidv7();
  const businessId = uuidv7();
  let id = 1;
  const push = (mutations: unknown[]) =>
    api.call<{ results: { status: string }[] }>(api.adminToken, 'POST', '/v1/sync/push', { protocol: 1, clientId, mutations });
  await push([{ id: id++, kind: 'business', recordId: businessId, baseVersion: 0, fields: businessFields(1) }]);
  for (let done = 0; done < count; done += 100) {
    const batch = [];
    for (let n = done; n < Math.min(count, done + 100); n++) {
      batch.push({ id: id++, kind: 'consultation', recordId: uuidv7(), baseVersion: 0, fields: consultationFields(n, businessId) });
    }
    const answer = await push(batch);
    const refused = answer.results.find((r) => r.status !== 'applied');
    if (refused) throw new Error(`seed push refused: ${JSON.stringify(refused)}`);
  }
  return { businessId };
}
