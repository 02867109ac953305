import { describe, expect, it } from 'vitest';
import type { Mutation, RecordEnvelope } from '../../../shared';
import { landed } from '../../../extension/sync/landed';

const R = '0190f0f0-0000-7000-8000-000000000001';
const env = (kind: RecordEnvelope['kind'], id: string, data: Record<string, unknown>): RecordEnvelope => ({
  kind,
  id,
  version: 3,
  authorId: null,
  createdAt: '',
  updatedAt: '',
  redacted: false,
  data,
});
const m = (fields: Record<string, unknown>): Mutation => ({ id: 4, kind: 'business', recordId: R, baseVersion: 1, fields }) as Mutation;

describe('landed', () => {
  it('is true when the server already holds every value (a no-op)', () => {
    expect(landed(m({ vision: '将来像', employees: 3 }), env('business', R, { vision: '将来像', employees: 3 }), [])).toBe(true);
  });

  it('is true when the text went into a conflict copy', () => {
    const copy = env('conflict', '0190f0f0-0000-7000-8000-0000000000c1', {
      recordKind: 'business',
      recordId: R,
      field: 'vision',
      text: 'Aの将来像',
    });
    expect(landed(m({ vision: 'Aの将来像' }), env('business', R, { vision: 'Bの将来像' }), [copy])).toBe(true);
  });

  it('is false when the server has neither the value nor a copy, or no record at all', () => {
    expect(landed(m({ vision: 'Aの将来像' }), env('business', R, { vision: 'Bの将来像' }), [])).toBe(false);
    expect(landed(m({ name: '山田商店' }), null, [])).toBe(false);
  });
});
