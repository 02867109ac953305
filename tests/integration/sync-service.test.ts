import { SELF } from 'cloudflare:test';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSyncService, type Connection } from '../../extension/background/sync-service';
import { loadDirectory } from '../../extension/db/directory-repo';
import { createRecordsRepo } from '../../extension/db/records-repo';
import { openKarteDb, type KarteDb } from '../../extension/db/schema';
import { SYNC_STATUS_KEY } from '../../extension/db/sync-status-queries';
import { SYNC_META } from '../../extension/db/sync-store';
import type { SyncStatus } from '../../extension/sync/state';
import { makeOrg } from '../server/fixtures/org';
import { useFastTasks } from './sim/fast-tasks';

/** The background's sync service (engine, scheduler, status publishing) against the real worker and D1. */
let restoreTasks: () => void;
beforeAll(() => {
  restoreTasks = useFastTasks();
});
afterAll(() => restoreTasks());

const fetchWorker: typeof fetch = (input, init) => SELF.fetch(input as string, init);

async function setup(token: string) {
  const db: KarteDb = openKarteDb(`svc-${crypto.randomUUID()}`, { indexedDB, IDBKeyRange });
  const connection: { value: Connection } = { value: { serverUrl: 'https://api.test', token } };
  const aborts = new AbortController();
  const service = await createSyncService({
    db,
    connection: async () => connection.value,
    fetch: fetchWorker,
    debounceMs: 0,
    random: () => 0,
    signal: aborts.signal,
  });
  const repo = createRecordsRepo(db);
  return { db, connection, service, repo, close: () => (aborts.abort(), db.close()) };
}

/** Waits until the published status passes `test` (the scheduler runs on timers). */
async function published(db: KarteDb, test: (s: SyncStatus) => boolean): Promise<SyncStatus> {
  for (let i = 0; i < 400; i++) {
    const s = (await db.meta.get(SYNC_STATUS_KEY))?.value as SyncStatus | undefined;
    if (s && test(s)) return s;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`status never matched: ${JSON.stringify((await db.meta.get(SYNC_STATUS_KEY))?.value)}`);
}

describe('background sync service', () => {
  it('publishes under the key the pages read', () => {
    expect(SYNC_STATUS_KEY).toBe(SYNC_META.status);
  });

  it('sends a local write after a kick and publishes the last successful sync', async () => {
    const { advisor } = await makeOrg();
    const a = await setup(advisor.token);
    await a.repo.create('business', { name: '山田商店' });
    await a.service.kick('write');
    const status = await published(a.db, (s) => s.lastSyncAt !== null && s.phase === 'idle');
    expect(status).toMatchObject({ pendingCount: 0, lastError: null });
    expect(await a.db.outbox.count()).toBe(0);
    const pulled = await advisor.get('/v1/sync/pull?protocol=1&clientId=00000000-0000-7000-8000-000000000001&cursor=0&limit=500');
    expect(((await pulled.json()) as { changes: { data: { name?: string } }[] }).changes.map((c) => c.data.name)).toContain('山田商店');
    a.close();
  });

  it('does nothing while signed out or local-only: the outbox keeps growing and goes after sign-in', async () => {
    const { advisor } = await makeOrg();
    const a = await setup(advisor.token);
    a.connection.value = null;
    await a.repo.create('business', { name: '佐藤工務店' });
    await a.service.kick('write');
    await a.service.kick('alarm');
    await new Promise((r) => setTimeout(r, 50));
    expect(await a.db.outbox.where('state').equals('pending').count()).toBe(1);
    a.connection.value = { serverUrl: 'https://api.test', token: advisor.token };
    await a.service.kick('signin');
    await published(a.db, (s) => s.lastSyncAt !== null);
    expect(await a.db.outbox.count()).toBe(0);
    a.close();
  });

  it('stops on a revoked token with the sign-in prompt, keeps what is queued, and resumes after sign-in', async () => {
    const { advisor } = await makeOrg();
    // A token the server does not know answers 401 exactly as a revoked one does.
    const a = await setup('not-a-token');
    await a.repo.create('business', { name: '鈴木商会' });
    await a.service.kick('write');
    const stopped = await published(a.db, (s) => s.phase === 'signed_out');
    expect(stopped.lastError?.message).toBeTruthy();
    // Stopped means stopped: another write does not send anything.
    await a.repo.create('business', { name: '田中食堂' });
    await a.service.kick('write');
    expect(await a.db.outbox.where('state').equals('pending').count()).toBe(2);
    a.connection.value = { serverUrl: 'https://api.test', token: advisor.token };
    await a.service.kick('signin');
    await published(a.db, (s) => s.phase === 'idle' && s.lastSyncAt !== null);
    expect(await a.db.outbox.count()).toBe(0);
    a.close();
  });

  it('keeps the organisation’s advisors and profile on the device after each sync, and follows a change by an admin', async () => {
    const { org, advisor, advisor2, manager, admin } = await makeOrg();
    await admin.send('PATCH', '/v1/admin/organisation', { kind: 'society_of_commerce', prefecture: 'ishikawa' });
    const a = await setup(advisor.token);
    await a.service.kick('manual');
    await published(a.db, (s) => s.lastSyncAt !== null && s.phase === 'idle');
    await a.service.whenIdle();
    const first = await loadDirectory(a.db);
    expect(first.advisors.map((x) => x.id).sort()).toEqual([advisor.id, advisor2.id, manager.id, admin.id].sort());
    expect(first.organisation).toMatchObject({ id: org.id, kind: 'society_of_commerce', prefecture: 'ishikawa', fiscalYearStartMonth: 4 });

    await admin.send('PATCH', `/v1/admin/advisors/${advisor2.id}`, { disabled: true, name: '退職 次郎' });
    await a.service.kick('manual');
    await a.service.whenIdle();
    await expect
      .poll(async () => (await loadDirectory(a.db)).advisors.find((x) => x.id === advisor2.id))
      .toMatchObject({ name: '退職 次郎', active: false });
    a.close();
  });
});
