import { describe, expect, it } from 'vitest';
import { FIELDS_BY_KIND, PROFILE_FIELDS, RECORD_DEFAULTS } from '../../../shared';
import { saveConsultation } from '../../../extension/db/consultation-writes';
import { createRecordsRepo } from '../../../extension/db/records-repo';
import { RecordValidationError } from '../../../extension/db/validation-error';
import { freshDb } from '../support/db';

const at = new Date('2026-04-01T01:30:00.000Z');

function setup() {
  const db = freshDb();
  const repo = createRecordsRepo(db, { now: () => at });
  return { db, repo };
}

async function businessWithConsultation(repo: ReturnType<typeof setup>['repo']) {
  const business = await repo.create('business', { name: '山田商店' });
  const consultation = await repo.create('consultation', {
    businessId: business.id,
    heldAt: at.toISOString(),
    channel: 'counter',
    inquiry: '資金繰りの相談',
  });
  return { business, consultation };
}

describe('records repository', () => {
  it('stores a new record with its meta and queues one mutation carrying every field', async () => {
    const { db, repo } = setup();
    const business = await repo.create('business', { name: '  山田商店  ' });

    const stored = await db.businesses.get(business.id);
    expect(stored).toMatchObject({
      name: '山田商店',
      version: 0,
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
      redacted: false,
    });
    const outbox = await db.outbox.toArray();
    expect(outbox).toEqual([
      {
        id: 1,
        kind: 'business',
        recordId: business.id,
        baseVersion: 0,
        fields: { ...RECORD_DEFAULTS.business, name: '山田商店' },
        state: 'pending',
        error: null,
        queuedAt: at.toISOString(),
      },
    ]);
    expect(Object.keys(outbox[0]!.fields).sort()).toEqual(Object.keys(FIELDS_BY_KIND.business.shape).sort());
  });

  it('edits a business stored before the profile fields existed: they take their defaults, and only the edit is queued', async () => {
    const { db, repo } = setup();
    const business = await repo.create('business', { name: '古い記録の商店', industry: 'I' });
    await db.businesses
      .where('id')
      .equals(business.id)
      .modify((b) => {
        for (const f of PROFILE_FIELDS) delete (b as unknown as Record<string, unknown>)[f];
      });

    await repo.update('business', business.id, { employees: 4 });

    expect(await db.businesses.get(business.id)).toMatchObject({ employees: 4, industryMiddle: null, disasterName: '', successor: null });
    expect((await db.outbox.orderBy('id').last())?.fields).toEqual({ employees: 4 });
  });

  it('queues only the fields an edit changed, based on the version the record came with', async () => {
    const { db, repo } = setup();
    const { consultation } = await businessWithConsultation(repo);
    await db.consultations.update(consultation.id, { version: 7 }); // as if pulled from the server

    await repo.update('consultation', consultation.id, { inquiry: '資金繰りの相談（追記）', channel: 'counter', tagIds: [] });

    const last = await db.outbox.orderBy('id').last();
    expect(last).toMatchObject({ kind: 'consultation', baseVersion: 7, fields: { inquiry: '資金繰りの相談（追記）' } });
    expect((await db.consultations.get(consultation.id))?.version).toBe(7);
  });

  it('completes an action whose text the server emptied (機微), queuing only what changed', async () => {
    const { db, repo } = setup();
    const business = await repo.create('business', { name: '山田商店' });
    const action = await repo.create('action', { businessId: business.id, side: 'owner', text: '家族会議を開く' });
    // As pulled by a colleague who may not read the 機微 consultation the action came from.
    await db.actions.update(action.id, { text: '', redacted: true, version: 9 });

    const done = await repo.update('action', action.id, { done: true, doneAt: at.toISOString() });
    expect(done).toMatchObject({ done: true, text: '', redacted: true });
    expect(await db.outbox.orderBy('id').last()).toMatchObject({
      kind: 'action',
      baseVersion: 9,
      fields: { done: true, doneAt: at.toISOString() },
    });
  });

  it('numbers mutations 1, 2, 3… across kinds, with no gaps', async () => {
    const { db, repo } = setup();
    const { business } = await businessWithConsultation(repo);
    await repo.update('business', business.id, { nameKana: 'ヤマダショウテン' });
    await repo.create('action', { businessId: business.id, side: 'owner', text: '試算表を用意する' });

    expect((await db.outbox.toArray()).map((m) => m.id)).toEqual([1, 2, 3, 4]);
    expect((await db.meta.get('nextMutationId'))?.value).toBe(5);
  });

  it('writes nothing for an edit that changes nothing', async () => {
    const { db, repo } = setup();
    const business = await repo.create('business', { name: '山田商店' });
    await repo.update('business', business.id, { name: '山田商店' });
    expect(await db.outbox.count()).toBe(1);
  });

  it('refuses an empty consultation with the zod issues and writes nothing', async () => {
    const { db, repo } = setup();
    const business = await repo.create('business', { name: '山田商店' });
    const before = { outbox: await db.outbox.count(), counter: (await db.meta.get('nextMutationId'))?.value };

    const error = await repo
      .create('consultation', { businessId: business.id, heldAt: at.toISOString(), channel: 'phone', inquiry: '   ' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RecordValidationError);
    expect((error as RecordValidationError).issues[0]?.path).toEqual(['inquiry']);
    expect((error as RecordValidationError).message).toContain('空の記録は保存できません');
    expect(await db.consultations.count()).toBe(0);
    expect(await db.outbox.count()).toBe(before.outbox);
    expect((await db.meta.get('nextMutationId'))?.value).toBe(before.counter);
  });

  it('refuses unknown fields and malformed values on update, leaving the record as it was', async () => {
    const { db, repo } = setup();
    const { consultation } = await businessWithConsultation(repo);

    await expect(repo.update('consultation', consultation.id, { durationMin: -5 })).rejects.toBeInstanceOf(RecordValidationError);
    await expect(repo.update('consultation', consultation.id, { color: 'red' } as never)).rejects.toBeInstanceOf(RecordValidationError);

    expect(await db.consultations.get(consultation.id)).toEqual(consultation);
    expect(await db.outbox.count()).toBe(2);
  });

  it('answers null for an edit of a record that does not exist', async () => {
    const { repo } = setup();
    expect(await repo.update('business', '01900000-0000-7000-8000-000000000000', { name: 'x' })).toBeNull();
  });

  it('deletes as a tombstone and undoes by restoring it, each a queued mutation', async () => {
    const { db, repo } = setup();
    const { consultation } = await businessWithConsultation(repo);

    await repo.remove('consultation', consultation.id);
    expect((await db.consultations.get(consultation.id))?.deleted).toBe(true);
    await repo.restore('consultation', consultation.id);

    const restored = await db.consultations.get(consultation.id);
    expect(restored).toMatchObject({ deleted: false, inquiry: '資金繰りの相談' });
    const [, , del, undo] = await db.outbox.orderBy('id').toArray();
    expect(del?.fields).toEqual({ deleted: true });
    expect(undo?.fields).toEqual({ deleted: false });
  });

  it('saves a consultation and its next actions together, or nothing when one action is invalid', async () => {
    const { db, repo } = setup();
    const business = await repo.create('business', { name: '山田商店' });
    const fields = { businessId: business.id, heldAt: at.toISOString(), channel: 'visit' as const, inquiry: '事業承継の相談' };

    await expect(
      saveConsultation(repo, { id: null, fields, actions: [{ side: 'owner', text: ' ', dueDate: null }] }),
    ).rejects.toBeInstanceOf(RecordValidationError);
    expect(await db.consultations.count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);

    const saved = await saveConsultation(repo, {
      id: null,
      fields: { ...fields, essentialIssue: '後継者が決まっていない' },
      actions: [{ side: 'advisor', text: '専門家派遣を手配', dueDate: '2026-04-15' }],
    });
    const [action] = await db.actions.toArray();
    expect(action).toMatchObject({
      businessId: business.id,
      consultationId: saved!.id,
      side: 'advisor',
      dueDate: '2026-04-15',
      done: false,
    });
    expect((await db.businesses.get(business.id))?.essentialIssue).toBe('後継者が決まっていない');
    expect((await db.outbox.toArray()).map((m) => m.kind)).toEqual(['business', 'consultation', 'action', 'business']);
  });
});
