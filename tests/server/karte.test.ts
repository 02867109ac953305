import { describe, expect, it } from 'vitest';
import { errorBody, karteResponse, recordPage } from '../../shared';
import { makeOrg, type Actor } from './fixtures/org';
import { auditRows, putAction, putBusiness, putConflict, putConsultation, putRecord } from './fixtures/records';

async function karte(actor: Actor, businessId: string) {
  const res = await actor.get(`/v1/businesses/${businessId}`);
  expect(res.status).toBe(200);
  return karteResponse.parse(await res.json());
}

const heldAt = (day: number) => new Date(Date.UTC(2026, 3, 1, 1) + day * 86_400_000).toISOString();

describe('GET /v1/businesses/:id (karte)', () => {
  it('shows the 20 newest consultations and pages to the rest, skipping deleted ones and other businesses', async () => {
    const { org, advisor } = await makeOrg();
    const business = await putBusiness(org.id, { name: '山田商店' });
    const other = await putBusiness(org.id, { name: '別の店' });
    for (let day = 0; day < 25; day++) await putConsultation(org.id, advisor.id, business, { heldAt: heldAt(day), inquiry: `相談${day}` });
    await putConsultation(org.id, advisor.id, business, { heldAt: heldAt(30), inquiry: '削除した相談', deleted: true });
    await putConsultation(org.id, advisor.id, other, { heldAt: heldAt(40), inquiry: '別の店の相談' });

    const first = await karte(advisor, business);
    expect(first.business).toMatchObject({ id: business, data: { name: '山田商店' } });
    expect(first.consultations.map((c) => c.data.inquiry)).toEqual(Array.from({ length: 20 }, (_, i) => `相談${24 - i}`));
    expect(first.nextConsultationCursor).toEqual(expect.any(String));

    const res = await advisor.get(`/v1/businesses/${business}/consultations?cursor=${first.nextConsultationCursor}`);
    expect(res.status).toBe(200);
    const rest = recordPage.parse(await res.json());
    expect(rest.items.map((c) => c.data.inquiry)).toEqual(['相談4', '相談3', '相談2', '相談1', '相談0']);
    expect(rest.nextCursor).toBeNull();
  });

  it('lists open actions by due date with undated ones last, leaving out done and deleted ones', async () => {
    const { org, advisor } = await makeOrg();
    const business = await putBusiness(org.id, { name: '行動商店' });
    await putAction(org.id, advisor.id, business, { text: '期日なし', dueDate: null });
    await putAction(org.id, advisor.id, business, { text: '6月', dueDate: '2026-06-01' });
    await putAction(org.id, advisor.id, business, { text: '5月', dueDate: '2026-05-01' });
    await putAction(org.id, advisor.id, business, { text: '完了', dueDate: '2026-04-01', done: true, doneAt: '2026-04-01T00:00:00Z' });
    await putAction(org.id, advisor.id, business, { text: '削除', dueDate: '2026-04-02', deleted: true });
    const { openActions } = await karte(advisor, business);
    expect(openActions.map((a) => a.data.text)).toEqual(['5月', '6月', '期日なし']);
  });

  it('lists unresolved conflict copies of the business and its records only', async () => {
    const { org, advisor } = await makeOrg();
    const business = await putBusiness(org.id, { name: '競合商店' });
    const other = await putBusiness(org.id, { name: '別の店' });
    const consultation = await putConsultation(org.id, advisor.id, business);
    const onBusiness = await putConflict(org.id, advisor.id, { kind: 'business', id: business }, 'vision', '別の将来像');
    const onConsultation = await putConflict(org.id, advisor.id, { kind: 'consultation', id: consultation }, 'advice', '別の助言');
    await putConflict(org.id, advisor.id, { kind: 'business', id: other }, 'vision', '他の店の競合');
    const resolved = await putConflict(org.id, advisor.id, { kind: 'business', id: business }, 'strengths', '解決済み');
    // Resolving a conflict copy marks it deleted (docs/sync.md).
    await putRecord(
      org.id,
      'conflict',
      { recordKind: 'business', recordId: business, field: 'strengths', text: '解決済み', deleted: true },
      { id: resolved },
    );
    const { conflicts } = await karte(advisor, business);
    expect(conflicts.map((c) => c.id).sort()).toEqual([onBusiness, onConsultation].sort());
    expect(conflicts.map((c) => c.id)).not.toContain(resolved);
  });

  it('answers 404 for a deleted business, another organisation’s business and an unknown id', async () => {
    const { org, advisor } = await makeOrg();
    const other = await makeOrg();
    const deleted = await putBusiness(org.id, { name: '削除済み', deleted: true });
    const foreign = await putBusiness(other.org.id, { name: '他組織' });
    for (const id of [deleted, foreign, crypto.randomUUID()]) {
      for (const path of [`/v1/businesses/${id}`, `/v1/businesses/${id}/consultations`]) {
        const res = await advisor.get(path);
        expect(res.status, path).toBe(404);
        expect(errorBody.parse(await res.json()).error.code).toBe('not_found');
      }
    }
    expect((await advisor.get('/v1/businesses/not-a-uuid')).status).toBe(400);
  });
});

