// @vitest-environment node
// (The snapshot is stored as a Blob; the faked IndexedDB clones Node's Blob, not happy-dom's.)
import Dexie from 'dexie';
import { describe, expect, it, onTestFinished } from 'vitest';
import { SYNC_CURSOR_KEY } from '../../../extension/db/search-source';
import { createSnapshotStore } from '../../../extension/db/search-snapshot';
import { SYNC_META } from '../../../extension/db/sync-store';
import { changedKeys } from '../../../extension/search/changed-keys';
import type { IndexState } from '../../../extension/search/protocol';
import { WATCHED_TABLES } from '../../../extension/search/service';
import { aConsultation } from '../../fixtures/records';
import { freshDb } from '../support/db';
import { aService, aStore, connected } from './service-support';

const heldAt = '2026-04-01T01:00:00.000Z';

async function connectedStore() {
  const { db, repo } = await aStore();
  return { db, repo, ...connected(db) };
}

describe('search worker protocol', () => {
  it('pairs every answer with its question and names the business of a consultation hit', async () => {
    const { repo, service, client } = await connectedStore();
    const states: IndexState[] = [];
    client.onState((s) => states.push(s));
    const business = await repo.create('business', { name: '能登ワイナリー' });
    const c = await repo.create('consultation', { businessId: business.id, heldAt, channel: 'visit', inquiry: '醸造所の設備投資と補助金' });
    await service.start();
    await expect.poll(() => client.state.phase).toBe('ready');
    expect(states.map((s) => s.phase)).toContain('building');

    const [wine, invest] = await Promise.all([client.search('ワイナリー', {}, 20), client.search('設備投資', {}, 20)]);
    expect(wine.hits.map((h) => [h.kind, h.title])).toEqual([['business', '能登ワイナリー']]);
    expect(invest).toMatchObject({
      complete: true,
      hits: [{ id: c.id, kind: 'consultation', businessName: '能登ワイナリー', snippet: '醸造所の設備投資と補助金', highlights: [[4, 8]] }],
    });
  });

  it('turns a refused query into a rejected promise with the reason', async () => {
    const { service, client } = await connectedStore();
    await service.start();
    await expect(client.search('補助金', { from: '2026-02-30' }, 20)).rejects.toThrow(/YYYY-MM-DD/);
  });

  it('tells the page when the index took in changes, so a result list can ask again', async () => {
    const { repo, service, client } = await connectedStore();
    await service.start();
    let changes = 0;
    client.onChanged(() => changes++);
    const business = await repo.create('business', { name: '珠洲製塩' });
    await expect.poll(() => changes).toBeGreaterThan(0);
    expect((await client.search('製塩', {}, 20)).hits.map((h) => h.id)).toEqual([business.id]);
  });
});

describe('change notices from Dexie', () => {
  /** The notices Dexie sends for what `write` does, read as the worker reads them. */
  async function noticesOf(write: (db: ReturnType<typeof freshDb>) => Promise<unknown>) {
    const db = freshDb();
    // Opening (creating) the database is itself announced as a change of every table.
    await db.open();
    const seen: ReturnType<typeof changedKeys>[] = [];
    const listener = (parts: unknown) => seen.push(changedKeys(parts, db.name, WATCHED_TABLES));
    Dexie.on('storagemutated', listener);
    onTestFinished(() => Dexie.on('storagemutated').unsubscribe(listener));
    await write(db);
    return seen.filter((c) => c.size > 0);
  }
  const row = (inquiry: string) => ({ ...aConsultation({ inquiry }), version: 0, createdAt: heldAt, updatedAt: heldAt, redacted: false });

  it('name the keys of a small write and of a delete', async () => {
    const a = row('一件目');
    const b = row('二件目');
    const notices = await noticesOf(async (db) => {
      await db.consultations.bulkPut([a, b]);
      await db.consultations.delete(a.id);
    });
    expect(notices).toEqual([new Map([['consultations', new Set([a.id, b.id])]]), new Map([['consultations', new Set([a.id])]])]);
  });

  it('say "the whole table" for 50 rows or more, and leave out tables the index does not follow', async () => {
    const notices = await noticesOf(async (db) => {
      await db.consultations.bulkPut(Array.from({ length: 50 }, (_, i) => row(`第${i}回`)));
      await db.drafts.put({ key: 'panel', value: {}, updatedAt: heldAt });
    });
    expect(notices).toEqual([new Map([['consultations', 'all']])]);
  });

  it('ignore another database', () => {
    expect(changedKeys({ 'idb://other/consultations/': { from: 'a', to: 'a' } }, 'banso-karte', WATCHED_TABLES).size).toBe(0);
  });
});

describe('snapshot store', () => {
  it('keeps the serialised index with its typed arrays, and what it covers', async () => {
    const { db, repo } = await aStore();
    await repo.create('business', { name: '小松鉄工' });
    const { service } = aService(db);
    await service.start();
    await service.saveNow();
    const loaded = await createSnapshotStore(db).load();
    expect(loaded?.data.bytes).toBeInstanceOf(Uint8Array);
    expect(loaded?.mark).toEqual({ cursor: 0, updatedAt: expect.stringMatching(/^\d{4}-/) });
    expect(loaded?.taxonomy.tags.length).toBeGreaterThan(50);
  });

  it('reads the sync cursor under the key the sync store writes it', () => {
    expect(SYNC_CURSOR_KEY).toBe(SYNC_META.cursor);
  });
});
