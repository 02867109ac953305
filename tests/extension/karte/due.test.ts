import { describe, expect, it } from 'vitest';
import { badgeText, dueBuckets, remindersToFire, todayIn } from '../../../extension/karte/due';
import { nextLocalMidnight, startOfLocalDay } from '../../../extension/dates/local-date';
import { anAction } from '../../fixtures/records';

describe('due dates in the advisor’s day', () => {
  it('changes day at midnight in Tokyo, not in UTC', () => {
    expect(todayIn(Date.parse('2026-04-01T14:59:59Z'))).toBe('2026-04-01');
    expect(todayIn(Date.parse('2026-04-01T15:00:00Z'))).toBe('2026-04-02');
    expect(todayIn(Date.parse('2026-04-01T15:00:00Z'), 'Europe/London')).toBe('2026-04-01');
    expect(startOfLocalDay('2026-04-02')).toBe(Date.parse('2026-04-01T15:00:00Z'));
    expect(nextLocalMidnight(Date.parse('2026-04-01T03:00:00Z'))).toBe(Date.parse('2026-04-01T15:00:00Z'));
  });

  it('sorts open actions into overdue, today, upcoming (7 days), later and undated, earliest first', () => {
    const a = {
      overdue: anAction({ dueDate: '2026-03-31' }),
      older: anAction({ dueDate: '2026-03-01' }),
      today: anAction({ dueDate: '2026-04-01' }),
      week: anAction({ dueDate: '2026-04-08' }),
      later: anAction({ dueDate: '2026-04-09' }),
      undated: anAction(),
      done: anAction({ dueDate: '2026-03-30', done: true }),
      deleted: anAction({ dueDate: '2026-04-01', deleted: true }),
    };
    const b = dueBuckets(Object.values(a), '2026-04-01');
    expect(b.overdue).toEqual([a.older, a.overdue]);
    expect(b.today).toEqual([a.today]);
    expect(b.upcoming).toEqual([a.week]);
    expect(b.later).toEqual([a.later]);
    expect(b.undated).toEqual([a.undated]);
    expect(badgeText(Object.values(a), '2026-04-01')).toBe('3');
    expect(badgeText([a.week], '2026-04-01')).toBe('');
  });

  it('an action due 4月1日 becomes overdue at Tokyo midnight', () => {
    const action = anAction({ dueDate: '2026-04-01' });
    expect(dueBuckets([action], todayIn(Date.parse('2026-04-01T14:59:00Z'))).today).toEqual([action]);
    expect(dueBuckets([action], todayIn(Date.parse('2026-04-01T15:01:00Z'))).overdue).toEqual([action]);
  });
});

describe('reminders', () => {
  it('fires on the due day once, however often the alarm runs', () => {
    const due = anAction({ dueDate: '2026-04-01' });
    const tomorrow = anAction({ dueDate: '2026-04-02' });
    const first = remindersToFire([due, tomorrow], '2026-04-01', {});
    expect(first.fire).toEqual([due]);
    expect(remindersToFire([due, tomorrow], '2026-04-01', first.notified).fire).toEqual([]);
    const nextDay = remindersToFire([due, tomorrow], '2026-04-02', first.notified);
    expect(nextDay.fire).toEqual([tomorrow]); // `due`, now overdue, is not repeated
  });

  it('fires once for an action missed while the browser was closed', () => {
    const missed = anAction({ dueDate: '2026-03-28' });
    const run = remindersToFire([missed], '2026-04-01', {});
    expect(run.fire).toEqual([missed]);
    expect(remindersToFire([missed], '2026-04-03', run.notified).fire).toEqual([]);
  });

  it('fires again when the due date is moved, and forgets actions done or deleted', () => {
    const action = anAction({ dueDate: '2026-04-01' });
    const run = remindersToFire([action], '2026-04-01', {});
    const moved = { ...action, dueDate: '2026-04-03' };
    expect(remindersToFire([moved], '2026-04-02', run.notified)).toEqual({ fire: [], notified: {} });
    expect(remindersToFire([moved], '2026-04-03', run.notified).fire).toEqual([moved]);
    expect(remindersToFire([{ ...action, done: true }], '2026-04-01', run.notified)).toEqual({ fire: [], notified: {} });
  });
});
