import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared';
import { RecordValidationError } from '../../../extension/db/validation-error';
import { consult, karteSetup } from '../support/karte';

describe('karte writes', () => {
  it('changes the status with a history entry each time, dating 伴走 the first time only', async () => {
    const s = karteSetup('2026-04-20T16:00:00.000Z'); // 21 April in Tokyo
    const b = await s.repo.create('business', { name: '山田商店' });

    await s.writes.setStatus(b.id, 'continuing');
    s.clock.now = new Date('2026-04-21T16:00:00.000Z');
    await s.writes.markBanso(b.id);
    await s.writes.markBanso(b.id); // already 伴走: nothing to record
    s.clock.now = new Date('2026-09-01T01:00:00.000Z');
    await s.writes.setStatus(b.id, 'follow_up');
    await s.writes.setStatus(b.id, 'banso');

    const stored = (await s.db.businesses.get(b.id))!;
    expect(stored.status).toBe('banso');
    expect(stored.bansoSince).toBe('2026-04-22');
    expect(stored.statusChanges).toEqual([
      { status: 'continuing', at: '2026-04-20T16:00:00.000Z' },
      { status: 'banso', at: '2026-04-21T16:00:00.000Z' },
      { status: 'follow_up', at: '2026-09-01T01:00:00.000Z' },
      { status: 'banso', at: '2026-09-01T01:00:00.000Z' },
    ]);
    // Each change is one record write with its outbox mutation (the no-op wrote nothing).
    const mutations = (await s.db.outbox.toArray()).filter((e) => e.recordId === b.id);
    expect(mutations).toHaveLength(5);
    expect(mutations[2]!.fields).toEqual({ status: 'banso', statusChanges: stored.statusChanges.slice(0, 2), bansoSince: '2026-04-22' });
  });

  it('keeps a close reason only while the karte is 支援終了', async () => {
    const s = karteSetup();
    const b = await s.repo.create('business', { name: '山田商店' });
    await s.writes.setStatus(b.id, 'closed', 'self_running');
    expect(await s.db.businesses.get(b.id)).toMatchObject({ status: 'closed', closeReason: 'self_running' });
    await s.writes.setStatus(b.id, 'closed', 'transferred');
    expect((await s.db.businesses.get(b.id))!.statusChanges).toHaveLength(1);
    await s.writes.setStatus(b.id, 'follow_up');
    expect(await s.db.businesses.get(b.id)).toMatchObject({ status: 'follow_up', closeReason: null });
  });

  it('caps the status history at the schema’s limit, dropping the oldest', async () => {
    const s = karteSetup();
    const b = await s.repo.create('business', { name: '山田商店' });
    const full = Array.from({ length: LIMITS.statusChanges }, (_, i) => ({
      status: 'continuing' as const,
      at: new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString(),
    }));
    await s.repo.update('business', b.id, { statusChanges: full });
    await s.writes.setStatus(b.id, 'banso');
    const history = (await s.db.businesses.get(b.id))!.statusChanges;
    expect(history).toHaveLength(LIMITS.statusChanges);
    expect(history.at(-1)!.status).toBe('banso');
    expect(history[0]).toEqual(full[1]);
  });

  it('adopts a consultation’s 本質的課題 with its source; an edit on the karte has none', async () => {
    const s = karteSetup();
    const b = await s.repo.create('business', { name: '山田商店' });
    const c = await consult(s, b.id, '2026-04-01T01:00:00.000Z', { essentialIssue: '  値付けの根拠がない  ' });
    await s.writes.adoptEssentialIssue(c);
    expect(await s.db.businesses.get(b.id)).toMatchObject({ essentialIssue: '値付けの根拠がない', essentialIssueSourceId: c.id });
    await s.writes.saveEssentialIssue(b.id, '原価を把握していない');
    expect(await s.db.businesses.get(b.id)).toMatchObject({ essentialIssue: '原価を把握していない', essentialIssueSourceId: null });
    await s.writes.saveVision(b.id, '県外に自社ブランドを届ける');
    expect(await s.db.businesses.get(b.id)).toMatchObject({ vision: '県外に自社ブランドを届ける', visionSourceId: null });
  });

  it('refuses an issue too long for the karte and changes nothing', async () => {
    const s = karteSetup();
    const b = await s.repo.create('business', { name: '山田商店' });
    const c = await consult(s, b.id, '2026-04-01T01:00:00.000Z', { essentialIssue: 'あ'.repeat(LIMITS.karteText + 1) });
    const before = await s.db.outbox.count();
    await expect(s.writes.adoptEssentialIssue(c)).rejects.toThrow(RecordValidationError);
    expect((await s.db.businesses.get(b.id))!.essentialIssue).toBe('');
    expect(await s.db.outbox.count()).toBe(before);
  });

  it('records when the 伴走 suggestion was dismissed and when an action was done', async () => {
    const s = karteSetup();
    const b = await s.repo.create('business', { name: '山田商店' });
    const a = await s.repo.create('action', { businessId: b.id, side: 'owner', text: '原価表を作る', dueDate: '2026-04-30' });
    await s.writes.dismissBansoSuggestion(b.id);
    await s.writes.markActionDone(a.id);
    expect((await s.db.businesses.get(b.id))!.bansoSuggestionDismissedAt).toBe('2026-04-20T01:00:00.000Z');
    expect(await s.db.actions.get(a.id)).toMatchObject({ done: true, doneAt: '2026-04-20T01:00:00.000Z' });
    expect(await s.writes.markActionDone('01900000-0000-7000-8000-00000000dead')).toBeNull();
  });
});

