import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { jstDateOf, referralList, referralView, sharedKarte, sharedKartes, shareList, shareView, type ShareScope } from '../../shared';
import { makeOrg, type Actor } from './fixtures/org';
import { auditRows, putAction, putBusiness, putConsultation } from './fixtures/records';

const today = jstDateOf(new Date());
const inDays = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Two organisations: A (よろず支援拠点) supports 能登ゆるり食堂, with an ordinary consultation, a
 * 機微 one, an action from each, and a 本質的課題 adopted from the 機微 one; B (商工会) is the
 * partner. Every text carries a marker so an answer can be scanned for what it must not hold.
 */
async function world() {
  const a = await makeOrg(`よろず支援拠点-${crypto.randomUUID().slice(0, 6)}`);
  const b = await makeOrg(`輪島商工会-${crypto.randomUUID().slice(0, 6)}`);
  const business = await putBusiness(a.org.id, { name: '能登ゆるり食堂', vision: 'VISION-MARK 地域の食堂を続ける' });
  const open = await putConsultation(a.org.id, a.advisor.id, business, {
    inquiry: 'OPEN-MARK 販路の相談',
    advice: '商談会を紹介',
    tagIds: ['topic-sales'],
  });
  const secret = await putConsultation(a.org.id, a.advisor.id, business, { inquiry: 'SECRET-MARK 借入の返済', sensitive: true });
  await putAction(a.org.id, a.advisor.id, business, { consultationId: open, text: 'ACTION-MARK 商談会に申し込む', dueDate: inDays(10) });
  await putAction(a.org.id, a.advisor.id, business, { consultationId: secret, text: 'SECRET-MARK 金融機関に連絡', dueDate: inDays(5) });
  await putBusiness(
    a.org.id,
    {
      name: '能登ゆるり食堂',
      vision: 'VISION-MARK 地域の食堂を続ける',
      essentialIssue: 'SECRET-MARK 返済計画',
      essentialIssueSourceId: secret,
    },
    { id: business },
  );
  return { a, b, business };
}

