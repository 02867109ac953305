import { describe, expect, it } from 'vitest';
import { sameBesides } from '../../../extension/draft/same-besides';

describe('sameBesides', () => {
  const tags = ['topic-finance'];
  const base = { inquiry: 'a', channel: 'phone', tagIds: tags };

  it('ignores the excepted field, and compares the others by identity', () => {
    expect(sameBesides(base, { ...base, inquiry: 'ab' }, 'inquiry')).toBe(true);
    expect(sameBesides(base, { ...base, channel: 'visit' }, 'inquiry')).toBe(false);
    // A new array with the same tags is a change: the tag picker gets the new one.
    expect(sameBesides(base, { ...base, tagIds: [...tags] }, 'inquiry')).toBe(false);
  });

  it('sees a field added or gone', () => {
    expect(sameBesides(base, { ...base, sensitive: true } as typeof base, 'inquiry')).toBe(false);
    const { channel: _, ...without } = base;
    expect(sameBesides(base, without as typeof base, 'inquiry')).toBe(false);
  });
});
