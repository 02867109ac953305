import { describe, expect, it } from 'vitest';
import { LIMITS, MAX_DETAILS, uuidv7 } from '../../shared';
import { expectError, orgState } from './fixtures/mutations';
import { actorFetch, makeOrg } from './fixtures/org';

/**
 * Large invalid input (issue 10): array lengths are checked before their elements, so a body of
 * junk is refused at once, never a 500; an answer lists at most MAX_DETAILS problems and says
 * how many there were.
 */

const CLIENT = () => crypto.randomUUID();
const BID = '0190b000-0000-7000-8000-000000000002';

async function refuse(body: string, expectSmallerThan = 8 * 1024) {
  const { org, advisor } = await makeOrg();
  const before = await orgState(org.id);
  const res = await actorFetch(advisor.token, 'POST', '/v1/sync/push', body);
  const text = await res.clone().text();
  const error = await expectError(res, 400, 'validation_failed');
  expect(text.length).toBeLessThan(expectSmallerThan);
  expect(error.error.details!.length).toBeLessThanOrEqual(MAX_DETAILS);
  expect(await orgState(org.id)).toEqual(before);
  return error;
}

describe('large invalid arrays', () => {
  it('refuses 150,000 junk mutations with one message, not a stack overflow', async () => {
    const body = `{"protocol":1,"clientId":"${CLIENT()}","mutations":[${Array(150_000).fill(1).join(',')}]}`;
    const error = await refuse(body);
    expect(error.error.details).toEqual([{ path: 'mutations', message: `一度に送れる変更は${LIMITS.mutationsPerPush}件までです` }]);
  });

  it('refuses 200,000 junk tagIds at once', async () => {
    const tagIds = Array(200_000).fill('x');
    const m = {
      id: 1,
      kind: 'consultation',
      recordId: uuidv7(),
      baseVersion: 0,
      fields: { businessId: BID, heldAt: '2026-04-01T09:30:00Z', channel: 'counter', inquiry: '相談', tagIds },
    };
    const error = await refuse(JSON.stringify({ protocol: 1, clientId: CLIENT(), mutations: [m] }));
    expect(error.error.details![0]).toEqual({
      path: 'mutations.0.fields.tagIds',
      message: `タグは1件の相談につき${LIMITS.tagsPerConsultation}個までです`,
    });
  });

  it('lists at most 20 problems and how many there were', async () => {
    const mutations = Array.from({ length: LIMITS.mutationsPerPush }, (_, i) => ({
      id: i + 1,
      kind: 'business',
      recordId: 'not-a-uuid',
      baseVersion: -1,
      fields: { name: 1 },
    }));
    const error = await refuse(JSON.stringify({ protocol: 1, clientId: CLIENT(), mutations }));
    expect(error.error.details).toHaveLength(MAX_DETAILS);
    expect(error.error.detailCount).toBeGreaterThanOrEqual(3 * LIMITS.mutationsPerPush);
    expect(error.error.message).toMatch(/ほか[\d,]+件/);
  });

  it('keeps the answer small for an object of 50,000 unknown keys', async () => {
    const fields = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i]));
    await refuse(
      JSON.stringify({
        protocol: 1,
        clientId: CLIENT(),
        mutations: [{ id: 1, kind: 'business', recordId: uuidv7(), baseVersion: 0, fields }],
      }),
    );
  });

  it('refuses junk advisorIds, externalIds and statusChanges by their length first', async () => {
    for (const [kind, fields] of [
      [
        'consultation',
        { businessId: BID, heldAt: '2026-04-01T09:30:00Z', channel: 'counter', inquiry: '相談', advisorIds: Array(100_000).fill(0) },
      ],
      ['business', { name: '株式会社テスト', externalIds: Array(100_000).fill(0) }],
      ['business', { name: '株式会社テスト', statusChanges: Array(100_000).fill(0) }],
    ] as const) {
      await refuse(
        JSON.stringify({ protocol: 1, clientId: CLIENT(), mutations: [{ id: 1, kind, recordId: uuidv7(), baseVersion: 0, fields }] }),
      );
    }
  });
});
