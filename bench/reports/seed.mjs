/**
 * What the reports and export benchmarks share: the organisation of bench/reports/data.mjs seeded
 * through the real push, and the small helpers their run scripts both need (an answer's JSON,
 * p50/p95, the machine).
 */
import { uuidv7 } from '../api/payload.mjs';
import {
  actionFields,
  applicationFields,
  businessFields,
  consultationFields,
  dispatchFields,
  figuresFields,
  founderFields,
} from './data.mjs';

/** The answer's JSON; throws with the start of its body when the status is not 2xx. */
export async function json(res, what) {
  const text = await res.text();
  if (!res.ok) throw new Error(`${what}: HTTP ${res.status} ${text.slice(0, 400)}`);
  return JSON.parse(text);
}

/** Pushes records of one kind in batches through POST /v1/sync/push; every one must be applied. */
async function pushAll(baseUrl, token, protocol, kind, list, batch) {
  const clientId = uuidv7();
  let id = 1;
  for (let i = 0; i < list.length; i += batch) {
    const mutations = list.slice(i, i + batch).map(({ recordId, fields }) => ({ id: id++, kind, recordId, baseVersion: 0, fields }));
    const res = await fetch(`${baseUrl}/v1/sync/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ protocol, clientId, mutations }),
    });
    const answer = await json(res, `push ${kind}`);
    const refused = answer.results.find((r) => r.status !== 'applied');
    if (refused) throw new Error(`push ${kind} refused: ${JSON.stringify(refused)}`);
  }
}

/**
 * The organisation through the real push: `plan.businesses` businesses, `plan.consultations`
 * consultations with a next action on one in `plan.actionEvery`, `plan.applications` 補助金
 * applications, `plan.dispatches` 専門家派遣, two 決算期 for one business in five (the plan report's
 * trends compare them) and a founder on one karte in fifty (the 特定創業支援 report), `plan.batch`
 * mutations a push. Returns every kind's records, their counts and the seconds the pushes took.
 */
export async function seedOrganisation(baseUrl, token, plan) {
  const me = await json(await fetch(`${baseUrl}/v1/me`, { headers: { authorization: `Bearer ${token}` } }), 'GET /v1/me');
  const businesses = Array.from({ length: plan.businesses }, (_, i) => ({ recordId: uuidv7(), fields: businessFields(i) }));
  const ids = businesses.map((b) => b.recordId);
  const consultations = Array.from({ length: plan.consultations }, (_, n) => ({ recordId: uuidv7(), fields: consultationFields(n, ids) }));
  const kinds = {
    business: businesses,
    consultation: consultations,
    action: consultations
      .filter((_, n) => n % plan.actionEvery === 0)
      .map((c, n) => ({ recordId: uuidv7(), fields: actionFields(n, c.fields, c.recordId) })),
    application: Array.from({ length: plan.applications }, (_, n) => ({
      recordId: uuidv7(),
      fields: applicationFields(n, ids, me.advisor.id),
    })),
    expertDispatch: Array.from({ length: plan.dispatches }, (_, n) => ({ recordId: uuidv7(), fields: dispatchFields(n, ids) })),
    yearlyFigures: ids
      .filter((_, i) => i % 5 === 0)
      .flatMap((id, i) => [2026, 2027].map((year) => ({ recordId: uuidv7(), fields: figuresFields(i, id, year) }))),
    founder: ids.filter((_, i) => i % 50 === 1).map((id, n) => ({ recordId: uuidv7(), fields: founderFields(n, id) })),
  };
  const started = performance.now();
  for (const [kind, list] of Object.entries(kinds)) await pushAll(baseUrl, token, me.protocol, kind, list, plan.batch);
  return {
    kinds,
    counts: Object.fromEntries(Object.entries(kinds).map(([k, l]) => [k, l.length])),
    seconds: (performance.now() - started) / 1000,
  };
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];

/** n, p50, p95 and max of the samples. */
export function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted.at(-1) };
}
