import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { LIMITS, uuidv7 } from '../../shared';
import { createOrganisation } from '../../server/src/db/orgs';
import { HOSTILE_CASES, type HostileCase } from './fixtures/hostile-cases';
import { actionFields, businessFields, consultationFields, expectError, makeClient, orgState } from './fixtures/mutations';
import { actorFetch, makeActor, makeOrg, type Actor } from './fixtures/org';

/** Everything a refused request must leave as it was. */
async function snapshot(orgId: string) {
  const clients = await env.DB.prepare('SELECT COUNT(*) AS n FROM sync_clients WHERE org_id = ?').bind(orgId).first<{ n: number }>();
  return { ...(await orgState(orgId)), clients: clients!.n };
}

function send(actor: Actor, c: HostileCase, clientId: string): Promise<Response> {
  if (c.pull !== undefined) return actor.get(`/v1/sync/pull?${c.pull.replace('{clientId}', clientId)}`);
  if (c.push) return actorFetch(actor.token, 'POST', '/v1/sync/push', JSON.stringify(c.push(clientId)));
  const raw = c.raw!(clientId);
  const headers: Record<string, string> = { Authorization: `Bearer ${actor.token}` };
  if (raw.contentType) headers['Content-Type'] = raw.contentType;
  return SELF.fetch('http://api.test/v1/sync/push', { method: 'POST', headers, body: raw.body });
}

describe('hostile push bodies and pull queries', () => {
  it('cover at least 100 cases', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(100);
    expect(new Set(HOSTILE_CASES.map((c) => c.name)).size).toBe(HOSTILE_CASES.length);
  });

  it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))('refuses %s in the shared error shape and changes nothing', async (_, c) => {
    const org = await createOrganisation(env.DB, `攻撃テスト-${crypto.randomUUID().slice(0, 8)}`);
    const actor = await makeActor(org.id, 'advisor');
    const before = await snapshot(org.id);
    await expectError(await send(actor, c, crypto.randomUUID()), c.status, c.code);
    expect(await snapshot(org.id)).toEqual(before);
  });
});

