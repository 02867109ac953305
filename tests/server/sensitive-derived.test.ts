import { describe, expect, it } from 'vitest';
import { karteResponse, recordPage, uuidv7 } from '../../shared';
import { actionFields, businessFields, consultationFields, makeClient } from './fixtures/mutations';
import { makeActor, makeOrg, type Actor } from './fixtures/org';
import { auditRows } from './fixtures/records';

/**
 * The 機微 invariant (issue 10): text that came from a 機微 consultation is readable only by
 * its author, its co-advisors and managers — in the consultation, in the business fields and
 * actions copied from it, in conflict copies, through every read endpoint.
 */

const SECRET = 'SECRET-社長の持病と借入の返済';

/** Every answer an advisor can get about one business, as text. */
async function everything(actor: Actor, businessId: string): Promise<string> {
  const answers = await Promise.all([
    actor.get(`/v1/businesses/${businessId}`),
    actor.get(`/v1/businesses/${businessId}/consultations`),
    actor.get('/v1/businesses?q=かがやき'),
    actor.get('/v1/businesses'),
  ]);
  const texts = await Promise.all(answers.map((r) => r.text()));
  const pulled = await makeClient(actor).pullAll();
  return [...texts, JSON.stringify(pulled.all)].join('\n');
}

/** As advisor X: a 機微 consultation, an action of it, and its 本質的課題 adopted on the business (what the extension does). */
async function adoptedSecret(options: { advisorIds?: string[]; sensitive?: boolean } = {}) {
  const world = await makeOrg();
  const x = makeClient(world.advisor);
  const businessId = uuidv7();
  const consultationId = uuidv7();
  const actionId = uuidv7();
  await x.push([
    { kind: 'business', recordId: businessId, fields: businessFields({ name: '株式会社かがやき製菓' }) },
    {
      kind: 'consultation',
      recordId: consultationId,
      fields: consultationFields(businessId, {
        sensitive: options.sensitive ?? true,
        essentialIssue: SECRET,
        ownerWords: SECRET,
        tagIds: ['topic-closure'],
        advisorIds: options.advisorIds ?? [],
      }),
    },
    { kind: 'action', recordId: actionId, fields: actionFields(businessId, { consultationId, text: `${SECRET}の相談先を探す` }) },
    {
      kind: 'business',
      recordId: businessId,
      fields: { essentialIssue: SECRET, essentialIssueSourceId: consultationId, vision: SECRET, visionSourceId: consultationId },
    },
  ]);
  return { ...world, x, businessId, consultationId, actionId };
}

