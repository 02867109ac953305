import { describe, expect, it } from 'vitest';
import type { DirectoryResponse } from '../../../shared';
import { refreshDirectory, signedInFromDirectory } from '../../../extension/background/directory-refresh';
import { loadDirectory } from '../../../extension/db/directory-repo';
import { freshDb } from '../support/db';

const directory: DirectoryResponse = {
  organisation: {
    id: 'org',
    name: '輪島商工会',
    kind: null,
    prefecture: null,
    municipality: '',
    fiscalYearStartMonth: 4,
    bansoRule: null,
    startupAreas: null,
  },
  advisors: [{ id: 'me', name: '佐藤 一郎', jobTitle: null, role: 'manager', active: true }],
};

describe('after a sync', () => {
  it('keeps the signed-in advisor’s name, role and organisation as the directory says, and says when nothing changed', () => {
    const stored = { id: 'me', name: '佐藤', role: 'advisor' as const, organisationName: '輪島商工会' };
    expect(signedInFromDirectory(stored, directory)).toEqual({
      id: 'me',
      name: '佐藤 一郎',
      role: 'manager',
      organisationName: '輪島商工会',
    });
    expect(signedInFromDirectory({ id: 'me', name: '佐藤 一郎', role: 'manager', organisationName: '輪島商工会' }, directory)).toBeNull();
    expect(signedInFromDirectory({ id: 'someone-else', name: 'x' }, directory)).toBeNull();
    expect(signedInFromDirectory(null, directory)).toBeNull();
  });

  it('stores the directory, and leaves the stored one alone when the fetch fails', async () => {
    const db = freshDb();
    const seen: DirectoryResponse[] = [];
    await refreshDirectory(db, { directory: async () => ({ ok: true, value: directory }) }, async (d) => void seen.push(d));
    expect((await loadDirectory(db)).advisors.map((a) => a.name)).toEqual(['佐藤 一郎']);
    expect(seen).toEqual([directory]);
    await refreshDirectory(db, { directory: async () => ({ ok: false, failure: { kind: 'network', message: 'offline' } }) });
    expect((await loadDirectory(db)).advisors.map((a) => a.name)).toEqual(['佐藤 一郎']);
  });
});
