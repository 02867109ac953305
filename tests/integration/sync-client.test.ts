import { env } from 'cloudflare:test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared';
import { createToken, hashToken } from '../../server/src/db/tokens';
import { organisationOfMaximalRecords } from '../server/fixtures/maximal-records';
import { makeOrg } from '../server/fixtures/org';
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
  const copies = (await a.db.conflicts.toArray())
    .filter((c) => c.recordId === id)
    .map((c) => c.text)
    .sort();
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

  it('takes a refused edit back off the record and keeps it with the server’s message', async () => {
    const { advisor } = await makeOrg();
    const a = await plainClient(advisor, 'a');
    expect(await a.sync()).toMatchObject({ status: 'synced' });
    await a.repo.update('tag', 'topic-finance', { name: '金融（改）' });
    const biz = await a.repo.create('business', { name: '山田商店' });
    expect(await a.repo.get('tag', 'topic-finance')).toMatchObject({ name: '金融（改）' });
    expect(await a.sync()).toMatchObject({ status: 'synced' });
    expect(await a.repo.get('tag', 'topic-finance')).toMatchObject({ name: '金融' });
    expect(await a.db.outbox.toArray()).toMatchObject([
      {
        recordId: 'topic-finance',
        state: 'rejected',
        error: { code: 'forbidden', message: expect.stringContaining('管理職とシステム管理者') },
      },
    ]);
    expect(await a.repo.get('business', biz.id)).toMatchObject({ name: '山田商店', version: expect.any(Number) });
    await a.close();
  });

  it('stops on a revoked token without losing anything, and resumes with a new one', async () => {
    const { advisor, advisor2 } = await makeOrg();
    const a = await plainClient(advisor, 'a');
    const b = await plainClient(advisor2, 'b');
    await a.repo.create('business', { name: '山田商店', vision: 'オフラインで書いた将来像' });
    await env.DB.prepare('UPDATE api_tokens SET revoked_at = ? WHERE token_hash = ?')
      .bind(new Date().toISOString(), await hashToken(a.token))
      .run();
    expect(await a.sync()).toMatchObject({ status: 'signed_out', message: expect.stringContaining('サインインし直してください') });
    expect(await a.db.outbox.where('state').equals('pending').count()).toBe(1);
    a.setToken((await createToken(env.DB, { orgId: advisor.orgId, advisorId: advisor.id, label: 'again' })).token);
    expect(await a.sync()).toMatchObject({ status: 'synced', pushed: 1 });
    expect(await b.sync()).toMatchObject({ status: 'synced' });
    expect((await b.db.businesses.toArray()).map((x) => x.vision)).toEqual(['オフラインで書いた将来像']);
    await Promise.all([a.close(), b.close()]);
  });

  it("replaces local default tags with the organisation's, keeping one a pending note uses until it is settled", async () => {
    const { advisor } = await makeOrg();
    const seen: { method: string; tags: string[] }[] = [];
    let noteDuringPull: () => Promise<void> = async () => {};
    const a = await plainClient(advisor, 'a', async (method) => {
      seen.push({
        method,
        tags: (await a.db.tags.toCollection().primaryKeys()).filter((id) => id.endsWith('-old') || id.endsWith('-used')),
      });
      if (method === 'GET' && seen.length === 2) await noteDuringPull();
    });
    const local = {
      groupId: 'grp-topic',
      order: 99,
      deleted: false,
      version: 0,
      authorId: null,
      createdAt: 't',
      updatedAt: 't',
      redacted: false,
    };
    await a.db.tags.bulkPut([
      { ...local, id: 'topic-old', name: '旧分野' },
      { ...local, id: 'topic-used', name: '使用中' },
    ]);
    const biz = await a.repo.create('business', { name: '山田商店' });
    noteDuringPull = async () => {
      await a.repo.create('consultation', {
        businessId: biz.id,
        heldAt: '2026-04-01T00:30:00.000Z',
        channel: 'counter',
        inquiry: '資金繰り',
        tagIds: ['topic-used'],
      });
    };
    expect(await a.sync()).toMatchObject({ status: 'synced' });
    // After the first complete pull: the unused local tag is gone, the one the queued note uses stays.
    expect(seen.map((s) => s.method)).toEqual(['POST', 'GET', 'POST', 'GET']);
    expect(seen[2]!.tags.sort()).toEqual(['topic-used']);
    // The server refuses the note (the organisation has no such tag); then nothing uses the tag and it goes too.
    expect(await a.db.outbox.toArray()).toMatchObject([{ kind: 'consultation', state: 'rejected', error: { code: 'unknown_tag' } }]);
    const tagIds = await a.db.tags.toCollection().primaryKeys();
    expect(tagIds).not.toContain('topic-used');
    expect(tagIds).toContain('topic-finance');
    await a.close();
  });

  it('refuses an entry the schema no longer accepts without sending it, and sends the rest in order', async () => {
    const { advisor } = await makeOrg();
    const a = await plainClient(advisor, 'a');
    const biz = await a.repo.create('business', { name: '山田商店' });
    await a.db.transaction('rw', a.db.outbox, a.db.meta, async () => {
      await a.db.outbox.add({
        id: 2,
        kind: 'business',
        recordId: biz.id,
        baseVersion: 0,
        fields: { vision: 'x'.repeat(5_000) },
        state: 'pending',
        error: null,
        queuedAt: 't',
      });
      await a.db.meta.put({ key: 'nextMutationId', value: 3 });
    });
    await a.repo.update('business', biz.id, { strengths: '地域の信頼' });
    expect(await a.sync()).toMatchObject({ status: 'synced', pushed: 2 });
    expect(await a.repo.get('business', biz.id)).toMatchObject({ strengths: '地域の信頼', vision: '' });
    expect(await a.db.outbox.toArray()).toMatchObject([{ id: -1, state: 'rejected', error: { code: 'validation_failed' } }]);
    await a.repo.update('business', biz.id, { weaknesses: '後継者' });
    expect(await a.sync()).toMatchObject({ status: 'synced', pushed: 1 });
    expect(await a.repo.get('business', biz.id)).toMatchObject({ weaknesses: '後継者' });
    await a.close();
  });

  it('an edit made before the previous one was confirmed is not turned into a conflict with itself', async () => {
    const { advisor } = await makeOrg();
    let offlineForPulls = false;
    const a = await plainClient(advisor, 'a', async (method) => {
      if (offlineForPulls && method === 'GET') throw new TypeError('Failed to fetch');
    });
    expect(await a.sync()).toMatchObject({ status: 'synced' });
    const biz = await a.repo.create('business', { name: '山田商店', vision: '将来像1' });
    offlineForPulls = true; // the push gets through, the pull that would confirm it does not
    expect(await a.sync()).toMatchObject({ status: 'transient' });
    await a.repo.update('business', biz.id, { vision: '将来像2' });
    offlineForPulls = false;
    expect(await a.sync()).toMatchObject({ status: 'synced' });
    expect(await a.repo.get('business', biz.id)).toMatchObject({ vision: '将来像2' });
    expect(await a.db.conflicts.count()).toBe(0);
    expect(await a.db.outbox.count()).toBe(0);
    await a.close();
  });
});

/** Pull pages bounded by bytes (tests/server/sync-pull-bytes.test.ts), seen from a device. */
describe('sync client pulling records at their limits', () => {
  it('lets a device that syncs from nothing receive the whole organisation', async () => {
    const { advisor2, ids } = await organisationOfMaximalRecords();
    const device = await plainClient(advisor2, 'fresh-device');
    expect(await device.sync()).toMatchObject({ status: 'synced' });
    const stored = await device.db.consultations.toArray();
    expect(stored.map((c) => c.id).sort()).toEqual([...ids].sort());
    expect(stored.every((c) => c.inquiry.length === LIMITS.noteField)).toBe(true);
    await device.close();
  }, 60_000);
});
