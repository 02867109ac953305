import type { RecordEnvelope } from '../../shared/sync.ts';
import { DEFAULT_TAXONOMY } from '../../shared/taxonomy.ts';

const SEEDED_AT = '2023-04-01T00:00:00.000Z';

/** The default taxonomy as tagGroup and tag records, as every organisation is seeded. */
export function taxonomyRecords(): RecordEnvelope[] {
  const envelope = (kind: 'tagGroup' | 'tag', id: string, data: Record<string, unknown>): RecordEnvelope => ({
    kind,
    id,
    version: 1,
    authorId: null,
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
    redacted: false,
    data,
  });
  return DEFAULT_TAXONOMY.flatMap((g, gi) => [
    envelope('tagGroup', g.id, { name: g.name, order: gi, deleted: false }),
    ...g.tags.map(([id, name], ti) => envelope('tag', id, { groupId: g.id, name, order: ti, deleted: false })),
  ]);
}
