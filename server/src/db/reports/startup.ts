import {
  assessStartup,
  DEFAULT_STARTUP_AREA_TAGS,
  jstDateOf,
  REGISTRATION_WARNING_DAYS,
  STARTUP_AREAS,
  STARTUP_RULE,
  type StartupAreaTags,
  type StartupReport,
} from '../../../../shared';
import { byBusiness, consultationsOf } from './case-consultations';
import { businessField, involves, SqlParams, type ReportContext } from './facts';
import { advisorRefs, refOf } from './lookups';

interface FounderRow {
  id: string;
  business_id: string | null;
  business_name: string | null;
  data: string;
}

interface FounderData {
  name: string;
  nameKana: string;
  plannedBusiness: string;
  plannedStart: string;
  municipality: string;
  registrationPlannedOn: string | null;
  certificateNumber: string;
  certificateIssuedOn: string | null;
  foundedOn: string | null;
}

const founderField = (name: string) => `json_extract(f.data, '$.${name}')`;

/**
 * The founders in reach: live, on a live karte or none; of the 市区町村 asked for (the one issuing
 * the 証明書); for one advisor, those they recorded, are 担当 of the karte of, or wrote or
 * attended a consultation of (any time: the rule counts every session).
 */
function foundersWhere(p: SqlParams, ctx: ReportContext): string {
  const where = [
    `f.org_id = ${p.add(ctx.orgId)}`,
    `f.kind = 'founder'`,
    `f.deleted = 0`,
    `(f.business_id IS NULL OR (b.id IS NOT NULL AND b.deleted = 0))`,
  ];
  if (ctx.municipality !== null) where.push(`${founderField('municipality')} = ${p.add(ctx.municipality)}`);
  if (ctx.reach.advisorId !== null) {
    const a = p.add(ctx.reach.advisorId);
    where.push(`(f.author_id = ${a} OR ${businessField('b').inCharge} = ${a} OR EXISTS (
      SELECT 1 FROM records r WHERE r.org_id = f.org_id AND r.business_id = f.business_id AND r.kind = 'consultation' AND r.deleted = 0 AND ${involves(a)}))`);
  }
  return where.join(' AND ');
}

const FROM = `FROM records f LEFT JOIN records b ON b.org_id = f.org_id AND b.id = f.business_id AND b.kind = 'business'`;

const reading = (f: { nameKana: string; name: string }) => f.nameKana || f.name;

/**
 * 特定創業支援 (docs/api.md): each founder's sessions, the areas they covered by the
 * organisation's mapping (`areaTags`), and where the founder stands as of today (JST). Listed:
 * founders with a session in the period, and every open one (neither certified nor founded),
 * whose registration warning must not hide behind the period chosen.
 */
export async function startupFounders(
  db: D1Database,
  ctx: ReportContext,
  areaTags: StartupAreaTags | null,
): Promise<Pick<StartupReport, 'rule' | 'areaMapping' | 'founders'>> {
  const p = new SqlParams();
  const founders = db
    .prepare(`SELECT f.id, f.business_id, json_extract(b.data, '$.name') AS business_name, f.data ${FROM} WHERE ${foundersWhere(p, ctx)}`)
    .bind(...p.values)
    .all<FounderRow>();
  const cp = new SqlParams();
  const consultations = consultationsOf(
    db,
    ctx,
    cp,
    `SELECT f.business_id ${FROM} WHERE ${foundersWhere(cp, ctx)} AND f.business_id IS NOT NULL`,
  );
  const [{ results: rows }, listed, advisors] = await Promise.all([founders, consultations, advisorRefs(db, ctx.orgId)]);
  const sessionsBy = byBusiness(listed);
  const mapping = areaTags ?? DEFAULT_STARTUP_AREA_TAGS;

  const out: StartupReport['founders'] = [];
  for (const row of rows) {
    const f = JSON.parse(row.data) as FounderData;
    const sessions = row.business_id ? (sessionsBy.get(row.business_id) ?? []) : [];
    const inPeriod = sessions.filter((s) => s.inPeriod).length;
    const open = f.certificateIssuedOn === null && f.foundedOn === null;
    if (inPeriod === 0 && !open) continue;
    const a = assessStartup(sessions, f, ctx.today, mapping);
    out.push({
      founderId: row.id,
      name: f.name,
      nameKana: f.nameKana,
      businessId: row.business_id,
      businessName: row.business_name,
      plannedBusiness: f.plannedBusiness,
      plannedStart: f.plannedStart,
      municipality: f.municipality,
      registrationPlannedOn: f.registrationPlannedOn,
      certificateNumber: f.certificateNumber,
      certificateIssuedOn: f.certificateIssuedOn,
      foundedOn: f.foundedOn,
      // Only the date, the areas and who gave it: a 機微 session's tags and text stay on the karte.
      sessions: sessions.map((s) => ({
        consultationId: s.id,
        date: jstDateOf(s.heldAt),
        areas: STARTUP_AREAS.filter((area) => a.areas[area].includes(s.id)),
        advisors: [s.authorId, ...s.advisorIds.filter((id) => id !== s.authorId)].flatMap((id) => refOf(advisors, id) ?? []),
        inPeriod: s.inPeriod,
      })),
      sessionsInPeriod: inPeriod,
      firstDate: a.firstDate,
      lastDate: a.lastDate,
      monthFrom: a.monthFrom,
      monthMet: a.monthMet,
      missingAreas: a.missingAreas,
      sessionsMissing: a.sessionsMissing,
      qualified: a.qualified,
      registrationWarning: a.registrationWarning,
      daysToRegistration: a.daysToRegistration,
    });
  }
  out.sort(
    (x, y) =>
      Number(y.registrationWarning) - Number(x.registrationWarning) ||
      (x.registrationWarning ? (x.daysToRegistration ?? 0) - (y.daysToRegistration ?? 0) : 0) ||
      reading(x).localeCompare(reading(y), 'ja') ||
      (x.founderId < y.founderId ? -1 : 1),
  );
  return {
    rule: { sessions: STARTUP_RULE.sessions, months: STARTUP_RULE.months, warningDays: REGISTRATION_WARNING_DAYS },
    areaMapping: areaTags ? 'organisation' : 'standard',
    founders: out,
  };
}
