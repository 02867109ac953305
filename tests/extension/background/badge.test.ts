import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, composeBadge, updateBadge, type Badge } from '../../../extension/background/badge';
import { loadFollowUps } from '../../../extension/db/follow-up-queries';
import { outboxCounts } from '../../../extension/db/sync-store';
import { translator } from '../../../extension/locales';
import { karteSetup } from '../support/karte';

const ja = translator('ja');

describe('toolbar badge', () => {
  it('shows unsynced changes first, in amber, naming both counts in the tooltip', () => {
    expect(composeBadge({ unsynced: 5, due: 3 }, ja)).toEqual({
      text: '↑5',
      color: BADGE_COLORS.unsynced,
      title: '伴走カルテ\n未同期 5件・期日超過/今日 3件',
    });
  });

  it('otherwise the due and overdue count in red, and nothing when all is well', () => {
    expect(composeBadge({ unsynced: 0, due: 3 }, ja)).toMatchObject({ text: '3', color: BADGE_COLORS.due });
    expect(composeBadge({ unsynced: 0, due: 0 }, ja)).toMatchObject({ text: '', title: '伴走カルテ\n未同期 0件・期日超過/今日 0件' });
    expect(composeBadge({ unsynced: 120, due: 0 }, ja).text).toBe('↑99+');
    expect(composeBadge({ unsynced: 0, due: 100 }, ja).text).toBe('99+');
  });

  it('speaks the advisor’s language', () => {
    expect(composeBadge({ unsynced: 2, due: 1 }, translator('en')).title).toBe('Banso Karte\n2 not synced · 1 due or overdue');
  });

  it('counts pending outbox entries and the actions due by today from the store', async () => {
    const s = karteSetup('2026-04-20T01:00:00.000Z');
    const b = await s.repo.create('business', { name: '山田商店' });
    await s.repo.create('action', { businessId: b.id, side: 'owner', text: '期日を過ぎた行動', dueDate: '2026-04-19' });
    await s.repo.create('action', { businessId: b.id, side: 'owner', text: '今日', dueDate: '2026-04-20' });
    await s.repo.create('action', { businessId: b.id, side: 'owner', text: '来週', dueDate: '2026-04-27' });
    const shown: Badge[] = [];
    const deps = {
      unsyncedCount: async () => (await outboxCounts(s.db)).pending,
      dueCount: async () => (await loadFollowUps(s.db, null, '2026-04-20')).length,
      translate: async () => ja,
      show: async (badge: Badge) => void shown.push(badge),
    };
    await updateBadge(deps);
    expect(shown.at(-1)).toMatchObject({ text: '↑4', title: '伴走カルテ\n未同期 4件・期日超過/今日 2件' });

    // Once sync has taken the outbox (here: the entries acknowledged), the due count shows.
    await s.db.outbox.clear();
    await updateBadge(deps);
    expect(shown.at(-1)).toMatchObject({ text: '2', color: BADGE_COLORS.due });
  });
});
