import { describe, expect, it } from 'vitest';
import { createDraftsRepo } from '../../../extension/db/drafts-repo';
import { freshDb } from '../support/db';

const frozen = () => new Date('2026-04-01T10:00:00Z');

describe('drafts repository', () => {
  it('writes a draft only over the version the writer last saw, and hands back the newer one otherwise', async () => {
    const drafts = createDraftsRepo(freshDb(), frozen);
    const first = await drafts.replace('panel', { inquiry: 'メモ' }, null);
    expect(first).toHaveProperty('written');
    const seen = 'written' in first ? first.written : '';

    const quoted = await drafts.update('panel', (stored) => ({ inquiry: `${String(stored?.value.inquiry)}\n\n> 引用\n` }));
    const late = await drafts.replace('panel', { inquiry: 'メモ追記' }, seen);

    expect(late).toEqual({ stored: { key: 'panel', value: { inquiry: 'メモ\n\n> 引用\n' }, updatedAt: quoted } });
    expect((await drafts.get('panel'))?.value.inquiry).toBe('メモ\n\n> 引用\n'); // the refused write left nothing
    expect(await drafts.replace('panel', { inquiry: '新規' }, null)).toHaveProperty('stored');
  });

  it('stamps every version of a draft later than the one before, even within one millisecond', async () => {
    const drafts = createDraftsRepo(freshDb(), frozen);
    const stamps = [
      await drafts.update('panel', () => ({ inquiry: 'a' })),
      await drafts.update('panel', () => ({ inquiry: 'b' })),
      await drafts.update('panel', () => ({ inquiry: 'c' })),
    ];
    const last = await drafts.replace('panel', { inquiry: 'd' }, stamps[2]!);
    expect(last).toEqual({ written: '2026-04-01T10:00:00.003Z' });
    expect(stamps).toEqual(['2026-04-01T10:00:00.000Z', '2026-04-01T10:00:00.001Z', '2026-04-01T10:00:00.002Z']);
  });
});
