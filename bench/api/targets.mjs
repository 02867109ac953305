/**
 * The two things measured, behind one interface so every measurement runs the same code:
 * the real API (docs/sync.md: push of mutations, pull by cursor) and the bare baseline worker.
 *
 * A target: `startRound(round)` prepares a round (setting `businessId`, which consultations
 * point at, and `startCursor`, the cursor before the round's records), `encodePush(fieldsList)`
 * builds a request body outside the timed loop, `send(body, count)` posts it and checks every
 * record was written, `pullPage(cursor, limit)` reads one page: `{ count, cursor, hasMore }`.
 */
import { businessFields, uuidv7 } from './payload.mjs';

const PROTOCOL = 1; // shared/sync.ts PROTOCOL_VERSION

async function json(res, what) {
  const text = await res.text();
  if (!res.ok) throw new Error(`${what}: HTTP ${res.status} ${text.slice(0, 500)}`);
  return JSON.parse(text);
}

/** Creates the benchmark's organisation through POST /v1/bootstrap and returns the admin's token. */
export async function bootstrapToken(baseUrl, secret) {
  const res = await fetch(`${baseUrl}/v1/bootstrap`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-bootstrap-secret': secret },
    body: JSON.stringify({ organisationName: 'ベンチマーク商工会', adminName: 'ベンチ 管理者' }),
  });
  const body = await json(res, 'POST /v1/bootstrap');
  if (typeof body.token !== 'string') throw new Error(`POST /v1/bootstrap answered no token: ${JSON.stringify(body)}`);
  return body.token;
}

export function realTarget(baseUrl, token) {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  let clientId = '';
  let nextId = 1;

  async function send(body, count) {
    const res = await fetch(`${baseUrl}/v1/sync/push`, { method: 'POST', headers, body });
    const answer = await json(res, 'POST /v1/sync/push');
    const applied = answer.results.filter((r) => r.status === 'applied').length;
    if (applied !== count) {
      const bad = answer.results.find((r) => r.status !== 'applied');
      throw new Error(`push applied ${applied} of ${count}: ${JSON.stringify(bad)}`);
    }
    return answer;
  }

  function encodePush(fieldsList, kind = 'consultation') {
    const mutations = fieldsList.map((fields) => ({ id: nextId++, kind, recordId: uuidv7(), baseVersion: 0, fields }));
    return JSON.stringify({ protocol: PROTOCOL, clientId, mutations });
  }

  return {
    name: 'real',
    businessId: '',
    startCursor: 0,
    /** A fresh client per round; its first mutation creates the round's business. */
    async startRound(round) {
      clientId = uuidv7();
      nextId = 1;
      const body = encodePush([businessFields(round)], 'business');
      this.businessId = JSON.parse(body).mutations[0].recordId;
      this.startCursor = (await send(body, 1)).cursor;
    },
    encodePush,
    send,
    async pullPage(cursor, limit) {
      const query = new URLSearchParams({ protocol: String(PROTOCOL), clientId, cursor: String(cursor), limit: String(limit) });
      const page = await json(await fetch(`${baseUrl}/v1/sync/pull?${query}`, { headers }), 'GET /v1/sync/pull');
      return { count: page.changes.length, cursor: page.cursor, hasMore: page.hasMore };
    },
  };
}

export function baselineTarget(baseUrl) {
  const headers = { 'content-type': 'application/json' };

  async function send(body, count) {
    const res = await fetch(`${baseUrl}/push`, { method: 'POST', headers, body });
    const answer = await json(res, 'POST /push (baseline)');
    if (answer.written !== count) throw new Error(`baseline push wrote ${answer.written} of ${count} rows`);
    return answer;
  }

  return {
    name: 'baseline',
    businessId: '',
    startCursor: 0,
    async startRound() {
      this.businessId = uuidv7();
      // The cursor before this round: a one-row push answers the last sequence number.
      this.startCursor = (await send(JSON.stringify({ rows: [{ id: this.businessId, data: businessFields(0) }] }), 1)).cursor;
    },
    encodePush: (fieldsList) => JSON.stringify({ rows: fieldsList.map((data) => ({ id: uuidv7(), data })) }),
    send,
    async pullPage(cursor, limit) {
      const query = new URLSearchParams({ cursor: String(cursor), limit: String(limit) });
      const page = await json(await fetch(`${baseUrl}/pull?${query}`), 'GET /pull (baseline)');
      return { count: page.changes.length, cursor: page.cursor, hasMore: page.hasMore };
    },
  };
}
