import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, PROTOCOL_VERSION, RESTORE_PART_RECORDS, type RestoreRequest } from '../../../shared';
import { createRestoreStore, type RestoreApi } from '../../../extension/state/restore-store';

const tag = (i: number) => ({
  kind: 'tag' as const,
  id: `tag-${i}`,
  version: i + 1,
  authorId: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  redacted: false,
  data: { groupId: 'grp-topic', name: `分野${i}`, order: i, deleted: false },
});
const file = (count: number, over: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    protocol: PROTOCOL_VERSION,
    organisation: { id: 'old-org', name: '旧・輪島商工会' },
    exportedAt: '2026-12-01T00:00:00.000Z',
    exportedBy: { id: 'a', name: '管理者', role: 'admin' },
    scope: 'organisation',
    sensitive: true,
    advisors: [{ id: 'a', name: '管理者', jobTitle: null, role: 'admin', active: true }],
    records: Array.from({ length: count }, (_, i) => tag(i)),
    ...over,
  });

/** The API as the store sees it: records every part, and fails the parts listed once. */
function api(failOnce: number[] = []): RestoreApi & { sent: RestoreRequest[] } {
  const sent: RestoreRequest[] = [];
  const failing = new Set(failOnce);
  return {
    sent,
    async restore(body) {
      if (failing.delete(body.part.index)) return { ok: false, reason: 'network' };
      sent.push(body);
      return { ok: true, value: { restored: body.records.length, part: body.part.index, finished: body.part.last } };
    },
  };
}

describe('restoring an export from the import page', () => {
  it('sends the records in order, in parts, the people with the first; after a failure it resumes where it stopped', async () => {
    const server = api([1]);
    const store = createRestoreStore({ api: server });
    store.choose('export.json', file(RESTORE_PART_RECORDS * 2 + 5));
    expect(store.chosen.value?.parts).toBe(3);
    await store.restore();
    expect(store.notice.value?.tone).toBe('error');
    expect(store.next.value).toBe(1);
    await store.restore();
    expect(store.done.value).toBe(true);
    expect(server.sent.map((p) => [p.part.index, p.part.last, p.records.length, p.advisors.length])).toEqual([
      [0, false, RESTORE_PART_RECORDS, 1],
      [1, false, RESTORE_PART_RECORDS, 0],
      [2, true, 5, 0],
    ]);
    expect(server.sent.flatMap((p) => p.records.map((r) => r.id))).toEqual(
      Array.from({ length: RESTORE_PART_RECORDS * 2 + 5 }, (_, i) => `tag-${i}`),
    );
  });

  it('refuses what is not a whole export with 機微 text, before sending anything', async () => {
    const server = api();
    const store = createRestoreStore({ api: server });
    for (const [text, key] of [
      ['{ not json', 'restore.notJson'],
      [JSON.stringify({ format: 'other' }), 'restore.notExport'],
      [file(2, { scope: 'own' }), 'restore.needsWhole'],
      [file(0, { records: [{ ...tag(1), redacted: true }] }), 'restore.needsWhole'],
    ] as const) {
      store.choose('x.json', text);
      expect(store.notice.value?.message.key).toBe(key);
      expect(store.chosen.value).toBeNull();
    }
    await store.restore();
    expect(server.sent).toEqual([]);
  });
});
