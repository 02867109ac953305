// @vitest-environment node
// (The snapshot is stored as a Blob; the faked IndexedDB clones Node's Blob, not happy-dom's.)
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, RECORD_DEFAULTS } from '../../../shared';
import { createSnapshotStore } from '../../../extension/db/search-snapshot';
import type { SerializedSearchIndex } from '../../../extension/search';
import { aService, aStore, found, pull, settled } from './service-support';

const heldAt = '2026-04-01T01:00:00.000Z';

describe('search service: building and following the records', () => {
  it('builds the index from the records when there is no snapshot, naming the tags of each consultation', async () => {
    const { db, repo } = await aStore();
    const business = await repo.create('business', { name: '能登水産', corporateNumber: '7010001008844' });
    const c = await repo.create('consultation', {
      businessId: business.id,
      heldAt,
      channel: 'visit',
      tagIds: ['topic-finance'],
      inquiry: '取引先から値上げを求められていて、価格転嫁の進め方を相談したい。',
    });
    const { service, posted } = aService(db);
    await service.start();

    expect(service.state).toMatchObject({ phase: 'ready', progress: null });
    expect(found(service, '値上げを求められて')).toEqual([c.id]);
    // The tag's name, not its id, is searchable; the tag itself is a hit too.
    expect(found(service, '金融')).toEqual(expect.arrayContaining([c.id, 'topic-finance']));
    expect(found(service, '7010001008844')).toEqual([business.id]);
    expect(posted.filter((m) => m.type === 'state').map((m) => m.type === 'state' && m.state.phase)).toEqual(
      expect.arrayContaining(['loading', 'building', 'ready']),
    );
  });

  it('leaves out a row too damaged to index instead of failing the whole index', async () => {
    const { db, repo } = await aStore();
    const good = await repo.create('business', { name: '輪島朝市商店' });
    await db.businesses.put({ id: '0190a5a0-0000-7000-8000-00000000dead', name: '壊れた行' } as never);
    const { service } = aService(db);
    await service.start();
    expect(service.state.phase).toBe('ready');
    expect(found(service, '朝市')).toEqual([good.id]);
  });

  it('answers while it builds, saying the answer is not complete yet', async () => {
    const { db, repo } = await aStore();
    const business = await repo.create('business', { name: '白山酒造' });
    for (let i = 0; i < 6; i++)
      await repo.create('consultation', { businessId: business.id, heldAt, channel: 'phone', inquiry: `酒蔵の販路開拓 ${i}` });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let pauses = 0;
    const { service, posted } = aService(db, { chunk: 2, pause: () => (++pauses === 2 ? gate : Promise.resolve()) });
    void service.start();
    await expect.poll(() => pauses).toBe(2);
    service.handle({ type: 'search', id: 7, query: '販路開拓', filters: { kinds: ['consultation'] }, limit: 20 });
    const partial = posted.find((m) => m.type === 'results');
    expect(partial).toMatchObject({ id: 7, complete: false });
    expect(partial?.type === 'results' && partial.hits.length).toBeLessThan(6);
    release();
    await service.idle();
    service.handle({ type: 'search', id: 8, query: '販路開拓', filters: { kinds: ['consultation'] }, limit: 20 });
    expect(posted.at(-1)).toMatchObject({ id: 8, complete: true, hits: expect.any(Array) });
    expect(posted.at(-1)?.type === 'results' && posted.at(-1)).toHaveProperty('hits.length', 6);
  });

  it('takes in saves, edits and deletes as they happen, and re-indexes the consultations of a renamed tag', async () => {
    const { db, repo } = await aStore();
    const business = await repo.create('business', { name: '加賀印刷' });
    const { service, posted } = aService(db);
    await service.start();

    const c = await repo.create('consultation', {
      businessId: business.id,
      heldAt,
      channel: 'visit',
      tagIds: ['event-invoice'],
      inquiry: '請求書の様式を見直したい',
    });
    await settled(service);
    expect(found(service, '請求書の様式')).toEqual([c.id]);
    expect(posted.some((m) => m.type === 'changed')).toBe(true);

    await repo.update('consultation', c.id, { inquiry: '受注の選別を考えたい' });
    await settled(service);
    expect(found(service, '請求書の様式')).toEqual([]);
    expect(found(service, '受注の選別')).toEqual([c.id]);

    await db.tags.update('event-invoice', { name: '適格請求書' });
    await settled(service);
    expect(found(service, '適格請求書')).toEqual(expect.arrayContaining([c.id, 'event-invoice']));

    await repo.remove('consultation', c.id);
    await settled(service);
    expect(found(service, '受注の選別')).toEqual([]);
  });

  it('takes in a page of 50 or more pulled records (Dexie then reports the whole table as changed)', async () => {
    const { db, sync } = await aStore();
    const { service } = aService(db);
    await service.start();
    const businessId = '0190a5a0-0000-7000-8000-00000000b001';
    const changes = Array.from({ length: 60 }, (_, i) => ({
      kind: 'consultation' as const,
      id: `0190a5a0-0000-7000-8000-${String(i).padStart(12, '0')}`,
      version: i + 1,
      authorId: '0190a5a0-0000-7000-8000-00000000a001',
      createdAt: heldAt,
      updatedAt: heldAt,
      redacted: false,
      data: {
        businessId,
        heldAt,
        durationMin: null,
        personMet: '',
        advisorIds: [],
        channel: 'phone',
        programme: null,
        tagIds: [],
        inquiry: `事業承継の相談 第${i}回`,
        ownerWords: '',
        advice: '',
        insight: '',
        essentialIssue: '',
        sensitive: false,
        sourceUrl: null,
        sourceTitle: '',
        deleted: false,
      },
    }));
    await pull(sync, changes, 60);
    await settled(service);
    expect(found(service, '事業承継', { kinds: ['consultation'] })).toHaveLength(20);
    expect(service.index.size).toBeGreaterThanOrEqual(60);
  });
  it('holds a burst of notices (a sync storing page after page) until it ends, then takes it all in', async () => {
    const { db, repo } = await aStore();
    const business = await repo.create('business', { name: '能登製菓' });
    const { service } = aService(db);
    await service.start();
    const first = await repo.create('consultation', {
      businessId: business.id,
      heldAt,
      channel: 'visit',
      tagIds: [],
      inquiry: '販路の開拓',
    });
    // settled() waits with service.idle(), which runs a held flush at once: wait on the clock instead.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(found(service, '販路の開拓')).toEqual([first.id]);
    const second = await repo.create('consultation', {
      businessId: business.id,
      heldAt,
      channel: 'visit',
      tagIds: [],
      inquiry: '原価の見直し',
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Right after the last flush: part of a burst, held until the notices stop for a second.
    expect(found(service, '原価の見直し')).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await service.idle();
    expect(found(service, '原価の見直し')).toEqual([second.id]);
  });
});

describe('search service: the snapshot', () => {
  it('starts from a saved snapshot and catches up with what changed while it was not running', async () => {
    const { db, repo, sync } = await aStore();
    const business = await repo.create('business', { name: '金沢ベーカリー' });
    const kept = await repo.create('consultation', {
      businessId: business.id,
      heldAt,
      channel: 'counter',
      tagIds: ['topic-finance'],
      inquiry: '運転資金の借入れを検討',
    });
    const rejected = await repo.create('consultation', {
      businessId: business.id,
      heldAt,
      channel: 'counter',
      inquiry: '登録の取り消される記録',
    });
    const fromServer = (version: number, name: string) => ({
      kind: 'business' as const,
      id: '0190a5a0-0000-7000-8000-00000000b0b0',
      version,
      authorId: null,
      createdAt: '2020-01-01T00:00:00.000Z',
      updatedAt: '2020-01-01T00:00:00.000Z',
      redacted: false,
      data: { ...RECORD_DEFAULTS.business, name },
    });
    await pull(sync, [fromServer(1, '輪島塗工房')], 1);
    const first = aService(db);
    await first.service.start();
    await first.service.saveNow();
    expect(await createSnapshotStore(db).load()).not.toBeNull();

    // While no worker runs: a local save, a pull of an edit made on the server long ago (its
    // updatedAt is older than anything indexed), a rejected creation (its row disappears) and
    // a renamed tag.
    const added = await repo.create('consultation', {
      businessId: business.id,
      heldAt,
      channel: 'counter',
      inquiry: '新しい販路としてネット通販',
    });
    await pull(sync, [fromServer(5, '輪島塗工房 本店')], 5);
    const outbox = await db.outbox.filter((e) => e.recordId === rejected.id).first();
    await sync.recordPush({
      protocol: PROTOCOL_VERSION,
      lastMutationId: outbox!.id,
      cursor: 5,
      results: [{ id: outbox!.id, status: 'rejected', code: 'validation_failed', message: '拒否' }],
    });
    expect(await db.consultations.get(rejected.id)).toBeUndefined();
    await db.tags.update('topic-finance', { name: '資金調達' });

    const second = aService(db, { snapshots: { load: () => createSnapshotStore(db).load(), save: async () => {} } });
    const starting = second.service.start();
    // Asked while the snapshot loads: answered from it, not from the empty index it starts with.
    second.service.handle({ type: 'search', id: 1, query: '運転資金', filters: {}, limit: 20 });
    await starting;
    expect(second.posted.find((m) => m.type === 'results')).toMatchObject({ id: 1, complete: true, hits: [{ id: kept.id }] });
    const posted = second.posted.map((m) => (m.type === 'state' ? m.state.phase : m.type));
    expect(posted).not.toContain('building');
    expect(found(second.service, 'ネット通販')).toEqual([added.id]);
    expect(found(second.service, '工房 本店')).toEqual(['0190a5a0-0000-7000-8000-00000000b0b0']);
    expect(found(second.service, '取り消される')).toEqual([]);
    expect(found(second.service, '資金調達')).toEqual(expect.arrayContaining([kept.id]));
  });

  /** A store with one business whose saved snapshot `damage` has changed. */
  async function damagedSnapshot(damage: (data: SerializedSearchIndex) => SerializedSearchIndex) {
    const { db, repo } = await aStore();
    await repo.create('business', { name: '七尾漆器' });
    const first = aService(db);
    await first.service.start();
    await first.service.saveNow();
    const stored = (await createSnapshotStore(db).load())!;
    await createSnapshotStore(db).save({ ...stored, data: damage(stored.data) });
    return db;
  }

  it('rebuilds from the records when the snapshot cannot be read', async () => {
    const db = await damagedSnapshot((data) => ({ ...data, version: 999 }));

    const second = aService(db);
    await second.service.start();
    expect(second.posted.some((m) => m.type === 'state' && m.state.phase === 'building')).toBe(true);
    expect(found(second.service, '漆器')).toHaveLength(1);
  });

  it('rebuilds from the records when it meets a damaged text of a loaded snapshot (texts are read on first use)', async () => {
    const db = await damagedSnapshot((data) => ({ ...data, normChunks: data.normChunks.map((b) => 0xff - b) }));

    const second = aService(db);
    await second.service.start();
    second.service.handle({ type: 'search', id: 1, query: '漆器', filters: {}, limit: 20 });
    await second.service.idle();
    // Loaded (no text read yet), then found damaged by the catch-up that reads the business again.
    const phases = second.posted.flatMap((m) => (m.type === 'state' ? [m.state.phase] : []));
    expect(phases.slice(0, 3)).toEqual(['loading', 'ready', 'building']);
    expect(second.posted.find((m) => m.type === 'results')).toMatchObject({ id: 1, hits: [{ kind: 'business' }] });
  });
});
