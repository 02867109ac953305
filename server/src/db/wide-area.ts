import {
  uuidv7,
  type OrganisationCard,
  type OrgKind,
  type ReferralOutcome,
  type ReferralView,
  type ShareScope,
  type ShareView,
} from '../../../shared';
import { shareState } from '../domain/shares';
import { GUARD_SOURCES_SQL, recordsIn } from './record-row';

interface OrgRow {
  id: string;
  name: string;
  kind: OrgKind | null;
  prefecture: OrganisationCard['prefecture'];
  municipality: string;
}
const card = (r: OrgRow | undefined): OrganisationCard =>
  r
    ? { id: r.id, name: r.name, kind: r.kind, prefecture: r.prefecture, municipality: r.municipality }
    : { id: '', name: '', kind: null, prefecture: null, municipality: '' };

/** Other organisations of the deployment by name (part of it) and kind, at most 50: their cards only. */
export async function searchOrganisations(
  db: D1Database,
  ownOrgId: string,
  q: string | undefined,
  kind: OrgKind | undefined,
): Promise<OrganisationCard[]> {
  const where = ['id <> ?'];
  const params: string[] = [ownOrgId];
  if (q && q.trim() !== '') {
    where.push(`instr(name, ?) > 0`);
    params.push(q.trim());
  }
  if (kind) {
    where.push('kind = ?');
    params.push(kind);
  }
  const { results } = await db
    .prepare(`SELECT id, name, kind, prefecture, municipality FROM orgs WHERE ${where.join(' AND ')} ORDER BY name, id LIMIT 50`)
    .bind(...params)
    .all<OrgRow>();
  return results.map(card);
}

export async function organisationCards(db: D1Database, ids: readonly string[]): Promise<Map<string, OrganisationCard>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const { results } = await db
    .prepare(`SELECT id, name, kind, prefecture, municipality FROM orgs WHERE id IN (${unique.map(() => '?').join(', ')})`)
    .bind(...unique)
    .all<OrgRow>();
  return new Map(results.map((r) => [r.id, card(r)]));
}

/** A live business of the organisation: its id and name, or null. */
export async function findLiveBusiness(db: D1Database, orgId: string, id: string): Promise<{ id: string; name: string } | null> {
  return db
    .prepare(
      `SELECT id, json_extract(data, '$.name') AS name FROM records WHERE org_id = ? AND id = ? AND kind = 'business' AND deleted = 0`,
    )
    .bind(orgId, id)
    .first<{ id: string; name: string }>();
}

interface ReferralRow {
  id: string;
  from_org: string;
  to_org: string;
  business_id: string;
  business_name: string;
  reason: string;
  referred_on: string;
  outcome: ReferralOutcome;
  outcome_note: string;
  created_by_name: string | null;
}
const REFERRALS = `SELECT f.*, a.name AS created_by_name FROM referrals f LEFT JOIN advisors a ON a.id = f.created_by`;

