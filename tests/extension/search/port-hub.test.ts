// @vitest-environment node
// (The snapshot is stored as a Blob; the faked IndexedDB clones Node's Blob, not happy-dom's.)
import { describe, expect, it, vi } from 'vitest';
import { createSearchClient } from '../../../extension/search/client';
import { createPortHub, type PagePort } from '../../../extension/search/port-hub';
import { INITIAL_INDEX_STATE, type SearchRequest, type SearchResponse } from '../../../extension/search/protocol';
import { aService, aStore, settled } from './service-support';

const heldAt = '2026-04-01T01:00:00.000Z';

/** One page joined to the hub by an in-process channel (structured clone, delivered later). */
function aPage(hub: ReturnType<typeof createPortHub>) {
  const heard: SearchResponse[] = [];
  let toPage: (m: SearchResponse) => void = () => {};
  const port: PagePort = { postMessage: (m) => queueMicrotask(() => (heard.push(m), toPage(structuredClone(m)))) };
  const receive = hub.connect(port);
  const client = createSearchClient({
    postMessage: (m: SearchRequest) => queueMicrotask(() => receive(structuredClone(m))),
    onMessage: (listener) => (toPage = listener),
  });
  return { client, heard, bye: () => receive({ type: 'bye' }) };
}

/** The worker's one service behind a hub, as workers/search-worker.ts wires them. */
async function aSharedService() {
  const { db, repo } = await aStore();
  const hub = createPortHub((request) => service.handle(request), { catchUpDelayMs: 20 });
  const { service } = aService(db, { post: hub.post });
  return { db, repo, hub, service };
}

const kinds = (heard: SearchResponse[]) => heard.map((m) => m.type);

describe('one search service shared by several pages', () => {
  it('answers each page only its own questions, even when both number them alike', async () => {
    const { repo, hub, service } = await aSharedService();
    const business = await repo.create('business', { name: '能登ワイナリー' });
    await repo.create('consultation', { businessId: business.id, heldAt, channel: 'visit', inquiry: '醸造所の設備投資と補助金' });
    const panel = aPage(hub);
    const karte = aPage(hub);
    await service.start();

    // Both pages' first question is id 1: each gets the answer to its own.
    const [wine, invest] = await Promise.all([panel.client.search('ワイナリー', {}, 20), karte.client.search('設備投資', {}, 20)]);
    expect(wine.hits.map((h) => h.kind)).toEqual(['business']);
    expect(invest.hits.map((h) => h.kind)).toEqual(['consultation']);
    await settled(service);
    expect(panel.heard.filter((m) => m.type === 'results')).toHaveLength(1);
    expect(karte.heard.filter((m) => m.type === 'results')).toHaveLength(1);
  });

  it('tells every page the state and the changes, and a page that connects later the state at once', async () => {
    const { repo, hub, service } = await aSharedService();
    const panel = aPage(hub);
    const karte = aPage(hub);
    await service.start();
    await expect.poll(() => karte.client.state.phase).toBe('ready');
    expect(panel.client.state.phase).toBe('ready');

    const late = aPage(hub);
    await expect.poll(() => late.heard.length).toBeGreaterThan(0);
    expect(late.heard[0]).toMatchObject({ type: 'state', state: { phase: 'ready' } });

    const changes = (page: { heard: SearchResponse[] }) => kinds(page.heard).filter((k) => k === 'changed').length;
    const before = [panel, karte, late].map(changes);
    await repo.create('business', { name: '珠洲製塩' });
    for (const [i, page] of [panel, karte, late].entries()) await expect.poll(() => changes(page)).toBeGreaterThan(before[i]!);
  });

  it('writes no more to a page that said bye, and forgets its open questions', async () => {
    const { repo, hub, service } = await aSharedService();
    const panel = aPage(hub);
    const gone = aPage(hub);
    await service.start();
    await expect.poll(() => gone.client.state.phase).toBe('ready');
    expect(hub.size).toBe(2);

    gone.bye();
    await settled(service);
    expect(hub.size).toBe(1);
    const before = gone.heard.length;
    const changes = () => kinds(panel.heard).filter((k) => k === 'changed').length;
    const changesBefore = changes();
    await repo.create('business', { name: '輪島朝市商店' });
    await expect.poll(changes).toBeGreaterThan(changesBefore);
    // A question sent after leaving is not answered either.
    void gone.client.search('朝市', {}, 20);
    expect((await panel.client.search('朝市', {}, 20)).hits).toHaveLength(1);
    await settled(service);
    expect(gone.heard).toHaveLength(before);
  });

  it('drops a page whose port cannot be written to, and keeps serving the others', async () => {
    const { hub, service } = await aSharedService();
    const panel = aPage(hub);
    hub.connect({
      postMessage: () => {
        throw new Error('port closed');
      },
    });
    expect(hub.size).toBe(2);
    await service.start();
    expect(hub.size).toBe(1);
    await expect.poll(() => panel.client.state.phase).toBe('ready');
  });

  it('brings a loaded index up to date with every record when pages connect, once for pages opening together', async () => {
    const { repo, hub, service } = await aSharedService();
    aPage(hub);
    await service.start();
    // Written without a change notice reaching the worker (e.g. straight into IndexedDB).
    const business = await repo.create('business', { name: '七尾和ろうそく' });
    await settled(service);
    service.index.remove(business.id);
    expect(service.index.has(business.id)).toBe(false);

    aPage(hub);
    // Two pages opening together: one catch-up, after the delay.
    const refresh = vi.spyOn(service, 'handle');
    aPage(hub);
    expect(refresh).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 30));
    await settled(service);
    expect(refresh.mock.calls).toEqual([[{ type: 'refresh', full: true }]]);
    expect(service.index.has(business.id)).toBe(true);
  });

  it('compares every record at most once a period: pages connecting sooner only take in what changed', async () => {
    const handle = vi.fn<(request: SearchRequest) => void>();
    let now = 0;
    const hub = createPortHub(handle, { catchUpDelayMs: 0, fullEveryMs: 600_000, clock: () => now });
    hub.post({ type: 'state', state: { ...INITIAL_INDEX_STATE, phase: 'ready' } });
    const connectAndWait = async () => {
      hub.connect({ postMessage: () => {} });
      await new Promise((resolve) => setTimeout(resolve, 5));
    };
    await connectAndWait();
    now = 599_999;
    await connectAndWait();
    now = 600_000;
    await connectAndWait();
    expect(handle.mock.calls.map(([r]) => r)).toEqual([
      { type: 'refresh', full: true },
      { type: 'refresh', full: false },
      { type: 'refresh', full: true },
    ]);
  });
});
