import { describe, expect, it } from 'vitest';
import type { Mutation, RecordEnvelope } from '../../../shared';
import { composeView } from '../../../extension/sync/rebase';

const ID = '0190f0f0-0000-7000-8000-000000000001';
const BIZ = '0190f0f0-0000-7000-8000-0000000000b1';
const envelope = (data: Record<string, unknown>): RecordEnvelope => ({
  kind: 'consultation',
  id: ID,
  version: 9,
  authorId: 'advisor-1',
  createdAt: '2026-04-01T00:00:00Z',
  updatedAt: '2026-04-02T00:00:00Z',
  redacted: false,
  data: { businessId: BIZ, heldAt: '2026-04-01T00:30:00.000Z', channel: 'counter', inquiry: 'サーバーの相談内容', advice: '', ...data },
});
const edit = (id: number, fields: Record<string, unknown>): Mutation =>
  ({ id, kind: 'consultation', recordId: ID, baseVersion: 9, fields }) as Mutation;

describe('composeView', () => {
  it('puts pending fields on top of the server copy, later edits last', () => {
    const view = composeView(
      'consultation',
      ID,
      envelope({}),
      [edit(1, { advice: '助言1' }), edit(2, { advice: '助言2', durationMin: 30 })],
      null,
      'now',
    );
    expect(view).toMatchObject({ inquiry: 'サーバーの相談内容', advice: '助言2', durationMin: 30, version: 9, authorId: 'advisor-1' });
  });

  it('shows the server copy alone when nothing is pending', () => {
    expect(composeView('consultation', ID, envelope({ advice: '助言' }), [], null, 'now')).toMatchObject({
      advice: '助言',
      updatedAt: '2026-04-02T00:00:00Z',
    });
  });

  it('builds a local-only record from defaults and its pending fields, keeping its local times', () => {
    const view = composeView(
      'consultation',
      ID,
      null,
      [edit(1, { businessId: BIZ, heldAt: '2026-04-01T00:30:00.000Z', channel: 'phone', inquiry: '新しい相談' })],
      { id: ID, version: 0, authorId: null, createdAt: 't1', updatedAt: 't2', redacted: false },
      'now',
    );
    expect(view).toMatchObject({
      inquiry: '新しい相談',
      channel: 'phone',
      tagIds: [],
      sensitive: false,
      version: 0,
      createdAt: 't1',
      updatedAt: 't2',
    });
  });

  it('removes a local-only record once nothing valid is left of it (its creation was refused)', () => {
    expect(composeView('consultation', ID, null, [edit(2, { advice: '助言だけ' })], null, 'now')).toBeNull();
    expect(composeView('consultation', ID, null, [], null, 'now')).toBeNull();
  });

  it('keeps a local-only record while its creation is queued, even behind an edit the schema refuses', () => {
    const create = edit(1, { businessId: BIZ, heldAt: '2026-04-01T00:30:00.000Z', channel: 'phone', inquiry: '新しい相談' });
    const tooLong = edit(3, { inquiry: 'x'.repeat(20_000) });
    expect(composeView('consultation', ID, null, [create, tooLong], null, 'now')).toMatchObject({ channel: 'phone', version: 0 });
  });

  it('gives a server copy stored before the profile fields existed their defaults', () => {
    const old: RecordEnvelope = { ...envelope({}), kind: 'business', data: { name: '古い記録の商店', industry: 'I', deleted: false } };
    expect(composeView('business', ID, old, [], null, 'now')).toMatchObject({
      name: '古い記録の商店',
      industry: 'I',
      industryMiddle: null,
      disasterName: '',
      successor: null,
    });
  });
});
