import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrg } from './fixtures/org';
import { useFastTasks } from './sim/fast-tasks';
import { plainClient } from './sim/plain-client';

/** Scenarios of the sync client (real engine, store, transport) against the real worker and D1. */
let restoreTasks: () => void;
beforeAll(() => {
  restoreTasks = useFastTasks();
});
afterAll(() => restoreTasks());

type Client = Awaited<ReturnType<typeof plainClient>>;
type OnRequest = (method: string) => Promise<void>;

/**
 * A business whose `vision` B changed and synced, while A has not pulled it yet.
 * `onRequest` (settable) runs before each of A's requests reaches the server.
 */
async function colleagueEditedFirst() {
  const { advisor, advisor2 } = await makeOrg();
  const hook: { onRequest: OnRequest } = { onRequest: async () => {} };
  const a = await plainClient(advisor, 'a', (method) => hook.onRequest(method));
  const b = await plainClient(advisor2, 'b');
  const biz = await a.repo.create('business', { name: '山田商店', vision: '初めの将来像' });
  expect(await a.sync()).toMatchObject({ status: 'synced' });
  expect(await b.sync()).toMatchObject({ status: 'synced' });
  await b.repo.update('business', biz.id, { vision: 'Bの将来像' });
  expect(await b.sync()).toMatchObject({ status: 'synced' });
  return { a, b, id: biz.id, hook };
}

async function expectBothTextsKept(a: Client, id: string) {
  expect((await a.repo.get('business', id))?.vision).toBe('Bの将来像');
  const copies = (await a.db.conflicts.toArray()).filter((c) => c.recordId === id).map((c) => c.text).sort();
  expect(copies).toEqual(['Aの将来像1', 'Aの将来像2']);
  expect(await a.db.outbox.count()).toBe(0);
}

describe('sync client against the real server', () => {
  it("a second edit queued behind an unsent one does not overwrite a colleague's text it never saw", async () => {
    const { a, b, id, hook } = await colleagueEditedFirst();
    let requests = 0;
    hook.onRequest = async (method) => {
      // A saves while its first pull is on the way, then loses the network before pushing it.
      if (requests++ === 0) await a.repo.update('business', id, { vision: 'Aの将来像1' });
      else if (method === 'POST') throw new TypeError('Failed to fetch');
    };
    expect(await a.sync()).toMatchObject({ status: 'transient' });
    // The pull brought B's text, but A's pending text stays on top: A never saw B's.
    expect(await a.repo.get('business', id)).toMatchObject({ vision: 'Aの将来像1' });
    await a.repo.update('business', id, { vision: 'Aの将来像2' });
    hook.onRequest = async () => {};
    expect(await a.sync()).toMatchObject({ status: 'synced' });
    await expectBothTextsKept(a, id);
    await Promise.all([a.close(), b.close()]);
  });

  it("an edit saved while the previous one is being confirmed does not overwrite a colleague's text it never saw", async () => {
    const { a, b, id, hook } = await colleagueEditedFirst();
    const seen: string[] = [];
    hook.onRequest = async (method) => {
      seen.push(method);
      // During the first pull A saves; during the pull that confirms that edit, A saves again.
      if (seen.length === 1) await a.repo.update('business', id, { vision: 'Aの将来像1' });
      if (seen.join() === 'GET,POST,GET') await a.repo.update('business', id, { vision: 'Aの将来像2' });
    };
    expect(await a.sync()).toMatchObject({ status: 'synced' });
    expect(seen.slice(0, 3)).toEqual(['GET', 'POST', 'GET']);
    await expectBothTextsKept(a, id);
    await Promise.all([a.close(), b.close()]);
  });
});
