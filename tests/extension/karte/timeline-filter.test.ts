import { describe, expect, it } from 'vitest';
import { isMyAction } from '../../../extension/karte/owner';
import { filterTimeline, LOCAL_AUTHOR, NO_FILTER, timelineFacets } from '../../../extension/karte/timeline-filter';
import { aConsultation } from '../../fixtures/records';

const ME = '01900000-0000-7000-8000-000000000001';
const OTHER = '01900000-0000-7000-8000-000000000002';

describe('timeline filter', () => {
  const items = [
    aConsultation({ tagIds: ['topic-finance'], channel: 'visit', programme: 'kaizen_fukyu', authorId: OTHER }),
    aConsultation({ tagIds: ['topic-finance', 'wall-unseen'], channel: 'phone', programme: null, authorId: ME }),
    aConsultation({ tagIds: ['topic-sales'], channel: 'visit', programme: 'yorozu', authorId: null }),
  ];

  it('lets everything through with no criterion, and narrows by each criterion together', () => {
    expect(filterTimeline(items, NO_FILTER, ME)).toHaveLength(3);
    expect(filterTimeline(items, { ...NO_FILTER, tagId: 'topic-finance' }, ME)).toEqual([items[0], items[1]]);
    expect(filterTimeline(items, { ...NO_FILTER, tagId: 'topic-finance', channel: 'visit' }, ME)).toEqual([items[0]]);
    expect(filterTimeline(items, { ...NO_FILTER, programme: 'yorozu' }, ME)).toEqual([items[2]]);
    expect(filterTimeline(items, { ...NO_FILTER, channel: 'email' }, ME)).toEqual([]);
  });

  it('counts a consultation not yet synced back (no author) as the signed-in advisor’s', () => {
    expect(filterTimeline(items, { ...NO_FILTER, authorId: ME }, ME)).toEqual([items[1], items[2]]);
    expect(filterTimeline(items, { ...NO_FILTER, authorId: OTHER }, ME)).toEqual([items[0]]);
    // Before sign-in, such consultations are "this device".
    expect(filterTimeline(items, { ...NO_FILTER, authorId: LOCAL_AUTHOR }, null)).toEqual([items[2]]);
  });

  it('offers only values the karte has, codes in their fixed order', () => {
    const f = timelineFacets(items, ME);
    expect([...f.tagIds].sort()).toEqual(['topic-finance', 'topic-sales', 'wall-unseen']);
    expect(f.channels).toEqual(['visit', 'phone']);
    expect(f.programmes).toEqual(['kaizen_fukyu', 'yorozu']);
    expect(f.authorIds).toEqual([OTHER, ME]);
  });
});

describe('whose action', () => {
  const action = (authorId: string | null) => ({ authorId });
  it('is everyone’s when no advisor is known, and one’s own when written here', () => {
    expect(isMyAction(null, action(OTHER), null, null)).toBe(true);
    expect(isMyAction(ME, action(null), null, null)).toBe(true);
    expect(isMyAction(ME, action(ME), null, null)).toBe(true);
  });

  it('follows the consultation (author or attending advisor) or the business', () => {
    expect(isMyAction(ME, action(OTHER), { authorId: ME, advisorIds: [] }, { authorId: OTHER })).toBe(true);
    expect(isMyAction(ME, action(OTHER), { authorId: OTHER, advisorIds: [ME] }, { authorId: OTHER })).toBe(true);
    expect(isMyAction(ME, action(OTHER), null, { authorId: ME })).toBe(true);
    expect(isMyAction(ME, action(OTHER), { authorId: OTHER, advisorIds: [] }, { authorId: OTHER })).toBe(false);
  });
});
