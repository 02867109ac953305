import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, pullResponse, restoreResponse, type DirectoryEntry, type RecordEnvelope } from '../../shared';
import { makeOrg, type Actor } from './fixtures/org';
import { auditRows, putAction, putBusiness, putConflict, putConsultation } from './fixtures/records';

/** Every live record the actor may read, as pull hands them over (the export carries the same envelopes). */
async function everything(actor: Actor): Promise<RecordEnvelope[]> {
  const out: RecordEnvelope[] = [];
  const clientId = crypto.randomUUID();
  let cursor = 0;
  for (;;) {
    const page = pullResponse.parse(
      await (await actor.get(`/v1/sync/pull?protocol=${PROTOCOL_VERSION}&clientId=${clientId}&cursor=${cursor}&limit=500`)).json(),
    );
    out.push(...page.changes);
    cursor = page.cursor;
    if (!page.hasMore) return out;
  }
}

/** Records as a person compares them: the author by name (the same deployment gives the restored people new ids). */
const comparable = (records: RecordEnvelope[], names: ReadonlyMap<string, string>) =>
  records
    .map((r) => ({
      kind: r.kind,
      id: r.id,
      author: r.authorId === null ? null : (names.get(r.authorId) ?? r.authorId),
      redacted: r.redacted,
      data: r.data,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));

async function sourceOrg() {
  const w = await makeOrg();
  const b = await putBusiness(w.org.id, { name: '能登ゆるり食堂', corporateNumber: null, externalIds: [{ system: 'TOAS', value: 'T-9' }] });
  const open = await putConsultation(w.org.id, w.advisor.id, b, { inquiry: '販路の相談' });
  const secret = await putConsultation(w.org.id, w.advisor.id, b, { inquiry: '借入の返済（機微）', sensitive: true });
  await putAction(w.org.id, w.advisor.id, b, { consultationId: open, text: '商談会に申し込む', dueDate: '2027-01-10' });
  await putAction(w.org.id, w.advisor.id, b, { consultationId: secret, text: '金融機関に連絡（機微）', dueDate: '2027-01-05' });
  await putConflict(w.org.id, w.advisor.id, { kind: 'consultation', id: secret }, 'inquiry', '食い違った機微の文章');
  const records = await everything(w.manager);
  const advisors: DirectoryEntry[] = [w.advisor, w.advisor2, w.manager, w.admin].map((a, i) => ({
    id: a.id,
    name: `職員${i}`,
    jobTitle: null,
    role: a.role,
    active: true,
  }));
  return { w, records, advisors, source: { organisationId: w.org.id, exportedAt: new Date().toISOString() } };
}

const restore = (actor: Actor, body: unknown) => actor.post('/v1/import/restore', body);

describe('POST /v1/import/restore', () => {
  it('gives back the same records in an empty organisation, part by part, 機微 still guarded', async () => {
    const { records, advisors, source } = await sourceOrg();
    expect(records.some((r) => r.redacted)).toBe(false);
    const target = await makeOrg();
    const half = Math.ceil(records.length / 2);
    const parts = [records.slice(0, half), records.slice(half)];
    for (const [index, part] of parts.entries()) {
      const res = await restore(target.admin, {
        source,
        part: { index, last: index === parts.length - 1 },
        advisors: index === 0 ? advisors : [],
        records: part,
      });
      expect(res.status, await res.clone().text()).toBe(200);
      expect(restoreResponse.parse(await res.json())).toEqual({ restored: part.length, part: index, finished: index === 1 });
    }
    const back = await everything(target.manager);
    const directory = (await (await target.admin.get('/v1/directory')).json()) as { advisors: DirectoryEntry[] };
    const before = new Map(advisors.map((a) => [a.id, a.name]));
    const after = new Map(directory.advisors.map((a) => [a.id, a.name]));
    expect(
      comparable(
        back.filter((r) => records.some((s) => s.id === r.id)),
        after,
      ),
    ).toEqual(comparable(records, before));
    // The people come back by name, disabled; an advisor of the new organisation may not read the 機微 text.
    expect(directory.advisors.filter((a) => a.name.startsWith('職員')).map((a) => [a.name, a.active])).toEqual(
      expect.arrayContaining([
        ['職員0', false],
        ['職員1', false],
      ]),
    );
    const text = JSON.stringify(await everything(target.advisor));
    expect(text).toContain('販路の相談');
    expect(text).not.toContain('借入の返済');
    expect(text).not.toContain('金融機関に連絡');
    expect(text).not.toContain('食い違った機微の文章');
    expect((await auditRows(target.org.id)).filter((a) => a.action === 'import.restore')).toHaveLength(2);
  });

  it('refuses an organisation that already has records, an export with 機微 emptied, a part out of order or sent twice', async () => {
    const { records, advisors, source, w } = await sourceOrg();
    const body = (index: number, last: boolean, list = records) => ({ source, part: { index, last }, advisors, records: list });
    expect((await restore(w.admin, body(0, true))).status).toBe(409);
    const target = await makeOrg();
    const emptied = records.map((r) => (r.kind === 'consultation' ? { ...r, redacted: true } : r));
    expect((await restore(target.admin, body(0, true, emptied))).status).toBe(422);
    expect((await restore(target.admin, body(1, true))).status).toBe(409);
    expect((await restore(target.admin, body(0, false, records.slice(0, 3)))).status).toBe(200);
    expect((await restore(target.admin, body(0, false, records.slice(0, 3)))).status).toBe(409);
    expect((await restore(target.admin, body(2, true, records.slice(3)))).status).toBe(409);
    expect((await restore(target.admin, body(1, true, records.slice(3)))).status).toBe(200);
    expect((await restore(target.admin, body(2, true, []))).status).toBe(409);
    for (const actor of [target.manager, target.advisor]) expect((await restore(actor, body(0, true))).status).toBe(403);
  });
});
