import { describe, expect, it } from 'vitest';
import { loadFollowUps } from '../../../extension/db/follow-up-queries';
import { loadKartePage } from '../../../extension/db/karte-page-queries';
import { authoredBy, consult, karteSetup } from '../support/karte';

const ME = '01900000-0000-7000-8000-000000000001';
const OTHER = '01900000-0000-7000-8000-000000000002';

describe('karte page query', () => {
  it('reads the business, every live consultation newest first, its actions and its own unresolved conflicts', async () => {
    const s = karteSetup();
    const b = await s.repo.create('business', { name: '山田商店' });
    const elsewhere = await s.repo.create('business', { name: '別の商店' });
    const older = await consult(s, b.id, '2026-01-10T01:00:00.000Z');
    const newer = await consult(s, b.id, '2026-03-10T01:00:00.000Z');
    const gone = await consult(s, b.id, '2026-02-10T01:00:00.000Z');
    await s.repo.remove('consultation', gone.id);
    await consult(s, elsewhere.id, '2026-03-11T01:00:00.000Z');
    const done = await s.repo.create('action', {
      businessId: b.id,
      consultationId: older.id,
      side: 'owner',
      text: '済んだ行動',
      done: true,
    });
    const open = await s.repo.create('action', { businessId: b.id, side: 'advisor', text: '専門家を手配' });
    const onIssue = await s.repo.create('conflict', { recordKind: 'business', recordId: b.id, field: 'essentialIssue', text: '別の課題' });
    const onAction = await s.repo.create('conflict', { recordKind: 'action', recordId: open.id, field: 'text', text: '税理士を手配' });
    const resolved = await s.repo.create('conflict', { recordKind: 'consultation', recordId: newer.id, field: 'inquiry', text: '古い文' });
    await s.repo.remove('conflict', resolved.id);
    await s.repo.create('conflict', { recordKind: 'business', recordId: elsewhere.id, field: 'vision', text: '他社の将来像' });
    // A copy left on a consultation deleted since: it went with the consultation.
    await s.repo.create('conflict', { recordKind: 'consultation', recordId: gone.id, field: 'advice', text: '消えた相談の助言' });

    const view = await loadKartePage(s.db, b.id);
    expect(view.business?.name).toBe('山田商店');
    expect(view.consultations.map((c) => c.id)).toEqual([newer.id, older.id]);
    expect(view.actions.map((a) => a.id).sort()).toEqual([done.id, open.id].sort());
    expect(view.conflicts.map((c) => c.id).sort()).toEqual([onIssue.id, onAction.id].sort());
  });

  it('has no business for an unknown or deleted id', async () => {
    const s = karteSetup();
    const b = await s.repo.create('business', { name: '山田商店' });
    await s.repo.remove('business', b.id);
    expect((await loadKartePage(s.db, b.id)).business).toBeNull();
    expect((await loadKartePage(s.db, 'no-such-id')).business).toBeNull();
  });
});

describe('follow-up query', () => {
  async function world() {
    const s = karteSetup();
    const mine = await s.repo.create('business', { name: '自分の事業者' });
    const theirs = await s.repo.create('business', { name: '他の支援者の事業者' });
    await authoredBy(s.db, 'business', mine.id, ME);
    await authoredBy(s.db, 'business', theirs.id, OTHER);
    const attended = await consult(s, theirs.id, '2026-04-01T01:00:00.000Z', { advisorIds: [ME] });
    const notMine = await consult(s, theirs.id, '2026-04-02T01:00:00.000Z');
    await authoredBy(s.db, 'consultation', attended.id, OTHER);
    await authoredBy(s.db, 'consultation', notMine.id, OTHER);
    const add = async (businessId: string, text: string, dueDate: string | null, consultationId: string | null = null) => {
      const a = await s.repo.create('action', { businessId, consultationId, side: 'owner', text, dueDate });
      await authoredBy(s.db, 'action', a.id, OTHER);
      return a;
    };
    await add(mine.id, '自分の事業者の行動', '2026-04-10');
    await add(theirs.id, '同席した相談の行動', '2026-04-25', attended.id);
    await add(theirs.id, '他人の行動', '2026-04-10', notMine.id);
    await add(theirs.id, '期日なし', null, attended.id);
    const done = await add(mine.id, '済んだ行動', '2026-04-01');
    await s.repo.update('action', done.id, { done: true });
    return { s, mine, theirs, attended };
  }

  it('lists the signed-in advisor’s open actions with the business name', async () => {
    const { s } = await world();
    const items = await loadFollowUps(s.db, ME);
    expect(items.map((f) => [f.action.text, f.businessName]).sort()).toEqual([
      ['同席した相談の行動', '他の支援者の事業者'],
      ['期日なし', '他の支援者の事業者'],
      ['自分の事業者の行動', '自分の事業者'],
    ]);
  });

  it('lists everyone’s when no advisor is known, and only what is due by a date when asked', async () => {
    const { s } = await world();
    expect((await loadFollowUps(s.db, null)).map((f) => f.action.text).sort()).toEqual([
      '他人の行動',
      '同席した相談の行動',
      '期日なし',
      '自分の事業者の行動',
    ]);
    expect((await loadFollowUps(s.db, ME, '2026-04-20')).map((f) => f.action.text)).toEqual(['自分の事業者の行動']);
  });

  it('drops the actions of a deleted business or consultation', async () => {
    const { s, mine, attended } = await world();
    await s.repo.remove('business', mine.id);
    await s.repo.remove('consultation', attended.id);
    expect(await loadFollowUps(s.db, ME)).toEqual([]);
  });
});
