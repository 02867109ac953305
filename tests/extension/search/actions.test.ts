// @vitest-environment node
// (The snapshot is stored as a Blob; the faked IndexedDB clones Node's Blob, not happy-dom's.)
import { describe, expect, it } from 'vitest';
import { RECORD_DEFAULTS, type RecordEnvelope } from '../../../shared';
import { createSearchSource } from '../../../extension/db/search-source';
import { createSnapshotStore } from '../../../extension/db/search-snapshot';
import { actionSearchDoc, loadSearchIndex, SEARCH_INDEX_VERSION, SearchIndexFormatError } from '../../../extension/search';
import { packIndexBytes, unpackIndex } from '../../../extension/search/snapshot-pack';
import { aBusiness, aConsultation, anAction } from '../../fixtures/records';
import { ids, indexOf } from './build';
import { aService, aStore, found, pull, settled } from './service-support';

const karte = aBusiness({ name: '加賀精機' });
const visit = aConsultation({ businessId: karte.id, inquiry: '新しい設備の導入を検討している。' });
const quote = anAction({ businessId: karte.id, consultationId: visit.id, side: 'advisor', text: '見積書を送る' });
const onKarte = anAction({ businessId: karte.id, consultationId: null, text: '補助金の公募要領を確認する' });
const OTHER = '0190a5a0-0000-7000-8000-0000000000aa';

describe('next actions in the index', () => {
  it('are found by a phrase of their text, highlighted, with the business and the consultation they were agreed in', () => {
    const index = indexOf({ business: karte }, { consultation: visit }, { action: quote }, { action: onKarte });
    const [hit, ...rest] = index.search('見積書');
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({
      id: quote.id,
      kind: 'action',
      field: 'actionText',
      snippet: '見積書を送る',
      highlights: [[0, 3]],
      businessId: karte.id,
      consultationId: visit.id,
      at: null,
    });
    expect(index.search('公募要領')).toMatchObject([{ id: onKarte.id, kind: 'action', businessId: karte.id, consultationId: null }]);
    // Other kinds carry no consultation.
    expect(index.search('設備の導入')).toMatchObject([{ id: visit.id, kind: 'consultation', consultationId: null }]);
  });

  it('are found only by two characters or more (an action has no title), and kept to their business by its filter', () => {
    const index = indexOf({ business: karte }, { action: quote });
    expect(ids(index, '見')).toEqual([]);
    expect(ids(index, '見積')).toEqual([quote.id]);
    expect(ids(index, '見積', { businessId: karte.id })).toEqual([quote.id]);
    expect(ids(index, '見積', { businessId: aBusiness().id })).toEqual([]);
    expect(ids(index, '見積', { kinds: ['consultation'] })).toEqual([]);
  });

  it('have no document when deleted, or redacted (機微: the text withheld is not indexed at all)', () => {
    expect(actionSearchDoc({ ...quote, deleted: true })).toBeNull();
    expect(actionSearchDoc({ ...quote, text: '', redacted: true })).toBeNull();
    // Even with text left in a row marked redacted: nothing of it goes into the index.
    expect(actionSearchDoc({ ...quote, redacted: true })).toBeNull();
    expect(actionSearchDoc({ ...quote, redacted: false })).toMatchObject({ kind: 'action', text: { actionText: '見積書を送る' } });
  });

  it('come back from the binary snapshot as they were saved, consultation included', async () => {
    const index = indexOf({ business: karte }, { consultation: visit }, { action: quote }, { action: onKarte });
    const loaded = loadSearchIndex(unpackIndex(packIndexBytes(await index.serialize())));
    expect(loaded.search('見積書')).toEqual(index.search('見積書'));
    expect(loaded.search('公募要領')).toEqual(index.search('公募要領'));
    expect(loaded.search('見積書')[0]).toMatchObject({ consultationId: visit.id });
  });

  it('are a new snapshot version: a snapshot saved before them is refused, so the worker builds the index again', async () => {
    expect(SEARCH_INDEX_VERSION).toBeGreaterThanOrEqual(3);
    const older = packIndexBytes({ ...(await indexOf({ business: karte }).serialize()), version: 2 });
    expect(() => unpackIndex(older)).toThrow(SearchIndexFormatError);
    expect(() => unpackIndex(older)).toThrow(/版 2 は読めません/);
  });
});

