import { describe, expect, it } from 'vitest';
import { LIMITS, PROTOCOL_VERSION, pullResponse } from '../../shared';
import { organisationOfMaximalRecords } from './fixtures/maximal-records';

/**
 * Pull pages are bounded by bytes as well as by count (issue 10): a consultation at its limits
 * is ~150 KB, so 1,000 of them would pass a Worker's 128 MB. (A device syncing such an
 * organisation from cursor 0: tests/integration/sync-client.test.ts.)
 */
describe('pull pages bounded by bytes', () => {
  it('keeps each page within a few MB even at limit=1000, and pages through everything from cursor 0', async () => {
    const { advisor, ids } = await organisationOfMaximalRecords();
    const clientId = crypto.randomUUID();
    let cursor = 0;
    let hasMore = true;
    const seen: string[] = [];
    let pages = 0;
    while (hasMore) {
      const res = await advisor.get(
        `/v1/sync/pull?${new URLSearchParams({ protocol: String(PROTOCOL_VERSION), clientId, cursor: String(cursor), limit: '1000' })}`,
      );
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
});