describe('hostile but valid content', () => {
  const TEXTS = [
    "'; DROP TABLE records; --",
    "Robert'); DELETE FROM orgs WHERE ('1'='1",
    '1; UPDATE orgs SET version = 0',
    '" OR ""="',
    "<script>alert('xss')</script>",
    '<img src=x onerror=alert(1)>',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, meant literally
    '&lt;b&gt; &amp;amp; ${7*7} {{7*7}} ../../etc/passwd %00',
    '改行\nタブ\t「全角」ＳＥＬＥＣＴ　＊ 🙂👨‍👩‍👧 \u200Fright-to-left mark',
  ];

  it('stores SQL and HTML text verbatim and hands it back unchanged', async () => {
    const { org, advisor, manager } = await makeOrg();
    const client = makeClient(advisor);
    const ids = TEXTS.map(() => ({ business: uuidv7(), consultation: uuidv7(), action: uuidv7() }));
    await client.push(
      TEXTS.flatMap((t, i) => [
        {
          kind: 'business' as const,
          recordId: ids[i]!.business,
          fields: businessFields({ name: t, vision: t, externalIds: [{ system: 'TOAS', value: t.slice(0, 100) }] }),
        },
        {
          kind: 'consultation' as const,
          recordId: ids[i]!.consultation,
          fields: consultationFields(ids[i]!.business, { inquiry: t, advice: `${t}🙂`, personMet: t.slice(0, 100) }),
        },
        { kind: 'action' as const, recordId: ids[i]!.action, fields: actionFields(ids[i]!.business, { text: t }) },
      ]),
    );
    await makeClient(manager).push([
      { kind: 'tag', recordId: 'topic-hostile', fields: { groupId: 'grp-topic', name: TEXTS[0]!.slice(0, 40) } },
    ]);

    const { byId } = await makeClient(advisor).pullAll();
    TEXTS.forEach((t, i) => {
      expect(byId.get(ids[i]!.business)!.data).toMatchObject({
        name: t,
        vision: t,
        externalIds: [{ system: 'TOAS', value: t.slice(0, 100) }],
      });
      expect(byId.get(ids[i]!.consultation)!.data).toMatchObject({ inquiry: t, advice: `${t}🙂`, personMet: t.slice(0, 100) });
      expect(byId.get(ids[i]!.action)!.data.text).toBe(t);
    });
    expect(byId.get('topic-hostile')!.data.name).toBe(TEXTS[0]!.slice(0, 40));
    // The statements were data, not SQL: tables and the org version are intact.
    expect((await orgState(org.id)).version).toBeGreaterThan(TEXTS.length * 3);
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM orgs WHERE id = ?').bind(org.id).first()).toEqual({ n: 1 });
  });

  it('accepts text exactly at each limit', async () => {
    const { advisor } = await makeOrg();
    const client = makeClient(advisor);
    const b = uuidv7();
    const c = uuidv7();
    const full = (n: number) => '字'.repeat(n);
    const res = await client.push([
      {
        kind: 'business',
        recordId: b,
        fields: businessFields({
          name: full(LIMITS.name),
          nameKana: full(LIMITS.kana),
          vision: full(LIMITS.karteText),
          strengths: full(LIMITS.karteText),
        }),
      },
      {
        kind: 'consultation',
        recordId: c,
        fields: consultationFields(
          b,
          Object.fromEntries(['inquiry', 'ownerWords', 'advice', 'insight', 'essentialIssue'].map((f) => [f, full(LIMITS.noteField)])),
        ),
      },
      { kind: 'action', recordId: uuidv7(), fields: actionFields(b, { text: full(LIMITS.actionText) }) },
    ]);
    expect(res.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    const { byId } = await client.pullAll();
    expect((byId.get(c)!.data.ownerWords as string).length).toBe(LIMITS.noteField);
  });

  it('rejects unknown tags per mutation (not 400) and writes nothing for them', async () => {
    const { org, advisor } = await makeOrg();
    const client = makeClient(advisor);
    const businessId = uuidv7();
    await client.push([{ kind: 'business', recordId: businessId, fields: businessFields() }]);
    const before = await orgState(org.id);
    const bogus = ['topic-nonexistent', uuidv7(), 'grp-topic', businessId];
    const res = await client.push(
      bogus.map((tagId) => ({
        kind: 'consultation' as const,
        recordId: uuidv7(),
        fields: consultationFields(businessId, { tagIds: ['topic-tax', tagId] }),
      })),
    );
    expect(res.results.map((r) => r.code)).toEqual(bogus.map(() => 'unknown_tag'));
    expect(res.lastMutationId).toBe(1 + bogus.length);
    expect(await orgState(org.id)).toEqual(before);
  });

  it('refuses a smuggled __proto__ key like any unknown field: nothing polluted, nothing stored', async () => {
    const { org, advisor } = await makeOrg();
    const client = makeClient(advisor);
    const before = await orgState(org.id);
    const raw = `{"protocol":1,"clientId":"${client.clientId}","mutations":[{"id":1,"kind":"business","recordId":"${uuidv7()}","baseVersion":0,"fields":{"name":"x","__proto__":{"admin":true}}}]}`;
    const res = await SELF.fetch('http://api.test/v1/sync/push', {
      method: 'POST',
      headers: { Authorization: `Bearer ${advisor.token}`, 'Content-Type': 'application/json' },
      body: raw,
    });
    await expectError(res, 400, 'validation_failed');
    expect(await orgState(org.id)).toEqual(before);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('answers a non-consecutive push with 400 even after a valid one, keeping what was applied', async () => {
    const { org, advisor } = await makeOrg();
    const client = makeClient(advisor);
    await client.push([{ kind: 'business', recordId: uuidv7(), fields: businessFields() }]);
    const before = await orgState(org.id);
    const [m2, m3] = client.number([1, 2].map(() => ({ kind: 'business' as const, recordId: uuidv7(), fields: businessFields() })));
    await expectError(await client.rawPush(client.body([m3, m2])), 400, 'validation_failed');
    expect(await orgState(org.id)).toEqual(before);
  });
});
