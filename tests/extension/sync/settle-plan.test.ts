import { describe, expect, it } from 'vitest';
import type { Mutation, RecordEnvelope } from '../../../shared';
import type { LocalMeta } from '../../../extension/sync/local-row';
import { needsPrevious, planSettle } from '../../../extension/sync/settle-plan';

const A = '0190f0f0-0000-7000-8000-00000000000a';
const B = '0190f0f0-0000-7000-8000-00000000000b';
const env = (id: string, version: number, data: Record<string, unknown>): RecordEnvelope => ({
  kind: 'business',
  id,
  version,
  authorId: 'adv',
  createdAt: 't0',
  updatedAt: 't1',
  redacted: false,
  data,
});
const m = (id: number, recordId: string, baseVersion: number, fields: Record<string, unknown>): Mutation =>
  ({ id, kind: 'business', recordId, baseVersion, fields }) as Mutation;
const row = (id: string): LocalMeta => ({ id, version: 1, authorId: null, createdAt: 't0', updatedAt: 't0', redacted: false });

describe('planSettle', () => {
  it('puts the server copy with still-pending fields on top', () => {
    const plan = planSettle({
      targets: [{ kind: 'business', id: A }],
      left: [],
      pending: [m(4, A, 2, { vision: 'まだ送っていない将来像' })],
      servers: [env(A, 2, { name: '山田商店', vision: 'サーバーの将来像' })],
      previous: [row(A)],
      now: 't2',
    });
    const put = plan.puts.get('business')!;
    expect(put).toHaveLength(1);
    expect(put[0]).toMatchObject({ id: A, name: '山田商店', vision: 'まだ送っていない将来像', version: 2 });
    expect(plan.deletes.size).toBe(0);
  });

  it('deletes a local row whose only creation left without reaching the server', () => {
    const plan = planSettle({
      targets: [{ kind: 'business', id: B }],
      left: [m(1, B, 0, { name: '消える事業者' })],
      pending: [],
      servers: [undefined],
      previous: [row(B)],
      now: 't2',
    });
    expect(plan.puts.size).toBe(0);
    expect(plan.deletes.get('business')).toEqual([B]);
  });

  it('ignores a server copy of another kind under the same id', () => {
    const plan = planSettle({
      targets: [{ kind: 'business', id: B }],
      left: [],
      pending: [],
      servers: [{ ...env(B, 3, {}), kind: 'tag' }],
      previous: [null],
      now: 't2',
    });
    expect(plan.puts.size).toBe(0);
    expect(plan.deletes.size).toBe(0);
  });

  it('moves the baseVersion of a pending entry that followed a departed one of the same field', () => {
    const plan = planSettle({
      targets: [{ kind: 'business', id: A }],
      left: [m(1, A, 1, { vision: 'first' })],
      pending: [m(2, A, 1, { vision: 'second' })],
      servers: [env(A, 2, { name: '山田商店', vision: 'first' })],
      previous: [row(A)],
      now: 't2',
    });
    expect(plan.rebased).toEqual([expect.objectContaining({ id: 2, baseVersion: 2 })]);
  });

  it('reads the local row only where the server copy does not wholly replace it', () => {
    const C = '0190f0f0-0000-7000-8000-00000000000c';
    const targets = [
      { kind: 'business' as const, id: A },
      { kind: 'business' as const, id: B },
      { kind: 'business' as const, id: C },
    ];
    // A: server copy, nothing pending (a first sync) → not read; B: no copy → read; C: copy but pending edits → read.
    expect(needsPrevious(targets, [env(A, 2, {}), undefined, env(C, 1, {})], [m(5, C, 1, { vision: 'x' })])).toEqual([false, true, true]);
  });
});
