import { describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY } from '../../../shared';
import { openLocalStore } from '../../../extension/db/open-store';
import { seedDefaultTaxonomy } from '../../../extension/db/seed-taxonomy';
import { loadTaxonomy } from '../../../extension/db/tag-queries';
import { freshDb, freshDbName } from '../support/db';

describe('default taxonomy', () => {
  it('is seeded on first open with the server’s slug ids and no outbox entries', async () => {
    const db = await openLocalStore(freshDbName());

    const taxonomy = await loadTaxonomy(db);
    expect(taxonomy.map((g) => g.group.id)).toEqual(DEFAULT_TAXONOMY.map((g) => g.id));
    expect(taxonomy[0]!.tags.slice(0, 2).map((t) => [t.id, t.name])).toEqual([
      ['topic-general', '経営一般'],
      ['topic-finance', '金融'],
    ]);
    expect(await db.tags.count()).toBe(DEFAULT_TAXONOMY.reduce((n, g) => n + g.tags.length, 0));
    expect((await db.tags.get('wall-unseen'))?.version).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('is seeded only once: a tag changed afterwards is not put back', async () => {
    const db = freshDb();
    expect(await seedDefaultTaxonomy(db)).toBe(true);
    await db.tags.update('topic-finance', { name: '金融・資金繰り' });

    expect(await seedDefaultTaxonomy(db)).toBe(false);
    expect((await db.tags.get('topic-finance'))?.name).toBe('金融・資金繰り');
  });
});