describe('search service: next actions', () => {
  const pulledAction = (id: string, version: number, businessId: string, text: string, redacted: boolean): RecordEnvelope => ({
    kind: 'action',
    id,
    version,
    authorId: OTHER,
    createdAt: '2020-01-01T00:00:00.000Z',
    updatedAt: '2020-01-01T00:00:00.000Z',
    redacted,
    data: {
      ...RECORD_DEFAULTS.action,
      businessId,
      consultationId: null,
      side: 'owner',
      text,
      dueDate: null,
      done: false,
      doneAt: null,
      deleted: false,
    },
  });

  it('indexes actions when building, and follows their saves, edits and deletes', async () => {
    const { db, repo } = await aStore();
    const business = await repo.create('business', { name: '白山酒造' });
    const first = await repo.create('action', { businessId: business.id, consultationId: null, side: 'owner', text: '見積書を送る' });
    const { service } = aService(db);
    await service.start();
    expect(found(service, '見積書')).toEqual([first.id]);

    const second = await repo.create('action', {
      businessId: business.id,
      consultationId: null,
      side: 'advisor',
      text: '展示会の出展要項を送る',
    });
    await settled(service);
    expect(found(service, '出展要項')).toEqual([second.id]);

    await repo.update('action', first.id, { text: '請求書を送る' });
    await settled(service);
    expect(found(service, '見積書')).toEqual([]);
    expect(found(service, '請求書')).toEqual([first.id]);

    await repo.remove('action', second.id);
    await settled(service);
    expect(found(service, '出展要項')).toEqual([]);
  });

  it('drops an action pulled again redacted (its consultation became 機微), and never indexes a redacted one', async () => {
    const { db, sync } = await aStore();
    const businessId = '0190a5a0-0000-7000-8000-00000000b001';
    const readable = '0190a5a0-0000-7000-8000-0000000000f1';
    const hidden = '0190a5a0-0000-7000-8000-0000000000f2';
    await pull(sync, [pulledAction(readable, 1, businessId, '見積書を送る', false), pulledAction(hidden, 2, businessId, '', true)], 2);
    const { service } = aService(db);
    await service.start();
    expect(found(service, '見積書')).toEqual([readable]);
    expect(service.index.has(hidden)).toBe(false);

    await pull(sync, [pulledAction(readable, 3, businessId, '', true)], 3);
    await settled(service);
    expect(found(service, '見積書')).toEqual([]);
    expect(service.index.has(readable)).toBe(false);
  });

  it('catches up from a snapshot with the actions written while no worker ran', async () => {
    const { db, repo } = await aStore();
    const business = await repo.create('business', { name: '金沢ベーカリー' });
    const first = aService(db);
    await first.service.start();
    await first.service.saveNow();

    const later = await repo.create('action', { businessId: business.id, consultationId: null, side: 'owner', text: '見積書を取り寄せる' });
    // Pushed and acknowledged meanwhile: no outbox entry names it, only its time of writing does.
    await db.outbox.clear();
    const second = aService(db, { snapshots: { load: () => createSnapshotStore(db).load(), save: async () => {} } });
    await second.service.start();
    expect(second.posted.map((m) => (m.type === 'state' ? m.state.phase : m.type))).not.toContain('building');
    expect(found(second.service, '見積書')).toEqual([later.id]);
  });

  it('hears from the records source of actions written since its mark, by their time of writing', async () => {
    const { db, repo } = await aStore();
    const business = await repo.create('business', { name: '輪島朝市商店' });
    const before = await createSearchSource(db, () => Date.now() - 3_600_000).mark();
    const action = await repo.create('action', { businessId: business.id, consultationId: null, side: 'owner', text: '見積書を送る' });
    await db.outbox.clear();
    expect(await createSearchSource(db).changedSince(before)).toContain(action.id);
    const after = await createSearchSource(db, () => Date.now() + 3_600_000).mark();
    expect(await createSearchSource(db).changedSince(after)).not.toContain(action.id);
  });
});
