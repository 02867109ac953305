import { describe, expect, it } from 'vitest';
import { RECORD_DEFAULTS, type Mutation } from '../../shared';
import { mergeMutation, type MergeContext, type WorkingRecord } from '../../server/src/domain/merge';

const BUSINESS = '0190a000-0000-7000-8000-000000000001';
const CONSULTATION = '0190a000-0000-7000-8000-000000000002';
const AUTHOR = '0190a000-0000-7000-8000-0000000000aa';
const CLIENT = '0190a000-0000-7000-8000-0000000000c1';
const OTHER_CLIENT = '0190a000-0000-7000-8000-0000000000c2';

/** A stored consultation whose every field was last written at version 10. */
function storedConsultation(data: Record<string, unknown> = {}): WorkingRecord {
  const full = {
    ...RECORD_DEFAULTS.consultation,
    businessId: BUSINESS,
    heldAt: '2026-04-01T09:30:00Z',
    channel: 'counter',
    inquiry: '資金繰りの相談',
    advice: '元の助言',
    ...data,
  };
  return {
    kind: 'consultation',
    id: CONSULTATION,
    data: full,
    authorId: AUTHOR,
    isNew: false,
    written: new Set(),
    fieldVersions: Object.fromEntries(Object.keys(full).map((k) => [k, 10])),
    fieldClients: Object.fromEntries(Object.keys(full).map((k) => [k, OTHER_CLIENT])),
  };
}

const business: WorkingRecord = {
  kind: 'business',
  id: BUSINESS,
  data: { ...RECORD_DEFAULTS.business, name: '株式会社かわせみ' },
  fieldVersions: { name: 1 },
  fieldClients: { name: OTHER_CLIENT },
  authorId: AUTHOR,
  isNew: false,
  written: new Set(),
};

function context(records: WorkingRecord[] = [business], over: Partial<MergeContext> = {}): MergeContext {
  let n = 0;
  return {
    advisorId: AUTHOR,
    clientId: CLIENT,
    canManage: false,
    newId: () => `0190a000-0000-7000-8000-00000000c00${n++}`,
    find: (id) => records.find((r) => r.id === id) ?? null,
    isLiveAdvisor: (id) => id === AUTHOR,
    recordsOf: (kind, businessId) => records.filter((r) => r.kind === kind && r.data.businessId === businessId),
    ...over,
  };
}

const edit = (fields: Record<string, unknown>, baseVersion: number): Mutation =>
  ({ id: 1, kind: 'consultation', recordId: CONSULTATION, baseVersion, fields }) as Mutation;

function applied(outcome: ReturnType<typeof mergeMutation>) {
  if (outcome.status !== 'applied') throw new Error(`expected applied, got ${outcome.code}: ${outcome.message}`);
  return outcome;
}

