import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS, PROTOCOL_VERSION, pullResponse, uuidv7 } from '../../shared';
import { businessFields, consultationFields, makeClient } from './fixtures/mutations';
import { makeOrg } from './fixtures/org';
import { useFastTasks } from './sim/fast-tasks';
import { plainClient } from './sim/plain-client';

/**
 * Pull pages are bounded by bytes as well as by count (issue 10): a consultation at its limits
 * is ~150 KB, so 1,000 of them would pass a Worker's 128 MB. A device syncing an organisation
 * of maximal records from cursor 0 still receives everything, page by page.
 */
let restoreTasks: () => void;
beforeAll(() => {
  restoreTasks = useFastTasks();
});
afterAll(() => restoreTasks());

const COUNT = 40;
/** Every dialogue field at its limit, in three-byte characters. */
const maximal = (i: number) => {
  const fill = (ch: string) => `${i}:`.concat(ch.repeat(LIMITS.noteField - `${i}:`.length));
  return { inquiry: fill('相'), ownerWords: fill('経'), advice: fill('助'), insight: fill('気'), essentialIssue: fill('本'), personMet: '代'.repeat(LIMITS.shortText) };
};

async function organisationOfMaximalRecords() {
  const world = await makeOrg();
  const writer = makeClient(world.advisor);
  const businessId = uuidv7();
  await writer.push([{ kind: 'business', recordId: businessId, fields: businessFields() }]);
  const ids: string[] = [];
  for (let start = 0; start < COUNT; start += 10) {
    const batch = Array.from({ length: 10 }, (_, k) => ({ kind: 'consultation' as const, recordId: uuidv7(), fields: consultationFields(businessId, maximal(start + k)) }));
    ids.push(...batch.map((b) => b.recordId));
    await writer.push(batch);
  }
  return { ...world, ids };
}

describe('pull pages bounded by bytes', () => {
  it('keeps each page within a few MB even at limit=1000, and pages through everything from cursor 0', async () => {
    const { advisor, ids } = await organisationOfMaximalRecords();
    const clientId = crypto.randomUUID();
    let cursor = 0;
    let hasMore = true;
    const seen: string[] = [];
    let pages = 0;
    while (hasMore) {
      const res = await advisor.get(`/v1/sync/pull?${new URLSearchParams({ protocol: String(PROTOCOL_VERSION), clientId, cursor: String(cursor), limit: '1000' })}`);
      const text = await res.text();
      expect(res.status).toBe(200);
      expect(new TextEncoder().encode(text).length).toBeLessThan(LIMITS.pullPageBytes + 512 * 1024);
      const page = pullResponse.parse(JSON.parse(text));
      seen.push(...page.changes.map((c) => c.id));
      cursor = page.cursor;
      hasMore = page.hasMore;
      pages++;
    }
    expect(pages).toBeGreaterThan(1);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of ids) expect(seen).toContain(id);
  });

  it('gives a page at least one record, however large', async () => {
    const { advisor } = await organisationOfMaximalRecords();
    const q = new URLSearchParams({ protocol: String(PROTOCOL_VERSION), clientId: crypto.randomUUID(), cursor: '0', limit: '1' });
    const page = pullResponse.parse(await (await advisor.get(`/v1/sync/pull?${q}`)).json());
    expect(page.changes).toHaveLength(1);
    expect(page.hasMore).toBe(true);
  });

  it('lets a device that syncs from nothing receive the whole organisation', async () => {
    const { advisor2, ids } = await organisationOfMaximalRecords();
    const device = await plainClient(advisor2, 'fresh-device');
    expect(await device.sync()).toMatchObject({ status: 'synced' });
    const stored = await device.db.consultations.toArray();
    expect(stored.map((c) => c.id).sort()).toEqual([...ids].sort());
    expect(stored.every((c) => c.inquiry.length === LIMITS.noteField)).toBe(true);
    await device.close();
  }, 60_000);
});