describe('text of a 機微 consultation copied elsewhere', () => {
  it('is emptied for an advisor who may not read the consultation, through every read endpoint', async () => {
    const { advisor2, businessId, consultationId, actionId } = await adoptedSecret();
    expect(await everything(advisor2, businessId)).not.toContain('SECRET');

    const karte = karteResponse.parse(await (await advisor2.get(`/v1/businesses/${businessId}`)).json());
    expect(karte.business).toMatchObject({
      redacted: true,
      data: { essentialIssue: '', vision: '', essentialIssueSourceId: consultationId, name: '株式会社かがやき製菓' },
    });
    expect(karte.openActions.find((a) => a.id === actionId)).toMatchObject({ redacted: true, data: { text: '', done: false } });
    // A tag such as 廃業 would reveal what the note is about.
    expect(karte.consultations.find((c) => c.id === consultationId)).toMatchObject({ redacted: true, data: { tagIds: [] } });
  });

  it('is readable by the author, a co-advisor named in advisorIds and a manager, each read audited', async () => {
    const { org, advisor, manager, admin } = await adoptedSecret();
    const coAdvisor = await makeActor(org.id, 'advisor');
    const { businessId, consultationId } = await (async () => {
      const x = makeClient(advisor);
      const b = uuidv7();
      const c = uuidv7();
      await x.push([
        { kind: 'business', recordId: b, fields: businessFields({ name: '株式会社かがやき製菓' }) },
        {
          kind: 'consultation',
          recordId: c,
          fields: consultationFields(b, { sensitive: true, essentialIssue: SECRET, advisorIds: [coAdvisor.id] }),
        },
        { kind: 'business', recordId: b, fields: { essentialIssue: SECRET, essentialIssueSourceId: c } },
      ]);
      return { businessId: b, consultationId: c };
    })();
    for (const reader of [advisor, coAdvisor, manager, admin]) {
      const karte = karteResponse.parse(await (await reader.get(`/v1/businesses/${businessId}`)).json());
      expect(karte.business.data.essentialIssue, reader.role).toBe(SECRET);
      expect(karte.consultations[0]).toMatchObject({ id: consultationId, redacted: false, data: { essentialIssue: SECRET } });
    }
    const reads = (await auditRows(org.id)).filter((r) => r.action === 'record.read_sensitive' && r.target === businessId);
    expect(reads.map((r) => r.advisor_id).sort()).toEqual([advisor.id, coAdvisor.id, manager.id, admin.id].sort());
  });

  it('is emptied on devices that held it readable once the consultation is marked 機微', async () => {
    const { advisor2, x, businessId, consultationId, actionId } = await adoptedSecret({ sensitive: false });
    const y = makeClient(advisor2);
    const before = await y.pullAll();
    expect(before.byId.get(businessId)!.data.essentialIssue).toBe(SECRET);

    const stored = before.byId.get(consultationId)!;
    await x.push([{ kind: 'consultation', recordId: consultationId, baseVersion: stored.version, fields: { sensitive: true } }]);
    const after = await y.pullAll(before.cursor);
    expect(after.byId.get(businessId)).toMatchObject({ redacted: true, data: { essentialIssue: '', vision: '' } });
    expect(after.byId.get(actionId)).toMatchObject({ redacted: true, data: { text: '' } });
    expect(after.byId.get(consultationId)).toMatchObject({ redacted: true });
    expect(JSON.stringify(after.all)).not.toContain('SECRET');
  });

  it('reaches a colleague’s device readable when they are added as co-advisor, and leaves it again when removed', async () => {
    const { advisor2, x, businessId, consultationId, actionId } = await adoptedSecret();
    const y = makeClient(advisor2);
    const start = await y.pullAll();
    const consultation = (await x.pullAll()).byId.get(consultationId)!;

    await x.push([
      { kind: 'consultation', recordId: consultationId, baseVersion: consultation.version, fields: { advisorIds: [advisor2.id] } },
    ]);
    const added = await y.pullAll(start.cursor);
    expect(added.byId.get(businessId)!.data.essentialIssue).toBe(SECRET);
    expect(added.byId.get(actionId)!.data.text).toContain(SECRET);

    await x.push([{ kind: 'consultation', recordId: consultationId, baseVersion: added.cursor, fields: { advisorIds: [] } }]);
    const removed = await y.pullAll(added.cursor);
    expect(removed.byId.get(businessId)).toMatchObject({ redacted: true, data: { essentialIssue: '' } });
    expect(removed.byId.get(actionId)).toMatchObject({ redacted: true, data: { text: '' } });
  });

  it('keeps its guard when a colleague’s concurrent edit of the business loses to it', async () => {
    const { advisor2, x, businessId, consultationId } = await adoptedSecret();
    const y = makeClient(advisor2);
    // Y writes the 本質的課題 by hand, based on a version before X adopted the 機微 one.
    await y.push([
      { kind: 'business', recordId: businessId, baseVersion: 1, fields: { essentialIssue: '販路が細い', essentialIssueSourceId: null } },
    ]);
    const pulled = await y.pullAll();
    // X's text stays (free text is never silently lost) and so does its source: still emptied for Y.
    expect(pulled.byId.get(businessId)).toMatchObject({
      redacted: true,
      data: { essentialIssue: '', essentialIssueSourceId: consultationId },
    });
    expect(JSON.stringify(pulled.all)).not.toContain('SECRET');
    const full = (await x.pullAll()).byId.get(businessId)!;
    expect(full.data.essentialIssue).toBe(SECRET);
  });

  it('guards a conflict copy made from a losing 機微 adoption, whatever the business field says later', async () => {
    const world = await makeOrg();
    const x = makeClient(world.advisor);
    const y = makeClient(world.advisor2);
    const businessId = uuidv7();
    const consultationId = uuidv7();
    await y.push([{ kind: 'business', recordId: businessId, fields: businessFields({ essentialIssue: '人手が足りない' }) }]);
    await x.push([
      {
        kind: 'consultation',
        recordId: consultationId,
        fields: consultationFields(businessId, { sensitive: true, essentialIssue: SECRET }),
      },
      // Adopted from a stale copy of the business: the stored text wins, X's becomes a conflict copy.
      {
        kind: 'business',
        recordId: businessId,
        baseVersion: 0,
        fields: { essentialIssue: SECRET, essentialIssueSourceId: consultationId },
      },
    ]);
    const forY = await y.pullAll();
    const copy = forY.all.find((e) => e.kind === 'conflict')!;
    expect(copy).toMatchObject({ redacted: true, data: { recordId: businessId, field: 'essentialIssue', text: '' } });
    // Y rewrites the business by hand; the copy's text still came from the 機微 consultation.
    await y.push([
      {
        kind: 'business',
        recordId: businessId,
        baseVersion: forY.cursor,
        fields: { essentialIssue: '人手と販路', essentialIssueSourceId: null },
      },
    ]);
    expect(JSON.stringify((await y.pullAll()).all)).not.toContain('SECRET');
    expect((await x.pullAll()).byId.get(copy.id)!.data.text).toBe(SECRET);
  });

  it('is audited when a pull hands it over readable: one row per page listing the records', async () => {
    const { org, manager, businessId, consultationId, actionId } = await adoptedSecret();
    const before = (await auditRows(org.id)).length;
    await makeClient(manager).pullAll();
    const rows = (await auditRows(org.id)).slice(before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ advisor_id: manager.id, action: 'sync.read_sensitive' });
    expect(JSON.parse(rows[0]!.target!).sort()).toEqual([businessId, consultationId, actionId].sort());
  });

  it('writes no audit row for a pull that hands over nothing 機微', async () => {
    const { org, advisor2 } = await adoptedSecret();
    const before = (await auditRows(org.id)).length;
    await makeClient(advisor2).pullAll();
    expect(await auditRows(org.id)).toHaveLength(before);
  });

  it('leaves business search results emptied and audits readable ones', async () => {
    const { org, advisor, advisor2, businessId } = await adoptedSecret();
    const page = recordPage.parse(await (await advisor2.get('/v1/businesses?q=かがやき')).json());
    expect(page.items.find((b) => b.id === businessId)).toMatchObject({ redacted: true, data: { essentialIssue: '' } });
    const own = recordPage.parse(await (await advisor.get('/v1/businesses?q=かがやき')).json());
    expect(own.items.find((b) => b.id === businessId)!.data.essentialIssue).toBe(SECRET);
    expect(await auditRows(org.id)).toContainEqual({ advisor_id: advisor.id, action: 'record.read_sensitive', target: businessId });
  });
});