describe('resolving a conflict copy', () => {
  async function withConflict() {
    const s = karteSetup();
    const b = await s.repo.create('business', { name: '山田商店' });
    const c = await consult(s, b.id, '2026-04-01T01:00:00.000Z', { advice: '価格表を見直す' });
    const conflict = await s.repo.create('conflict', {
      recordKind: 'consultation',
      recordId: c.id,
      field: 'advice',
      text: '値上げの案内文を作る',
    });
    return { s, c, conflict, outboxBefore: await s.db.outbox.count() };
  }

  it('writes the chosen text to the field and marks the copy resolved, two mutations together', async () => {
    const { s, c, conflict, outboxBefore } = await withConflict();
    await s.writes.resolveConflict(conflict, '価格表を見直す\n\n値上げの案内文を作る');
    expect((await s.db.consultations.get(c.id))!.advice).toBe('価格表を見直す\n\n値上げの案内文を作る');
    expect((await s.db.conflicts.get(conflict.id))!.deleted).toBe(true);
    const queued = (await s.db.outbox.toArray()).slice(outboxBefore);
    expect(queued.map((e) => [e.kind, e.fields])).toEqual([
      ['consultation', { advice: '価格表を見直す\n\n値上げの案内文を作る' }],
      ['conflict', { deleted: true }],
    ]);
  });

  it('keeping the current text only resolves the copy', async () => {
    const { s, c, conflict, outboxBefore } = await withConflict();
    await s.writes.resolveConflict(conflict, '価格表を見直す');
    expect((await s.db.consultations.get(c.id))!.advice).toBe('価格表を見直す');
    expect((await s.db.outbox.toArray()).slice(outboxBefore).map((e) => e.kind)).toEqual(['conflict']);
  });

  it('writes neither when the text is refused', async () => {
    const { s, c, conflict, outboxBefore } = await withConflict();
    await expect(s.writes.resolveConflict(conflict, 'あ'.repeat(LIMITS.noteField + 1))).rejects.toThrow(RecordValidationError);
    expect((await s.db.consultations.get(c.id))!.advice).toBe('価格表を見直す');
    expect((await s.db.conflicts.get(conflict.id))!.deleted).toBe(false);
    expect(await s.db.outbox.count()).toBe(outboxBefore);
  });
});
