import { describe, expect, it } from 'vitest';
import type { Mutation, RecordEnvelope } from '../../../shared';
import { effectiveBaseVersions, rebasedBaseVersions } from '../../../extension/sync/base-versions';

const R = '0190f0f0-0000-7000-8000-000000000001';
const m = (id: number, baseVersion: number, fields: Record<string, unknown>, recordId = R): Mutation =>
  ({ id, kind: 'business', recordId, baseVersion, fields }) as Mutation;
const server = (version: number, data: Record<string, unknown>): RecordEnvelope => ({
  kind: 'business',
  id: R,
  version,
  authorId: null,
  createdAt: '',
  updatedAt: '',
  redacted: false,
  data,
});

describe('effectiveBaseVersions (rule 1, at send time)', () => {
  it('caps an edit at the baseVersion of the pending edit of the same field it was typed over', () => {
    const bases = effectiveBaseVersions([m(1, 5, { vision: 'A1' }), m(2, 7, { vision: 'A2' }), m(3, 7, { name: '山田' })]);
    expect([...bases]).toEqual([
      [1, 5],
      [2, 5],
      [3, 7],
    ]);
  });

  it('leaves other records and other fields alone', () => {
    const other = '0190f0f0-0000-7000-8000-000000000002';
    expect([...effectiveBaseVersions([m(1, 5, { vision: 'A1' }), m(2, 9, { vision: 'B' }, other)])]).toEqual([
      [1, 5],
      [2, 9],
    ]);
  });
});

describe('rebasedBaseVersions (rule 2, when an edit leaves the queue)', () => {
  it('lets a follower claim the server version when the server holds what it saw', () => {
    const changes = rebasedBaseVersions(server(12, { vision: 'A1' }), [m(1, 5, { vision: 'A1' })], [m(2, 7, { vision: 'A2' })]);
    expect([...changes]).toEqual([[2, 12]]);
  });

  it('keeps the follower at the older baseVersion when the server kept someone else’s text', () => {
    const changes = rebasedBaseVersions(server(12, { vision: 'B' }), [m(1, 5, { vision: 'A1' })], [m(2, 7, { vision: 'A2' })]);
    expect([...changes]).toEqual([[2, 5]]);
  });

  it('does not raise a follower that also changes a field nobody overlaid', () => {
    const changes = rebasedBaseVersions(
      server(12, { vision: 'A1' }),
      [m(1, 5, { vision: 'A1' })],
      [m(2, 7, { vision: 'A2', name: '山田' })],
    );
    expect(changes.size).toBe(0);
  });

  it('ignores a departed edit when a still-pending one wrote the field in between', () => {
    const changes = rebasedBaseVersions(
      server(12, { vision: 'B' }),
      [m(1, 5, { vision: 'A1' })],
      [m(2, 3, { vision: 'A2' }), m(3, 7, { vision: 'A3' })],
    );
    // Entry 3 followed entry 2 (still queued, and rule 1 covers it at send time), not entry 1.
    expect(changes.has(3)).toBe(false);
    expect(changes.size).toBe(0);
  });
});
