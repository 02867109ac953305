import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { errorBody, PROTOCOL_VERSION, uuidv7 } from '../../shared';
import { businessFields, consultationFields, expectError, makeClient, orgState, seedKarte } from './fixtures/mutations';
import { actorFetch, makeActor, makeOrg } from './fixtures/org';

/**
 * Input the API used to take as something else (issue 10): broken or deceptive text, values
 * that merely look like numbers, smuggled keys, bodies in encodings it does not read, cursors
 * it never issued, more search words than it matches. Each is refused with a clear Japanese
 * message and changes nothing.
 */

const push = (token: string, body: unknown, headers: Record<string, string> = {}) =>
  SELF.fetch('http://api.test/v1/sync/push', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

async function refusedPush(
  body: (clientId: string) => unknown,
  status = 400,
  code: Parameters<typeof expectError>[2] = 'validation_failed',
  headers = {},
) {
  const { org, advisor } = await makeOrg();
  const before = await orgState(org.id);
  const error = await expectError(await push(advisor.token, body(crypto.randomUUID()), headers), status, code);
  expect(await orgState(org.id)).toEqual(before);
  return error.error;
}

const oneBusiness = (fields: Record<string, unknown>) => (clientId: string) => ({
  protocol: 1,
  clientId,
  mutations: [{ id: 1, kind: 'business', recordId: uuidv7(), baseVersion: 0, fields: businessFields(fields) }],
});

describe('text that is not what it looks like', () => {
  it.each([
    ['a lone surrogate', '資金繰り\ud800の相談', /壊れた文字/],
    ['a lone low surrogate', '\udc00', /壊れた文字/],
    ['NUL', '資金\u0000繰り', /制御文字/],
    ['another control character', 'ベル\u0007', /制御文字/],
    ['a right-to-left override', 'gpj.exe\u202Etxt', /文字の向き/],
    ['a bidi isolate', '\u2067隔離\u2069', /文字の向き/],
  ])('refuses %s in a note', async (_, text, message) => {
    const error = await refusedPush(oneBusiness({ vision: text }));
    expect(error.message).toMatch(message);
    expect(error.details![0]!.path).toBe('mutations.0.fields.vision');
  });

  it.each([['\u200b'], ['\u200b\u200c\ufeff'], ['\u3000 \u00a0']])(
    'refuses a required name made only of invisible characters (%j)',
    async (name) => {
      const error = await refusedPush(oneBusiness({ name }));
      expect(error.message).toMatch(/事業者名を入力してください/);
    },
  );

  it('keeps tabs, line breaks, emoji and the marks of ordinary right-to-left text', async () => {
    const { advisor } = await makeOrg();
    const client = makeClient(advisor);
    const id = uuidv7();
    const vision = '一行目\n\t二行目 🙂👨‍👩‍👧 \u200F';
    await client.push([{ kind: 'business', recordId: id, fields: businessFields({ vision }) }]);
    expect((await client.pullAll()).byId.get(id)!.data.vision).toBe(vision);
  });
});

describe('values that merely look like what is asked', () => {
  it.each([[true], ['1'], [[1]], [1.5], [null]])('refuses protocol %j in a push body', async (protocol) => {
    const error = await refusedPush((clientId) => ({
      protocol,
      clientId,
      mutations: [{ id: 1, kind: 'business', recordId: uuidv7(), baseVersion: 0, fields: businessFields() }],
    }));
    expect(error.details!.map((d) => d.path)).toContain('protocol');
  });

  it.each([
    'protocol=true',
    'protocol=1e0',
    'protocol=%201',
    'protocol=0x1',
    'protocol=1&cursor=',
    'protocol=1&cursor=-1',
    'protocol=1&cursor=1.5',
    'protocol=1&limit=1e2',
    'protocol=1&limit=%20',
  ])('refuses the pull query %s', async (query) => {
    const { advisor } = await makeOrg();
    await expectError(await advisor.get(`/v1/sync/pull?clientId=${crypto.randomUUID()}&${query}`), 400, 'validation_failed');
  });

  it('refuses limit=1e2 on the business list', async () => {
    const { advisor } = await makeOrg();
    await expectError(await advisor.get('/v1/businesses?limit=1e2'), 400, 'validation_failed');
  });

  it.each([
    ['plain', '{"__proto__":{"admin":true}}'],
    ['escaped', '{"\\u005f\\u005fproto\\u005f\\u005f":{"admin":true}}'],
  ])('refuses a %s __proto__ key anywhere in a body, as it refuses other unknown keys', async (_, key) => {
    const error = await refusedPush(
      (clientId) =>
        `{"protocol":1,"clientId":"${clientId}","mutations":[{"id":1,"kind":"business","recordId":"${uuidv7()}","baseVersion":0,"fields":{"name":"x","k":${key}}}]}`,
    );
    expect(error.message).toMatch(/__proto__/);
  });

  it('refuses __proto__ in an admin body too', async () => {
    const { admin } = await makeOrg();
    const res = await actorFetch(
      admin.token,
      'POST',
      '/v1/admin/advisors',
      '{"name":"山田","role":"advisor","__proto__":{"role":"admin"}}',
    );
    expect((await expectError(res, 400, 'validation_failed')).error.message).toMatch(/__proto__/);
  });
});

describe('bodies in encodings the API does not take', () => {
  const valid = oneBusiness({});
  it.each(['br', 'gzip', 'deflate'])('answers 415 for Content-Encoding: %s on a plain body', async (encoding) => {
    const error = await refusedPush(valid, 415, 'unsupported_media_type', { 'Content-Encoding': encoding });
    expect(error.message).toMatch(/圧縮/);
  });

  it.each(['utf-16', 'shift_jis', 'iso-8859-1'])('answers 415 for charset=%s', async (charset) => {
    const error = await refusedPush(valid, 415, 'unsupported_media_type', { 'Content-Type': `application/json; charset=${charset}` });
    expect(error.message).toMatch(/UTF-8/);
  });

  it('takes charset=utf-8 and Content-Encoding: identity', async () => {
    const { advisor } = await makeOrg();
    const res = await push(advisor.token, valid(crypto.randomUUID()), {
      'Content-Type': 'application/json; charset=UTF-8',
      'Content-Encoding': 'identity',
    });
    expect(res.status).toBe(200);
  });

  it('refuses bytes that are not UTF-8', async () => {
    const { org, advisor } = await makeOrg();
    const before = await orgState(org.id);
    const json = JSON.stringify(valid(crypto.randomUUID())).replace('株式会社', '\u0000');
    const bytes = new TextEncoder().encode(json);
    bytes[bytes.indexOf(0)] = 0xff;
    const res = await SELF.fetch('http://api.test/v1/sync/push', {
      method: 'POST',
      headers: { Authorization: `Bearer ${advisor.token}`, 'Content-Type': 'application/json' },
      body: bytes,
    });
    expect((await expectError(res, 400, 'validation_failed')).error.message).toMatch(/UTF-8/);
    expect(await orgState(org.id)).toEqual(before);
  });
});

describe('what the docs say', () => {
  it.each([
    ['a hand-made cursor', btoa(JSON.stringify(["' OR 1=1 --", 'x']))],
    ['a cursor with a non-date key', btoa(JSON.stringify(['x', '0190b000-0000-7000-8000-000000000001']))],
  ])('refuses %s on the consultations list', async (_, cursor) => {
    const { advisor } = await makeOrg();
    const { businessId } = await seedKarte(makeClient(advisor));
    await expectError(await advisor.get(`/v1/businesses/${businessId}/consultations?cursor=${cursor}`), 400, 'validation_failed');
  });

  it('refuses a hand-made cursor on the business search and the admin lists', async () => {
    const { admin } = await makeOrg();
    const cursor = btoa(JSON.stringify(["' OR 1=1 --", 'x']));
    for (const path of ['/v1/businesses', '/v1/admin/advisors', '/v1/admin/tokens']) {
      await expectError(await admin.get(`${path}?cursor=${cursor}`), 400, 'validation_failed');
    }
  });

  it('refuses more than 8 search words instead of silently dropping some', async () => {
    const { advisor } = await makeOrg();
    const error = await expectError(
      await advisor.get(`/v1/businesses?q=${encodeURIComponent('あ い う え お か き く け')}`),
      400,
      'validation_failed',
    );
    expect(error.error.message).toMatch(/8語まで/);
    expect((await advisor.get(`/v1/businesses?q=${encodeURIComponent('あ い う え お か き く')}`)).status).toBe(200);
  });
});

describe('co-advisors (advisorIds)', () => {
  it('must be enabled advisors of the organisation', async () => {
    const { org, advisor, advisor2 } = await makeOrg();
    const other = await makeOrg();
    const disabled = await makeActor(org.id, 'advisor');
    const client = makeClient(advisor);
    const { businessId } = await seedKarte(client);
    // Disable one colleague straight in D1, as an admin would.
    await env.DB.prepare('UPDATE advisors SET disabled_at = ? WHERE id = ?').bind(new Date().toISOString(), disabled.id).run();

    for (const stranger of [other.advisor.id, crypto.randomUUID(), disabled.id]) {
      const id = uuidv7();
      const res = await client.push([
        { kind: 'consultation', recordId: id, fields: consultationFields(businessId, { advisorIds: [stranger] }) },
      ]);
      expect(res.results[0]).toMatchObject({ status: 'rejected', code: 'not_found' });
      expect(res.results[0]!.message).toMatch(/有効な支援者でない/);
      expect(res.results[0]!.message).not.toContain(stranger);
      expect((await client.pullAll()).byId.has(id)).toBe(false);
    }
    const ok = await client.push([
      { kind: 'consultation', recordId: uuidv7(), fields: consultationFields(businessId, { advisorIds: [advisor2.id] }) },
    ]);
    expect(ok.results[0]!.status).toBe('applied');
  });

  it('do not block later edits of a consultation whose co-advisor was disabled since', async () => {
    const { org, advisor } = await makeOrg();
    const colleague = await makeActor(org.id, 'advisor');
    const client = makeClient(advisor);
    const { businessId } = await seedKarte(client);
    const id = uuidv7();
    await client.push([{ kind: 'consultation', recordId: id, fields: consultationFields(businessId, { advisorIds: [colleague.id] }) }]);
    await env.DB.prepare('UPDATE advisors SET disabled_at = ? WHERE id = ?').bind(new Date().toISOString(), colleague.id).run();
    const res = await client.push([
      { kind: 'consultation', recordId: id, baseVersion: (await client.pullAll()).byId.get(id)!.version, fields: { advice: '追記' } },
    ]);
    expect(res.results[0]!.status).toBe('applied');
  });
});

describe('failed sign-ins', () => {
  it('are limited per client address: past the limit the address is refused before any token lookup', async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
    const { advisor } = await makeOrg();
    const get = (token: string, ip = address) =>
      SELF.fetch('http://api.test/v1/me', { headers: { Authorization: `Bearer ${token}`, 'CF-Connecting-IP': ip } });
    const statuses: number[] = [];
    for (let i = 0; i < 70 && !statuses.includes(429); i++) statuses.push((await get(`bk_guess${i}`)).status);
    // 30 failures a minute are answered 401. The limiter counts in minute-long windows, so the
    // 31st failure of one window is refused: the 31st request, or by the 61st if the run straddles two.
    const firstRefused = statuses.indexOf(429);
    expect(firstRefused).toBeGreaterThanOrEqual(30);
    expect(firstRefused).toBeLessThanOrEqual(60);
    expect(statuses.slice(0, firstRefused).every((s) => s === 401)).toBe(true);
    // Once refused, the address stays refused: no more guesses reach the token lookup.
    for (let i = 0; i < 5; i++) expect((await get(`bk_more${i}`)).status).toBe(429);
    // The address stays refused, even with a good token, and the answer says to wait.
    const blocked = await get(advisor.token);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect(errorBody.parse(await blocked.json()).error.message).toMatch(/1分ほど待って/);
    // Another address is not affected.
    expect((await get(advisor.token, '198.51.100.7')).status).toBe(200);
  });
});