describe('mergeMutation (push step 5)', () => {
  it('gives a new record the defaults of its kind and its author', () => {
    const m = { id: 1, kind: 'business', recordId: BUSINESS, baseVersion: 0, fields: { name: '有限会社みずほ' } } as Mutation;
    const out = applied(mergeMutation(null, m, context([])));
    expect(out.record.data).toEqual({ ...RECORD_DEFAULTS.business, name: '有限会社みずほ' });
    expect(out.record.authorId).toBe(AUTHOR);
    expect(out.changed).toBe(true);
    expect([...out.record.written].sort()).toEqual(Object.keys(out.record.data).sort());
  });

  it('lets an edit based on the latest version win, also for text', () => {
    const out = applied(mergeMutation(storedConsultation(), edit({ advice: '新しい助言', durationMin: 60 }, 10), context()));
    expect(out.record.data).toMatchObject({ advice: '新しい助言', durationMin: 60 });
    expect(out.conflicts).toEqual([]);
    expect([...out.record.written].sort()).toEqual(['advice', 'durationMin']);
  });

  it('keeps the stored text and makes a conflict copy for a concurrent different text', () => {
    const stored = storedConsultation();
    const out = applied(mergeMutation(stored, edit({ advice: '別の端末で書いた助言' }, 5), context()));
    expect(out.record.data.advice).toBe('元の助言');
    expect(out.changed).toBe(false);
    expect(out.conflicts).toHaveLength(1);
    expect(out.conflicts[0]!.kind).toBe('conflict');
    expect(out.conflicts[0]!.data).toEqual({
      recordKind: 'consultation',
      recordId: CONSULTATION,
      field: 'advice',
      text: '別の端末で書いた助言',
      deleted: false,
    });
  });

  it("never treats a client's own earlier write as concurrent, even before it pulled it back", () => {
    const mine = storedConsultation();
    mine.fieldClients.advice = CLIENT;
    const outcome = applied(mergeMutation(mine, edit({ advice: '二度目の書き直し' }, 5), context()));
    expect(outcome.record.data.advice).toBe('二度目の書き直し');
    expect(outcome.conflicts).toHaveLength(0);
  });

  it('makes no conflict copy when concurrent edits wrote the same text', () => {
    const out = applied(mergeMutation(storedConsultation(), edit({ advice: '元の助言' }, 5), context()));
    expect(out.conflicts).toEqual([]);
    expect(out.changed).toBe(false);
  });

  it('never lets a concurrent edit erase text, and fills a concurrently empty field', () => {
    const cleared = applied(mergeMutation(storedConsultation(), edit({ advice: '' }, 5), context()));
    expect(cleared.record.data.advice).toBe('元の助言');
    expect(cleared.conflicts).toEqual([]);
    const filled = applied(mergeMutation(storedConsultation({ insight: '' }), edit({ insight: '気づいたこと' }, 5), context()));
    expect(filled.record.data.insight).toBe('気づいたこと');
    expect(filled.conflicts).toEqual([]);
  });

  it('merges other fields last-writer-wins even when concurrent', () => {
    const out = applied(mergeMutation(storedConsultation({ channel: 'visit' }), edit({ channel: 'phone', durationMin: 30 }, 5), context()));
    expect(out.record.data).toMatchObject({ channel: 'phone', durationMin: 30 });
    expect(out.conflicts).toEqual([]);
  });

  it('treats deleted as a field: a concurrent delete applies, and undo restores the data', () => {
    const deleted = applied(mergeMutation(storedConsultation(), edit({ deleted: true }, 5), context()));
    expect(deleted.record.data).toMatchObject({ deleted: true, advice: '元の助言' });
    const restored = applied(mergeMutation(deleted.record, edit({ deleted: false }, 5), context()));
    expect(restored.record.data).toMatchObject({ deleted: false, advice: '元の助言', inquiry: '資金繰りの相談' });
  });

  it('treats fields written earlier in the same push as seen by the client', () => {
    const first = applied(mergeMutation(storedConsultation(), edit({ advice: '一回目' }, 10), context()));
    const second = applied(mergeMutation(first.record, edit({ advice: '二回目' }, 10), context()));
    expect(second.record.data.advice).toBe('二回目');
    expect(second.conflicts).toEqual([]);
  });

  it('rejects a kind that differs from the stored record', () => {
    const m = { id: 1, kind: 'action', recordId: CONSULTATION, baseVersion: 10, fields: { done: true } } as Mutation;
    expect(mergeMutation(storedConsultation(), m, context())).toMatchObject({ status: 'rejected', code: 'kind_mismatch' });
  });

  it('rejects a merged record that breaks a whole-record rule', () => {
    const out = mergeMutation(storedConsultation(), edit({ inquiry: '', advice: '' }, 10), context());
    expect(out).toMatchObject({ status: 'rejected', code: 'validation_failed' });
  });

  it('leaves a 機微 consultation to its author and managers', () => {
    const secret = storedConsultation({ sensitive: true });
    const other = '0190a000-0000-7000-8000-0000000000bb';
    expect(mergeMutation(secret, edit({ durationMin: 5 }, 10), context([business], { advisorId: other }))).toMatchObject({
      status: 'rejected',
      code: 'forbidden',
    });
    expect(mergeMutation(secret, edit({ durationMin: 5 }, 10), context([business], { advisorId: other, canManage: true })).status).toBe(
      'applied',
    );
    expect(mergeMutation(secret, edit({ durationMin: 5 }, 10), context()).status).toBe('applied');
  });

  it('checks only the tags a mutation adds', () => {
    const tag = (id: string, deleted: boolean): WorkingRecord => ({
      kind: 'tag',
      id,
      data: { groupId: 'grp-topic', name: id, order: 0, deleted },
      fieldVersions: {},
      fieldClients: {},
      authorId: null,
      isNew: false,
      written: new Set(),
    });
    const records = [business, tag('topic-finance', false), tag('topic-old', true)];
    const stored = storedConsultation({ tagIds: ['topic-old'] });
    expect(mergeMutation(stored, edit({ tagIds: ['topic-old', 'topic-finance'] }, 10), context(records)).status).toBe('applied');
    expect(mergeMutation(storedConsultation(), edit({ tagIds: ['topic-old'] }, 10), context(records))).toMatchObject({
      status: 'rejected',
      code: 'unknown_tag',
    });
  });
});
