import { describe, expect, it } from 'vitest';
import { runReminders } from '../../../extension/background/reminders';
import { loadFollowUps } from '../../../extension/db/follow-up-queries';
import { loadNotified, saveNotified } from '../../../extension/db/reminder-state';
import { todayIn } from '../../../extension/karte/due';
import { translator } from '../../../extension/locales';
import { karteSetup, type KarteSetup } from '../support/karte';

function reminders(s: KarteSetup, fail = false) {
  const shown: { title: string; message: string }[] = [];
  const run = () =>
    runReminders({
      followUps: () => loadFollowUps(s.db, null, todayIn(s.clock.now)),
      loadNotified: () => loadNotified(s.db),
      saveNotified: (state) => saveNotified(s.db, state),
      notify: async (title, message) => {
        if (fail) throw new Error('notifications are blocked');
        shown.push({ title, message });
      },
      translate: async () => translator('ja'),
      now: () => s.clock.now,
    });
  return { shown, run };
}

describe('reminders', () => {
  it('notify once on the due day (Tokyo), never twice for the same action and date', async () => {
    const s = karteSetup('2026-04-19T14:00:00.000Z'); // 19 April 23:00 in Tokyo
    const b = await s.repo.create('business', { name: '山田商店' });
    await s.repo.create('action', { businessId: b.id, side: 'owner', text: '資金繰り表を作る', dueDate: '2026-04-20' });
    const r = reminders(s);

    expect(await r.run()).toEqual([]);
    s.clock.now = new Date('2026-04-19T15:30:00.000Z'); // 20 April 00:30 in Tokyo
    expect((await r.run()).map((f) => f.action.text)).toEqual(['資金繰り表を作る']);
    expect(r.shown).toEqual([{ title: '期日の来た行動が1件あります', message: '山田商店: 資金繰り表を作る' }]);
    s.clock.now = new Date('2026-04-20T05:00:00.000Z');
    expect(await r.run()).toEqual([]);
    expect(r.shown).toHaveLength(1);
  });

  it('remind again when the due date moves, and of actions missed while the browser was closed', async () => {
    const s = karteSetup('2026-04-20T01:00:00.000Z');
    const b = await s.repo.create('business', { name: '山田商店' });
    const a = await s.repo.create('action', { businessId: b.id, side: 'advisor', text: '専門家を手配', dueDate: '2026-04-20' });
    for (const text of ['一', '二', '三']) await s.repo.create('action', { businessId: b.id, side: 'owner', text, dueDate: '2026-04-15' });
    const r = reminders(s);
    await r.run();
    expect(r.shown[0]).toEqual({
      title: '期日の来た行動が4件あります',
      message: '【期日超過】山田商店: 一\n【期日超過】山田商店: 二\n【期日超過】山田商店: 三\nほか1件',
    });
    await s.repo.update('action', a.id, { dueDate: '2026-04-22' });
    s.clock.now = new Date('2026-04-22T01:00:00.000Z');
    await r.run();
    expect(r.shown[1]).toEqual({ title: '期日の来た行動が1件あります', message: '山田商店: 専門家を手配' });
  });

  it('keep the state unsaved when the notification fails, so the next run tries again', async () => {
    const s = karteSetup('2026-04-20T01:00:00.000Z');
    const b = await s.repo.create('business', { name: '山田商店' });
    await s.repo.create('action', { businessId: b.id, side: 'owner', text: '原価表', dueDate: '2026-04-20' });
    await expect(reminders(s, true).run()).rejects.toThrow('notifications are blocked');
    expect(await loadNotified(s.db)).toEqual({});
    expect(await reminders(s).run()).toHaveLength(1);
  });
});
