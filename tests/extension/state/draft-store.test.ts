import { effect } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { createDraftsRepo } from '../../../extension/db/drafts-repo';
import type { Draft } from '../../../extension/db/schema';
import { emptyDraft } from '../../../extension/draft/consultation-draft';
import { createDraftStore } from '../../../extension/state/draft-store';
import { freshDb } from '../support/db';

const opened = new Date('2026-04-01T10:00:00');

function storeOn(drafts: ReturnType<typeof createDraftsRepo>, now = () => opened) {
  return createDraftStore({ key: 'popup', drafts, observe: drafts.observe, fresh: () => emptyDraft(now()), now });
}

describe('draft store', () => {
  it('has each keystroke stored within 500 ms, without being asked to flush', async () => {
    const drafts = createDraftsRepo(freshDb());
    const store = storeOn(drafts);
    await store.load();

    const typedAt = performance.now();
    store.update({ inquiry: '売' });
    store.update({ inquiry: '売上' });
    await expect.poll(async () => (await drafts.get('popup'))?.value.inquiry, { interval: 5, timeout: 500 }).toBe('売上');
    expect(performance.now() - typedAt).toBeLessThan(500);
  });

  it('writes a draft with one writer (the popup) with a plain put: no read to check for another writer', async () => {
    const repo = createDraftsRepo(freshDb());
    const calls: string[] = [];
    const drafts = {
      ...repo,
      replace: (...args: Parameters<typeof repo.replace>) => (calls.push('replace'), repo.replace(...args)),
      overwrite: (...args: Parameters<typeof repo.overwrite>) => (calls.push('overwrite'), repo.overwrite(...args)),
    };
    const store = createDraftStore({ key: 'popup', drafts, soleWriter: true, fresh: () => emptyDraft(opened), now: () => opened });
    await store.load();
    store.update({ inquiry: '売' });
    await store.flush();
    store.update({ inquiry: '売上' });
    await store.flush();
    expect(calls).toEqual(['overwrite', 'overwrite']);
    const stored = await repo.get('popup');
    expect(stored?.value.inquiry).toBe('売上');

    // Opened again, it goes on from the stamp stored, each later than the one before.
    const again = createDraftStore({ key: 'popup', drafts, soleWriter: true, fresh: () => emptyDraft(opened), now: () => opened });
    await again.load();
    again.update({ inquiry: '売上が減った' });
    await again.flush();
    const next = await repo.get('popup');
    expect(next?.value.inquiry).toBe('売上が減った');
    expect(next!.updatedAt > stored!.updatedAt).toBe(true);
  });

  it('brings the draft back when the page is opened again, and says so', async () => {
    const drafts = createDraftsRepo(freshDb());
    const first = storeOn(drafts);
    await first.load();
    first.update({ inquiry: '資金繰りの相談', channel: 'phone', tagIds: ['topic-finance'] });
    await first.flush();
    first.dispose();

    const reopened = storeOn(drafts);
    await reopened.load();
    expect(reopened.fields.value).toMatchObject({ inquiry: '資金繰りの相談', channel: 'phone', tagIds: ['topic-finance'] });
    expect(reopened.restored.value).toBe(true);
  });

  it('issues the write of a keystroke at once, before anything else runs', async () => {
    const drafts = createDraftsRepo(freshDb());
    const issued: string[] = [];
    const watched = {
      ...drafts,
      replace: (key: string, value: Record<string, unknown>, seen: string | null) => {
        issued.push(String(value.inquiry));
        return drafts.replace(key, value, seen);
      },
    };
    const store = createDraftStore({ key: 'popup', drafts: watched, fresh: () => emptyDraft(opened), now: () => opened });
    await store.load();

    store.update({ inquiry: '売' });
    expect(issued).toEqual(['売']); // no await in between: a page closed right now still has it queued in IndexedDB
    await store.flush();
  });

  it('issues the write of a keystroke before the views watching the draft react to it', async () => {
    const drafts = createDraftsRepo(freshDb());
    const order: string[] = [];
    const watched = {
      ...drafts,
      replace: (key: string, value: Record<string, unknown>, seen: string | null) => {
        order.push(`put ${String(value.inquiry)}`);
        return drafts.replace(key, value, seen);
      },
    };
    const store = createDraftStore({ key: 'popup', drafts: watched, fresh: () => emptyDraft(opened), now: () => opened });
    await store.load();
    const stop = effect(() => void order.push(`seen ${store.fields.value.inquiry}`));

    store.update({ inquiry: '売' });
    expect(order).toEqual(['seen ', 'put 売', 'seen 売']);
    stop();
    await store.flush();
  });

  it('takes typing before the stored draft is read, and merges both when it arrives', async () => {
    const drafts = createDraftsRepo(freshDb());
    await drafts.update('popup', () => ({ ...emptyDraft(opened, 'b1'), inquiry: '前回: 資金繰り', tagIds: ['topic-finance'] }));
    const store = storeOn(drafts);

    // The page is open and the advisor types before anyone asked for the stored draft.
    store.update({ inquiry: '今日: 借換の相談' });
    store.update({ tagIds: ['topic-subsidy'], channel: 'phone' });
    expect(store.ready.value).toBe(false);
    await store.flush();

    expect(store.ready.value).toBe(true);
    expect(store.restored.value).toBe(true);
    const merged = {
      businessId: 'b1',
      inquiry: '前回: 資金繰り\n今日: 借換の相談',
      tagIds: ['topic-finance', 'topic-subsidy'],
      channel: 'phone',
    };
    expect(store.fields.value).toMatchObject(merged);
    expect((await drafts.get('popup'))?.value).toMatchObject(merged);
  });

  it('writes nothing over the stored draft before it has been read', async () => {
    const db = freshDb();
    const drafts = createDraftsRepo(db);
    await drafts.update('popup', () => ({ ...emptyDraft(opened), inquiry: '消えてはいけないメモ' }));
    const writes: string[] = [];
    const watched = {
      ...drafts,
      replace: async (key: string, value: Record<string, unknown>, seen: string | null) => {
        writes.push(String(value.inquiry));
        return drafts.replace(key, value, seen);
      },
    };
    const store = createDraftStore({ key: 'popup', drafts: watched, fresh: () => emptyDraft(opened), now: () => opened });

    store.update({ inquiry: '追記' });
    await store.flush();
    expect(writes).toEqual(['消えてはいけないメモ\n追記']);
  });

  it('dates a draft with nothing typed at the time it is reopened', async () => {
    const drafts = createDraftsRepo(freshDb());
    await drafts.update('popup', () => ({ ...emptyDraft(opened), businessId: 'b1' }));

    const later = storeOn(drafts, () => new Date('2026-04-02T15:45:00'));
    await later.load();
    await new Promise((r) => setTimeout(r, 50)); // the stored copy observed right after loading must not win
    expect(later.fields.value).toMatchObject({ businessId: 'b1', heldAt: '2026-04-02T15:45' });
    expect(later.restored.value).toBe(false);
  });

  it('is removed by a reset without a business, kept (business only) by a reset with one', async () => {
    const drafts = createDraftsRepo(freshDb());
    const store = storeOn(drafts);
    await store.load();
    store.update({ inquiry: 'メモ' });

    await store.reset(emptyDraft(opened));
    expect(await drafts.get('popup')).toBeNull();

    store.update({ inquiry: 'メモ2' });
    await store.reset(emptyDraft(opened, 'b1'));
    expect((await drafts.get('popup'))?.value).toMatchObject({ businessId: 'b1', inquiry: '' });
  });

  it('keeps a quote stored after the last keystroke in the draft a save starts again with', async () => {
    const drafts = createDraftsRepo(freshDb());
    const quote = (stored: Draft | null) => ({ ...stored!.value, inquiry: `${String(stored!.value.inquiry)}\n\n> 引用\n` });
    for (const [businessId, settleMs] of [
      ['b1', 0],
      [null, 0],
      ['b1', 20],
      [null, 20],
    ] as const) {
      const store = storeOn(drafts);
      await store.load();
      store.update({ inquiry: '保存するメモ', tagIds: ['topic-finance'] });
      await store.flush();
      const saved = store.fields.value;
      await drafts.update('popup', quote); // lands while the note is being saved
      await new Promise((r) => setTimeout(r, settleMs)); // the editor may take it in before the save ends

      await store.reset(emptyDraft(opened, businessId), saved);
      const kept = { businessId, inquiry: '> 引用\n', tagIds: [] };
      expect(store.fields.value).toMatchObject(kept);
      expect((await drafts.get('popup'))?.value).toMatchObject(kept);
      store.dispose();
      await drafts.remove('popup');
    }
  });

  it('takes in a draft written elsewhere (the context menu) but never its own echo over newer typing', async () => {
    const drafts = createDraftsRepo(freshDb());
    const store = storeOn(drafts);
    await store.load();

    await drafts.update('popup', () => ({ ...emptyDraft(opened), inquiry: '> 引用した文\n' }));
    await expect.poll(() => store.fields.value.inquiry).toBe('> 引用した文\n');

    store.update({ inquiry: '> 引用した文\n追記' });
    store.update({ inquiry: '> 引用した文\n追記です' });
    await store.flush();
    await new Promise((r) => setTimeout(r, 50)); // let every echo of our own writes arrive
    expect(store.fields.value.inquiry).toBe('> 引用した文\n追記です');
  });

  it('keeps a quote the background adds between reading the draft and writing the next keystroke', async () => {
    const drafts = createDraftsRepo(freshDb());
    let quoteLands: (() => Promise<unknown>) | null = () =>
      drafts.update('popup', (stored) => ({
        ...stored!.value,
        inquiry: `${String(stored!.value.inquiry)}\n\n> 引用した文\n`,
        source: { url: 'https://a.example/', title: 'A' },
      }));
    const racing = {
      ...drafts,
      // The quote is stored after this editor last read the draft, just before its write reaches the table.
      replace: async (key: string, value: Record<string, unknown>, seen: string | null) => {
        const landing = quoteLands;
        quoteLands = null;
        await landing?.();
        return drafts.replace(key, value, seen);
      },
    };
    await drafts.update('popup', () => ({ ...emptyDraft(opened), inquiry: '訪問メモ' }));
    const store = createDraftStore({
      key: 'popup',
      drafts: racing,
      observe: drafts.observe,
      fresh: () => emptyDraft(opened),
      now: () => opened,
    });
    await store.load();

    store.update({ inquiry: '訪問メモ。社長と面談', tagIds: ['topic-finance'] });
    await store.flush();

    const both = {
      inquiry: '訪問メモ。社長と面談\n\n> 引用した文\n',
      tagIds: ['topic-finance'],
      source: { url: 'https://a.example/', title: 'A' },
    };
    expect(store.fields.value).toMatchObject(both);
    expect((await drafts.get('popup'))?.value).toMatchObject(both);
  });

  it('shows a quote stored while its own write was under way, once that write is done', async () => {
    const drafts = createDraftsRepo(freshDb());
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const slow = {
      ...drafts,
      // The keystroke's write commits, but this editor hears back only after the quote was stored too.
      replace: async (key: string, value: Record<string, unknown>, seen: string | null) => {
        const outcome = await drafts.replace(key, value, seen);
        await held;
        return outcome;
      },
    };
    const store = createDraftStore({
      key: 'popup',
      drafts: slow,
      observe: drafts.observe,
      fresh: () => emptyDraft(opened),
      now: () => opened,
    });
    await store.load();

    store.update({ inquiry: '訪問メモ' });
    await expect.poll(async () => (await drafts.get('popup'))?.value.inquiry).toBe('訪問メモ');
    await drafts.update('popup', (stored) => ({ ...stored!.value, inquiry: `${String(stored!.value.inquiry)}\n\n> 引用\n` }));
    await new Promise((r) => setTimeout(r, 20)); // its notice arrives while the write is still under way
    release();
    await store.flush();

    await expect.poll(() => store.fields.value.inquiry).toBe('訪問メモ\n\n> 引用\n');
    store.update({ inquiry: '訪問メモ\n\n> 引用\n追記' });
    await store.flush();
    expect((await drafts.get('popup'))?.value.inquiry).toBe('訪問メモ\n\n> 引用\n追記');
  });

  it('falls back field by field when a stored draft is malformed', async () => {
    const drafts = createDraftsRepo(freshDb());
    await drafts.update('popup', () => ({
      inquiry: 42,
      channel: 'fax',
      tagIds: ['topic-tax', 3],
      actions: [{ side: 'nobody', text: '電話する' }],
    }));
    const store = storeOn(drafts);
    await store.load();
    expect(store.fields.value).toMatchObject({
      inquiry: '',
      channel: 'counter',
      tagIds: ['topic-tax'],
      actions: [{ side: 'owner', text: '電話する', dueDate: '' }],
    });
  });

  it('starts a new note from the defaults, under what the advisor chose and what a stored note says', async () => {
    const drafts = createDraftsRepo(freshDb());
    const withDefaults = () =>
      createDraftStore({
        key: 'popup',
        drafts,
        fresh: () => emptyDraft(opened),
        now: () => opened,
        defaults: async () => ({ channel: 'visit', programme: 'kaizen_fukyu' }),
      });
    const fresh = withDefaults();
    await fresh.load();
    expect(fresh.fields.value).toMatchObject({ channel: 'visit', programme: 'kaizen_fukyu' });

    const chosen = withDefaults();
    chosen.update({ channel: 'phone' }); // before the stored draft and the defaults were read
    await chosen.load();
    expect(chosen.fields.value).toMatchObject({ channel: 'phone', programme: 'kaizen_fukyu' });
    await chosen.flush();

    await drafts.update('popup', () => ({ inquiry: '引用した文', channel: 'email' })); // a note already typed, its channel said
    const restored = withDefaults();
    await restored.load();
    expect(restored.fields.value).toMatchObject({ inquiry: '引用した文', channel: 'email', programme: 'kaizen_fukyu' });
  });
});
