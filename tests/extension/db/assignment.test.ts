import { describe, expect, it } from 'vitest';
import { createKarteWrites } from '../../../extension/db/karte-writes';
import { createRecordsRepo } from '../../../extension/db/records-repo';
import { isMyAction } from '../../../extension/karte/owner';
import { freshDb } from '../support/db';

const ME = '01900000-0000-7000-8000-000000000001';
const OTHER = '01900000-0000-7000-8000-000000000002';

describe('担当指導員', () => {
  it('keeps who was in charge since when, and an unchanged choice writes nothing', async () => {
    const db = freshDb();
    const repo = createRecordsRepo(db);
    const writes = createKarteWrites(repo, () => new Date('2026-04-01T03:00:00Z'));
    const b = await repo.create('business', { name: '山田商店' });
    await writes.assign(b.id, ME);
    await writes.assign(b.id, ME);
    await writes.assign(b.id, OTHER, '2027-04-01');
    const stored = await repo.get('business', b.id);
    expect(stored).toMatchObject({
      assignedAdvisorId: OTHER,
      assignments: [
        { advisorId: ME, from: '2026-04-01' },
        { advisorId: OTHER, from: '2027-04-01' },
      ],
    });
    expect(await db.outbox.count()).toBe(3);
  });

  it('decides whose follow-ups the actions of a business are: its 担当, else who registered it', () => {
    const action = { authorId: OTHER };
    expect(isMyAction(ME, action, null, { authorId: OTHER, assignedAdvisorId: ME })).toBe(true);
    expect(isMyAction(ME, action, null, { authorId: ME, assignedAdvisorId: OTHER })).toBe(false);
    expect(isMyAction(ME, action, null, { authorId: ME, assignedAdvisorId: null })).toBe(true);
  });
});
