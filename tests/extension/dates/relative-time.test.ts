import { describe, expect, it } from 'vitest';
import { relativeTime } from '../../../extension/dates/relative-time';

const now = Date.parse('2026-12-06T12:00:00Z');
const ago = (ms: number) => new Date(now - ms).toISOString();

describe('relative time', () => {
  it('says たった今 under a minute, and for a time after `now` (a view’s clock lags behind a sync)', () => {
    expect(relativeTime(ago(0), now, 'ja', 'たった今')).toBe('たった今');
    expect(relativeTime(ago(59_000), now, 'ja', 'たった今')).toBe('たった今');
    expect(relativeTime(ago(-6_000), now, 'ja', 'たった今')).toBe('たった今');
    expect(relativeTime(ago(-3 * 3_600_000), now, 'en', 'just now')).toBe('just now');
  });

  it('counts minutes, hours and days back', () => {
    expect(relativeTime(ago(60_000), now, 'ja', 'たった今')).toBe('1 分前');
    expect(relativeTime(ago(3 * 3_600_000), now, 'ja', 'たった今')).toBe('3 時間前');
    expect(relativeTime(ago(2 * 86_400_000), now, 'en', 'just now')).toBe('2 days ago');
  });
});
