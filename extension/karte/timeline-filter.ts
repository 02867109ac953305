import { CHANNELS, PROGRAMMES, type Channel, type Programme } from '../../shared/enums';

/**
 * Narrowing a karte's timeline by tag, channel, programme and advisor (the record's author).
 * A null criterion lets everything through.
 */
export interface TimelineFilter {
  tagId: string | null;
  channel: Channel | null;
  programme: Programme | null;
  authorId: string | null;
}

export const NO_FILTER: TimelineFilter = { tagId: null, channel: null, programme: null, authorId: null };

export interface TimelineItem {
  tagIds: readonly string[];
  channel: Channel;
  programme: Programme | null;
  authorId: string | null;
}

/** The author key of consultations written on this device before any sign-in (no author yet, no advisor known). */
export const LOCAL_AUTHOR = 'local';

/** The author the filter knows a consultation by: one written here and not yet synced back is `me`'s. */
export const authorKey = (c: { authorId: string | null }, me: string | null): string => c.authorId ?? me ?? LOCAL_AUTHOR;

export function filterTimeline<T extends TimelineItem>(items: readonly T[], f: TimelineFilter, me: string | null): T[] {
  return items.filter(
    (c) =>
      (f.tagId === null || c.tagIds.includes(f.tagId)) &&
      (f.channel === null || c.channel === f.channel) &&
      (f.programme === null || c.programme === f.programme) &&
      (f.authorId === null || authorKey(c, me) === f.authorId),
  );
}

export interface TimelineFacets {
  tagIds: Set<string>;
  channels: Channel[];
  programmes: Programme[];
  /** Author keys (authorKey) in the order of their latest consultation; the lists of codes in code order. */
  authorIds: string[];
}

/** What the timeline's filters offer: only values some consultation of this karte has. */
export function timelineFacets(items: readonly TimelineItem[], me: string | null): TimelineFacets {
  const tagIds = new Set<string>();
  const channels = new Set<Channel>();
  const programmes = new Set<Programme>();
  const authors = new Set<string>();
  for (const c of items) {
    for (const t of c.tagIds) tagIds.add(t);
    channels.add(c.channel);
    if (c.programme) programmes.add(c.programme);
    authors.add(authorKey(c, me));
  }
  return {
    tagIds,
    channels: CHANNELS.filter((c) => channels.has(c)),
    programmes: PROGRAMMES.filter((p) => programmes.has(p)),
    authorIds: [...authors],
  };
}