describe('機微 (sensitive) consultations in the karte', () => {
  async function sensitiveSetup() {
    const world = await makeOrg();
    const business = await putBusiness(world.org.id, { name: '機微商店' });
    const secret = await putConsultation(world.org.id, world.advisor.id, business, {
      sensitive: true,
      inquiry: '借入の返済が苦しい',
      personMet: '代表者',
      sourceUrl: 'https://portal.example.jp/case/1',
    });
    const plain = await putConsultation(world.org.id, world.advisor.id, business, { heldAt: heldAt(60), inquiry: '販路の相談' });
    const copy = await putConflict(world.org.id, world.manager.id, { kind: 'consultation', id: secret }, 'inquiry', '病気の話');
    return { ...world, business, secret, plain, copy };
  }

  it('redacts them, and their conflict copies, for an advisor who is not the author, and audits nothing', async () => {
    const { org, advisor2, business, secret, plain, copy } = await sensitiveSetup();
    const view = await karte(advisor2, business);
    const hidden = view.consultations.find((c) => c.id === secret)!;
    expect(hidden).toMatchObject({
      redacted: true,
      data: { sensitive: true, inquiry: '', personMet: '', sourceUrl: null, businessId: business },
    });
    expect(view.consultations.find((c) => c.id === plain)).toMatchObject({ redacted: false, data: { inquiry: '販路の相談' } });
    expect(view.conflicts.find((c) => c.id === copy)).toMatchObject({ redacted: true, data: { text: '' } });
    expect(JSON.stringify(view)).not.toMatch(/借入|病気|portal\.example/);
    expect(await auditRows(org.id)).toEqual([]);
  });

  it.each(['advisor', 'manager'] as const)('shows them to the %s allowed to read them and audits each sensitive read', async (who) => {
    const setup = await sensitiveSetup();
    const reader = setup[who];
    const view = await karte(reader, setup.business);
    expect(view.consultations.find((c) => c.id === setup.secret)).toMatchObject({
      redacted: false,
      data: { inquiry: '借入の返済が苦しい' },
    });
    expect(view.conflicts.find((c) => c.id === setup.copy)).toMatchObject({ redacted: false, data: { text: '病気の話' } });
    const audit = await auditRows(setup.org.id);
    expect(audit).toHaveLength(2);
    expect(audit).toEqual(
      expect.arrayContaining([
        { advisor_id: reader.id, action: 'record.read_sensitive', target: setup.secret },
        { advisor_id: reader.id, action: 'record.read_sensitive', target: setup.copy },
      ]),
    );
  });

  it('applies the same rules on the consultations page', async () => {
    const { org, advisor, advisor2, business, secret } = await sensitiveSetup();
    const others = recordPage.parse(await (await advisor2.get(`/v1/businesses/${business}/consultations`)).json());
    expect(others.items.find((c) => c.id === secret)).toMatchObject({ redacted: true, data: { inquiry: '' } });
    expect(await auditRows(org.id)).toEqual([]);
    const own = recordPage.parse(await (await advisor.get(`/v1/businesses/${business}/consultations`)).json());
    expect(own.items.find((c) => c.id === secret)).toMatchObject({ redacted: false });
    expect(await auditRows(org.id)).toEqual([{ advisor_id: advisor.id, action: 'record.read_sensitive', target: secret }]);
  });
});
