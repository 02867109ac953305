import { describe, expect, it } from 'vitest';
import type { DirectoryResponse } from '../../../shared';
import { loadDirectory, observeDirectory, saveDirectory } from '../../../extension/db/directory-repo';
import { createDirectoryStore } from '../../../extension/state/directory-store';
import { freshDb } from '../support/db';

const answer = (names: [string, string, boolean][]): DirectoryResponse => ({
  organisation: {
    id: 'org',
    name: '輪島商工会',
    kind: 'society_of_commerce',
    prefecture: 'ishikawa',
    municipality: '輪島市',
    fiscalYearStartMonth: 4,
    bansoRule: null,
    startupAreas: null,
  },
  advisors: names.map(([id, name, active]) => ({ id, name, jobTitle: null, role: 'advisor', active })),
});

describe('the directory on the device', () => {
  it('is empty before the first sync, then holds the answer; the same answer again writes nothing', async () => {
    const db = freshDb();
    expect(await loadDirectory(db)).toEqual({ advisors: [], organisation: null });
    expect(
      await saveDirectory(
        db,
        answer([
          ['b', '山田 花子', true],
          ['a', '佐藤 一郎', true],
        ]),
      ),
    ).toBe(true);
    const stored = await loadDirectory(db);
    expect(stored.advisors.map((a) => a.name).sort()).toEqual(['佐藤 一郎', '山田 花子']);
    expect(stored.organisation).toMatchObject({ prefecture: 'ishikawa', fiscalYearStartMonth: 4, bansoRule: null, startupAreas: null });
    expect(
      await saveDirectory(
        db,
        answer([
          ['a', '佐藤 一郎', true],
          ['b', '山田 花子', true],
        ]),
      ),
    ).toBe(false);
  });

  it('is replaced whole: someone gone from the answer is gone, a disabled colleague stays by name', async () => {
    const db = freshDb();
    await saveDirectory(
      db,
      answer([
        ['a', '佐藤 一郎', true],
        ['b', '山田 花子', true],
        ['c', '試用 アカウント', true],
      ]),
    );
    await saveDirectory(
      db,
      answer([
        ['a', '佐藤 一郎', true],
        ['b', '山田 花子', false],
      ]),
    );
    expect((await loadDirectory(db)).advisors).toEqual([
      { id: 'a', name: '佐藤 一郎', jobTitle: null, role: 'advisor', active: true },
      { id: 'b', name: '山田 花子', jobTitle: null, role: 'advisor', active: false },
    ]);
  });

  it('feeds the store live: colleagues who can be 同席 are the enabled ones other than me, by name', async () => {
    const db = freshDb();
    const store = createDirectoryStore({ observe: (onChange) => observeDirectory(db, onChange), me: async () => 'a' });
    store.start();
    await saveDirectory(
      db,
      answer([
        ['a', '佐藤 一郎', true],
        ['c', 'わたなべ 三郎', true],
        ['b', '山田 花子', true],
        ['d', '田中 次郎', false],
      ]),
    );
    await expect.poll(() => store.colleagues.value.map((c) => c.id)).toEqual(['c', 'b']);
    expect(store.byId.value.get('d')?.name).toBe('田中 次郎');
    store.dispose();
  });
});