export function insertReferral(
  db: D1Database,
  r: { fromOrg: string; toOrg: string; businessId: string; businessName: string; reason: string; referredOn: string; createdBy: string },
) {
  const id = uuidv7();
  const now = new Date().toISOString();
  return {
    id,
    statement: db
      .prepare(`INSERT INTO referrals (id, from_org, to_org, business_id, business_name, reason, referred_on, created_by, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .bind(id, r.fromOrg, r.toOrg, r.businessId, r.businessName, r.reason, r.referredOn, r.createdBy, now, now),
  };
}

export const updateReferralStatement = (db: D1Database, id: string, outcome: ReferralOutcome, note: string) =>
  db
    .prepare('UPDATE referrals SET outcome = ?, outcome_note = ?, updated_at = ? WHERE id = ?')
    .bind(outcome, note, new Date().toISOString(), id);

async function referralViews(db: D1Database, rows: ReferralRow[]): Promise<ReferralView[]> {
  const orgs = await organisationCards(
    db,
    rows.flatMap((r) => [r.from_org, r.to_org]),
  );
  return rows.map((r) => ({
    id: r.id,
    from: orgs.get(r.from_org) ?? card(undefined),
    to: orgs.get(r.to_org) ?? card(undefined),
    businessId: r.business_id,
    businessName: r.business_name,
    reason: r.reason,
    referredOn: r.referred_on,
    outcome: r.outcome,
    outcomeNote: r.outcome_note,
    createdByName: r.created_by_name ?? '',
  }));
}

/** The referrals an organisation made and received, newest first (at most 500 each). */
export async function listReferrals(db: D1Database, orgId: string, businessId?: string) {
  const byBusiness = businessId ? ' AND f.business_id = ?' : '';
  const bind = (...p: string[]) => (businessId ? [...p, businessId] : p);
  const [sent, received] = await db.batch([
    db.prepare(`${REFERRALS} WHERE f.from_org = ?${byBusiness} ORDER BY f.referred_on DESC, f.id DESC LIMIT 500`).bind(...bind(orgId)),
    db.prepare(`${REFERRALS} WHERE f.to_org = ? ORDER BY f.referred_on DESC, f.id DESC LIMIT 500`).bind(orgId),
  ]);
  return {
    sent: await referralViews(db, sent!.results as ReferralRow[]),
    received: businessId ? [] : await referralViews(db, received!.results as ReferralRow[]),
  };
}

/** A referral the organisation made or received, or null (another's answers null, like one that does not exist). */
export async function findReferral(db: D1Database, orgId: string, id: string): Promise<ReferralView | null> {
  const row = await db
    .prepare(`${REFERRALS} WHERE f.id = ? AND (f.from_org = ? OR f.to_org = ?)`)
    .bind(id, orgId, orgId)
    .first<ReferralRow>();
  return row ? (await referralViews(db, [row]))[0]! : null;
}

interface ShareRow {
  id: string;
  from_org: string;
  to_org: string;
  business_id: string;
  consent_on: string;
  consent_method: ShareView['consentMethod'];
  purpose: string;
  scope: string;
  expires_on: string;
  withdrawn_at: string | null;
  linked_business_id: string | null;
  created_by_name: string | null;
  business_name: string | null;
}
const SHARES = `SELECT s.*, a.name AS created_by_name,
    (SELECT json_extract(b.data, '$.name') FROM records b WHERE b.org_id = s.from_org AND b.id = s.business_id AND b.deleted = 0) AS business_name
  FROM shares s LEFT JOIN advisors a ON a.id = s.created_by`;

export function insertShare(
  db: D1Database,
  s: {
    fromOrg: string;
    toOrg: string;
    businessId: string;
    consentOn: string;
    consentMethod: string;
    purpose: string;
    scope: readonly ShareScope[];
    expiresOn: string;
    createdBy: string;
  },
) {
  const id = uuidv7();
  return {
    id,
    statement: db
      .prepare(`INSERT INTO shares (id, from_org, to_org, business_id, consent_on, consent_method, purpose, scope, expires_on, created_by, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .bind(
        id,
        s.fromOrg,
        s.toOrg,
        s.businessId,
        s.consentOn,
        s.consentMethod,
        s.purpose,
        JSON.stringify(s.scope),
        s.expiresOn,
        s.createdBy,
        new Date().toISOString(),
      ),
  };
}

export const withdrawShareStatement = (db: D1Database, id: string) =>
  db.prepare('UPDATE shares SET withdrawn_at = COALESCE(withdrawn_at, ?) WHERE id = ?').bind(new Date().toISOString(), id);
export const linkShareStatement = (db: D1Database, id: string, businessId: string | null) =>
  db.prepare('UPDATE shares SET linked_business_id = ? WHERE id = ?').bind(businessId, id);

/**
 * Shares as `orgId` sees them. The receiver sees the business's name only while the share is
 * active, and the link to its own business; the sender never sees the receiver's link.
 */
async function shareViews(db: D1Database, orgId: string, rows: ShareRow[], today: string): Promise<ShareView[]> {
  const orgs = await organisationCards(
    db,
    rows.flatMap((r) => [r.from_org, r.to_org]),
  );
  return rows.map((r) => {
    const state = shareState({ consentOn: r.consent_on, expiresOn: r.expires_on, withdrawnAt: r.withdrawn_at }, today);
    const receiver = r.to_org === orgId;
    return {
      id: r.id,
      from: orgs.get(r.from_org) ?? card(undefined),
      to: orgs.get(r.to_org) ?? card(undefined),
      businessId: receiver ? '' : r.business_id,
      businessName: receiver && state !== 'active' ? '' : (r.business_name ?? ''),
      consentOn: r.consent_on,
      consentMethod: r.consent_method,
      purpose: r.purpose,
      scope: JSON.parse(r.scope) as ShareScope[],
      expiresOn: r.expires_on,
      withdrawnAt: r.withdrawn_at,
      state,
      createdByName: r.created_by_name ?? '',
      linkedBusinessId: receiver ? r.linked_business_id : null,
    };
  });
}

export async function listShares(db: D1Database, orgId: string, today: string, businessId?: string) {
  const byBusiness = businessId ? ' AND s.business_id = ?' : '';
  const [outgoing, incoming] = await db.batch([
    db
      .prepare(`${SHARES} WHERE s.from_org = ?${byBusiness} ORDER BY s.created_at DESC, s.id DESC LIMIT 500`)
      .bind(...(businessId ? [orgId, businessId] : [orgId])),
    db.prepare(`${SHARES} WHERE s.to_org = ? ORDER BY s.created_at DESC, s.id DESC LIMIT 500`).bind(orgId),
  ]);
  return {
    outgoing: await shareViews(db, orgId, outgoing!.results as ShareRow[], today),
    incoming: businessId ? [] : await shareViews(db, orgId, incoming!.results as ShareRow[], today),
  };
}

/** A share the organisation gave or received (with the sender's org and business, for reading), or null. */
export async function findShare(
  db: D1Database,
  orgId: string,
  id: string,
  today: string,
): Promise<{ view: ShareView; fromOrg: string; businessId: string } | null> {
  const row = await db.prepare(`${SHARES} WHERE s.id = ? AND (s.from_org = ? OR s.to_org = ?)`).bind(id, orgId, orgId).first<ShareRow>();
  return row ? { view: (await shareViews(db, orgId, [row], today))[0]!, fromOrg: row.from_org, businessId: row.business_id } : null;
}

/** The active shares an organisation receives: ids with the sender's organisation and business. */
export async function activeIncoming(db: D1Database, orgId: string, today: string): Promise<string[]> {
  const { results } = await db
    .prepare(`SELECT id FROM shares WHERE to_org = ? AND withdrawn_at IS NULL AND expires_on >= ? ORDER BY created_at, id LIMIT 200`)
    .bind(orgId, today)
    .all<{ id: string }>();
  return results.map((r) => r.id);
}

/** What a shared karte is read from, in the sender's organisation: the business, its consultations and actions (with their 機微 guards), tag and people names. */
export async function sharedKarteSources(db: D1Database, fromOrg: string, businessId: string) {
  const [business, consultations, actions, tags, advisors] = await db.batch([
    db
      .prepare(`SELECT r.*, ${GUARD_SOURCES_SQL} FROM records r WHERE r.org_id = ? AND r.id = ? AND r.kind = 'business' AND r.deleted = 0`)
      .bind(fromOrg, businessId),
    db
      .prepare(`SELECT r.*, ${GUARD_SOURCES_SQL} FROM records r WHERE r.org_id = ? AND r.business_id = ? AND r.kind = 'consultation' AND r.deleted = 0 AND r.sensitive = 0
      ORDER BY r.sort_key DESC, r.id DESC LIMIT 200`)
      .bind(fromOrg, businessId),
    db
      .prepare(`SELECT r.*, ${GUARD_SOURCES_SQL} FROM records r WHERE r.org_id = ? AND r.business_id = ? AND r.kind = 'action' AND r.deleted = 0
      ORDER BY r.sort_key, r.id LIMIT 200`)
      .bind(fromOrg, businessId),
    db.prepare(`SELECT id, json_extract(data, '$.name') AS name FROM records WHERE org_id = ? AND kind = 'tag'`).bind(fromOrg),
    db.prepare('SELECT id, name FROM advisors WHERE org_id = ?').bind(fromOrg),
  ]);
  return {
    business: recordsIn(business!)[0] ?? null,
    consultations: recordsIn(consultations!),
    actions: recordsIn(actions!),
    tagNames: new Map((tags!.results as { id: string; name: string }[]).map((t) => [t.id, t.name])),
    advisorNames: new Map((advisors!.results as { id: string; name: string }[]).map((a) => [a.id, a.name])),
  };
}