async function share(actor: Actor, toOrgId: string, businessId: string, scope: ShareScope[], expiresOn = inDays(30)) {
  const res = await actor.post('/v1/shares', {
    toOrgId,
    businessId,
    consentOn: today,
    consentMethod: 'written',
    purpose: '販路開拓の共同支援',
    scope,
    expiresOn,
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return shareView.parse(await res.json());
}

/** Everything organisation B's advisor can read about shares and referrals, as one text. */
async function everythingBReads(b: Actor, shareId: string): Promise<string> {
  const parts = await Promise.all([
    b.get('/v1/shares'),
    b.get('/v1/shares/incoming/kartes'),
    b.get(`/v1/shares/${shareId}/karte`),
    b.get('/v1/referrals'),
  ]);
  return (await Promise.all(parts.map((r) => r.text()))).join('\n');
}

describe('広域連携: sharing a karte with another organisation', () => {
  it('nothing is visible to B before a share: organisations are found by name and kind only', async () => {
    const { a, b, business } = await world();
    const found = (await (await b.advisor.get(`/v1/organisations?q=${encodeURIComponent(a.org.name)}`)).json()) as {
      organisations: { id: string; name: string }[];
    };
    expect(found.organisations).toEqual([expect.objectContaining({ id: a.org.id, name: a.org.name })]);
    expect(JSON.stringify(found)).not.toContain('ゆるり');
    const text = await everythingBReads(b.advisor, crypto.randomUUID());
    for (const mark of ['ゆるり', 'OPEN-MARK', 'SECRET-MARK', 'VISION-MARK', 'ACTION-MARK', business]) expect(text).not.toContain(mark);
  });

  it('during a share B reads the karte within its scope, named, never 機微; withdrawal stops it at once', async () => {
    const { a, b, business } = await world();
    const s = await share(a.advisor, b.org.id, business, ['profile', 'consultations', 'actions']);
    expect(s).toMatchObject({ state: 'active', businessName: '能登ゆるり食堂', scope: ['profile', 'consultations', 'actions'] });

    const karte = sharedKarte.parse(await (await b.advisor.get(`/v1/shares/${s.id}/karte`)).json());
    expect(karte.business.name).toBe('能登ゆるり食堂');
    expect(karte.business.profile).toMatchObject({ vision: 'VISION-MARK 地域の食堂を続ける', essentialIssue: '' });
    expect(karte.consultations).toEqual([
      expect.objectContaining({ inquiry: 'OPEN-MARK 販路の相談', tags: ['販路開拓'], authorName: expect.any(String) }),
    ]);
    expect(karte.consultations[0]!.authorName).not.toBe('');
    expect(karte.actions).toEqual([{ text: 'ACTION-MARK 商談会に申し込む', dueDate: inDays(10), done: false }]);
    const during = await everythingBReads(b.advisor, s.id);
    expect(during).toContain('OPEN-MARK');
    expect(during).not.toContain('SECRET-MARK');
    expect(during).not.toContain(a.advisor.id);
    // B's devices get it with their sync; A's log says B read it.
    expect(sharedKartes.parse(await (await b.advisor.get('/v1/shares/incoming/kartes')).json()).kartes).toHaveLength(1);
    expect((await auditRows(a.org.id)).some((r) => r.action === 'share.read_by_partner' && r.target?.includes(b.org.id))).toBe(true);
    expect((await auditRows(b.org.id)).some((r) => r.action === 'share.read' && r.target === s.id)).toBe(true);

    // Only A withdraws; B may not.
    expect((await b.advisor.post(`/v1/shares/${s.id}/withdraw`, {})).status).toBe(403);
    expect((await a.advisor.post(`/v1/shares/${s.id}/withdraw`, {})).status).toBe(200);
    expect((await b.advisor.get(`/v1/shares/${s.id}/karte`)).status).toBe(404);
    expect(sharedKartes.parse(await (await b.advisor.get('/v1/shares/incoming/kartes')).json()).kartes).toEqual([]);
    const after = await everythingBReads(b.advisor, s.id);
    for (const mark of ['ゆるり', 'OPEN-MARK', 'SECRET-MARK', 'VISION-MARK', 'ACTION-MARK']) expect(after).not.toContain(mark);
    expect(shareList.parse(await (await b.advisor.get('/v1/shares')).json()).incoming).toEqual([
      expect.objectContaining({ state: 'withdrawn', businessName: '' }),
    ]);
  });

  it('carries only the scope consented to, and stops at its expiry', async () => {
    const { a, b, business } = await world();
    const s = await share(a.manager, b.org.id, business, ['profile']);
    const karte = sharedKarte.parse(await (await b.advisor.get(`/v1/shares/${s.id}/karte`)).json());
    expect(karte.consultations).toEqual([]);
    expect(karte.actions).toEqual([]);
    expect(JSON.stringify(karte)).not.toContain('OPEN-MARK');
    // The consent ran out yesterday.
    await env.DB.prepare('UPDATE shares SET expires_on = ? WHERE id = ?').bind(inDays(-1), s.id).run();
    expect((await b.advisor.get(`/v1/shares/${s.id}/karte`)).status).toBe(404);
    const after = await everythingBReads(b.advisor, s.id);
    for (const mark of ['ゆるり', 'VISION-MARK']) expect(after).not.toContain(mark);
    expect(shareList.parse(await (await a.advisor.get('/v1/shares')).json()).outgoing).toEqual([
      expect.objectContaining({ state: 'expired' }),
    ]);
  });

  it('refuses a share without a valid consent, to itself, of another organisation’s business, and reaches no third organisation', async () => {
    const { a, b, business } = await world();
    const c = await makeOrg();
    const bad = [
      { consentOn: inDays(1), expiresOn: inDays(30) },
      { consentOn: today, expiresOn: inDays(-1) },
      { consentOn: today, expiresOn: inDays(4 * 366) },
      { consentOn: today, expiresOn: inDays(30), scope: [] },
    ];
    for (const over of bad) {
      const res = await a.advisor.post('/v1/shares', {
        toOrgId: b.org.id,
        businessId: business,
        consentMethod: 'verbal',
        purpose: '連携',
        scope: ['profile'],
        ...over,
      });
      expect(res.status, JSON.stringify(over)).toBe(400);
    }
    expect(
      (
        await a.advisor.post('/v1/shares', {
          toOrgId: a.org.id,
          businessId: business,
          consentOn: today,
          consentMethod: 'verbal',
          purpose: '連携',
          scope: ['profile'],
          expiresOn: inDays(9),
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await b.advisor.post('/v1/shares', {
          toOrgId: c.org.id,
          businessId: business,
          consentOn: today,
          consentMethod: 'verbal',
          purpose: '連携',
          scope: ['profile'],
          expiresOn: inDays(9),
        })
      ).status,
    ).toBe(404);
    expect(shareList.parse(await (await a.advisor.get('/v1/shares')).json()).outgoing).toEqual([]);
    const s = await share(a.advisor, b.org.id, business, ['profile', 'consultations']);
    for (const actor of [c.advisor, c.admin]) {
      expect((await actor.get(`/v1/shares/${s.id}/karte`)).status).toBe(404);
      expect(await everythingBReads(actor, s.id)).not.toContain('ゆるり');
      expect((await actor.post(`/v1/shares/${s.id}/withdraw`, {})).status).toBe(404);
    }
  });

  it('B links its own business record to the shared karte; only B sees the link', async () => {
    const { a, b, business } = await world();
    const s = await share(a.advisor, b.org.id, business, ['profile']);
    const own = await putBusiness(b.org.id, { name: 'ゆるり食堂（輪島）' });
    expect((await b.advisor.send('PUT', `/v1/shares/${s.id}/link`, { businessId: business })).status).toBe(404);
    const linked = shareView.parse(await (await b.advisor.send('PUT', `/v1/shares/${s.id}/link`, { businessId: own })).json());
    expect(linked.linkedBusinessId).toBe(own);
    expect(shareList.parse(await (await a.advisor.get('/v1/shares')).json()).outgoing[0]!.linkedBusinessId).toBeNull();
  });
});

describe('広域連携: referrals', () => {
  it('A refers a business to B with a reason; both see it by name, B records the outcome, a third sees nothing', async () => {
    const { a, b, business } = await world();
    const c = await makeOrg();
    const res = await a.advisor.post('/v1/referrals', {
      toOrgId: b.org.id,
      businessId: business,
      reason: '地元での記帳指導を依頼',
      referredOn: today,
    });
    expect(res.status).toBe(201);
    const made = referralView.parse(await res.json());
    expect(made).toMatchObject({
      businessName: '能登ゆるり食堂',
      outcome: 'pending',
      from: { name: a.org.name },
      to: { name: b.org.name },
    });
    const got = referralList.parse(await (await b.advisor.get('/v1/referrals')).json());
    expect(got.received.map((r) => r.id)).toEqual([made.id]);
    const done = referralView.parse(
      await (await b.advisor.send('PATCH', `/v1/referrals/${made.id}`, { outcome: 'supported', outcomeNote: '記帳指導を開始' })).json(),
    );
    expect(done).toMatchObject({ outcome: 'supported', outcomeNote: '記帳指導を開始' });
    expect((await c.advisor.send('PATCH', `/v1/referrals/${made.id}`, { outcome: 'declined', outcomeNote: '' })).status).toBe(404);
    expect(await (await c.advisor.get('/v1/referrals')).text()).not.toContain('ゆるり');
    expect(
      (await a.advisor.post('/v1/referrals', { toOrgId: b.org.id, businessId: crypto.randomUUID(), reason: 'x', referredOn: today }))
        .status,
    ).toBe(404);
  });
});