describe('answers in the error shape', () => {
  // Methods workerd itself refuses (CONNECT, unknown tokens such as FOO) never reach the Worker: it answers them before the app runs.
  it.each(['PUT', 'TRACE', 'PROPFIND', 'PATCH'])('answers %s on every path in the shared error shape', async (method) => {
    const { advisor } = await makeOrg();
    for (const path of ['/health', '/v1/me', '/v1/sync/push', '/v1/businesses', '/nowhere']) {
      const res = await actorFetch(advisor.token, method, path);
      expect(res.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${method} ${path}`).toBeLessThan(500);
      expect(errorBody.safeParse(await res.json()).success, `${method} ${path}`).toBe(true);
    }
  });

  it('answers a malformed percent-encoding in the path or query as a 400 or 404 in the error shape', async () => {
    const { advisor } = await makeOrg();
    for (const path of ['/v1/businesses/%E0%A4%A', `/v1/sync/pull?protocol=${PROTOCOL_VERSION}&clientId=%ZZ`, '/%']) {
      const res = await advisor.get(path);
      expect([400, 404], path).toContain(res.status);
      expect(errorBody.safeParse(await res.json()).success, path).toBe(true);
    }
    // A stray % in a search is searched for as written.
    expect((await advisor.get('/v1/businesses?q=%FF')).status).toBe(200);
  });
});
