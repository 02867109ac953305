// @vitest-environment node
// (The snapshot is stored as a Blob; the faked IndexedDB clones Node's Blob, not happy-dom's.)
import { describe, expect, it, vi } from 'vitest';
import { aService, aStore, found, settled } from './service-support';

const heldAt = '2026-04-01T01:00:00.000Z';

/** A store with a few records and a saved snapshot of them. */
async function aSnapshot() {
  const { db, repo } = await aStore();
  const noto = await repo.create('business', { name: '能登水産', corporateNumber: '7010001008844' });
  await repo.create('business', { name: '輪島朝市商店' });
  const c = await repo.create('consultation', {
    businessId: noto.id,
    heldAt,
    channel: 'visit',
    tagIds: ['topic-finance'],
    inquiry: '価格転嫁の進め方を相談したい。',
  });
  const first = aService(db);
  await first.service.start();
  await first.service.saveNow();
  return { db, noto, c };
}

describe('an index that serves for long makes its documents ahead', () => {
  it('makes them in chunks once loaded and quiet, and answers as a lazily loaded index does', async () => {
    const { db, noto, c } = await aSnapshot();
    const lazy = aService(db).service;
    await lazy.start();
    const { service } = aService(db, { prepareAfterMs: 0, chunk: 1 });
    await service.start();
    const prepare = vi.spyOn(service.index, 'prepare');
    await new Promise((resolve) => setTimeout(resolve, 10));
    await settled(service);

    expect(prepare.mock.calls[0]).toEqual([0, 4]);
    expect(prepare.mock.calls.length).toBeGreaterThan(2);
    expect(prepare.mock.results.at(-1)?.value).toBeNull();
    for (const [q, f] of [
      ['価格転嫁', {}],
      ['7010001008844', {}],
      ['朝市', {}],
      ['', { businessId: noto.id }],
      ['', { tagIds: ['topic-finance'] }],
    ] as const) {
      expect(found(service, q, f)).toEqual(found(lazy, q, f));
    }
    expect(found(service, '', { businessId: noto.id })).toContain(c.id);
  });

  it('does not, for a page’s own index', async () => {
    const { db } = await aSnapshot();
    const { service } = aService(db);
    await service.start();
    const prepare = vi.spyOn(service.index, 'prepare');
    await new Promise((resolve) => setTimeout(resolve, 10));
    await settled(service);
    expect(prepare).not.toHaveBeenCalled();
  });
});
