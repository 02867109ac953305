import Dexie from 'dexie';
import { expect, it } from 'vitest';
import { createDraftsRepo } from '../../../extension/db/drafts-repo';
import { openKarteDb } from '../../../extension/db/schema';
import { freshDbName } from '../support/db';

it('keeps the drafts a store of version 10 held, now found by key alone', async () => {
  const name = freshDbName();
  const old = new Dexie(name);
  old.version(10).stores({ drafts: 'key, updatedAt', meta: 'key' });
  await old.table('drafts').put({ key: 'popup', value: { inquiry: '閉じる前に書いた相談' }, updatedAt: '2026-12-01T00:00:00.000Z' });
  old.close();

  const db = openKarteDb(name);
  const drafts = createDraftsRepo(db);
  expect(await drafts.get('popup')).toMatchObject({ value: { inquiry: '閉じる前に書いた相談' } });
  expect(db.drafts.schema.indexes).toEqual([]);
  await drafts.update('popup', () => ({ inquiry: '続き' }));
  expect(await drafts.get('popup')).toMatchObject({ value: { inquiry: '続き' } });
  db.close();
});
