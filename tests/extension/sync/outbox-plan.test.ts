import { describe, expect, it } from 'vitest';
import type { Mutation, PullResponse, RecordEnvelope } from '../../../shared';
import { NOT_APPLIED } from '../../../extension/sync/landed';
import { acknowledgedOutsidePage, planPullPage, planPushAnswer } from '../../../extension/sync/outbox-plan';

const A = '0190f0f0-0000-7000-8000-00000000000a';
const B = '0190f0f0-0000-7000-8000-00000000000b';
const C = '0190f0f0-0000-7000-8000-00000000000c';
const env = (kind: RecordEnvelope['kind'], id: string, data: Record<string, unknown>): RecordEnvelope => ({
  kind,
  id,
  version: 2,
  authorId: null,
  createdAt: '',
  updatedAt: '',
  redacted: false,
  data,
});
const m = (id: number, recordId: string, fields: Record<string, unknown>): Mutation =>
  ({ id, kind: 'business', recordId, baseVersion: 1, fields }) as Mutation;
const page = (changes: RecordEnvelope[], lastMutationId: number): PullResponse => ({
  protocol: 1,
  changes,
  cursor: 9,
  hasMore: false,
  lastMutationId,
});

describe('planPushAnswer', () => {
  it('refuses the pending entries the server rejected, with its reason or a general one', () => {
    const pending = [m(1, A, { vision: 'a' }), m(2, B, { vision: 'b' }), m(3, C, { vision: 'c' })];
    const response = {
      protocol: 1,
      lastMutationId: 3,
      cursor: 0,
      results: [
        { id: 1, status: 'applied' },
        { id: 2, status: 'rejected', code: 'invalid', message: '名称が長すぎます' },
        { id: 3, status: 'rejected' },
      ],
    } as never;
    const refusals = planPushAnswer(response, pending);
    expect(refusals.map((r) => r.id)).toEqual([2, 3]);
    expect(refusals[0]!.error).toEqual({ code: 'invalid', message: '名称が長すぎます' });
    expect(refusals[1]!.error.code).toBe('rejected');
    expect(refusals[1]!.error.message).not.toBe('');
  });

  it('leaves alone an entry that is no longer pending (already settled by a pull)', () => {
    const response = {
      protocol: 1,
      lastMutationId: 5,
      cursor: 0,
      results: [{ id: 5, status: 'rejected', code: 'x', message: 'y' }],
    } as never;
    expect(planPushAnswer(response, [m(6, A, {})])).toEqual([]);
  });
});

describe('planPullPage', () => {
  it('takes acknowledged entries out once the page brings their record; later ones stay pending', () => {
    const pending = [m(1, A, { vision: 'a' }), m(2, B, { vision: 'b' }), m(3, A, { vision: 'a2' })];
    const plan = planPullPage({
      page: page([env('business', A, { vision: 'a' })], 2),
      final: false,
      pending,
      outsideCopies: [],
      conflicts: [],
    });
    expect(plan.remove).toEqual([1]);
    expect(plan.refuse).toEqual([]);
    // B's entry is acknowledged but its record is not in this page: it waits for the final page.
    expect(plan.remaining.map((e) => e.id)).toEqual([2, 3]);
    expect(plan.left.map((e) => e.id)).toEqual([1]);
    expect(plan.targets).toEqual([{ kind: 'business', id: A }]);
  });

  it('on the final page, drops an acknowledged no-op and refuses one that left no mark', () => {
    const pending = [m(1, A, { vision: 'same' }), m(2, B, { vision: 'lost' })];
    const p = page([], 2);
    const outside = acknowledgedOutsidePage(p, pending, true);
    expect(outside.map((e) => e.id)).toEqual([1, 2]);
    const plan = planPullPage({
      page: p,
      final: true,
      pending,
      outsideCopies: [env('business', A, { vision: 'same' }), env('business', B, { vision: 'other' })],
      conflicts: [],
    });
    expect(plan.remove).toEqual([1]);
    expect(plan.refuse).toEqual([{ id: 2, error: { ...NOT_APPLIED } }]);
    expect(plan.remaining).toEqual([]);
    expect(plan.targets.map((t) => t.id)).toEqual([A, B]);
  });

  it('counts text that went into a conflict copy as landed', () => {
    const pending = [m(1, A, { vision: 'mine' })];
    const copy = env('conflict', C, { recordKind: 'business', recordId: A, field: 'vision', text: 'mine' });
    const plan = planPullPage({
      page: page([copy], 1),
      final: true,
      pending,
      outsideCopies: [env('business', A, { vision: 'theirs' })],
      conflicts: [copy],
    });
    expect(plan.remove).toEqual([1]);
    expect(plan.refuse).toEqual([]);
  });

  it('before the final page nothing outside the page is judged', () => {
    expect(acknowledgedOutsidePage(page([], 5), [m(1, A, {})], false)).toEqual([]);
  });
});
