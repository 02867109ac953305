import { periodBoundsUtc, TOPIC_GROUP_ID, UNSPECIFIED, type ReportPeriod } from '../../../../shared';
import type { ReportReach } from '../../domain/report-scope';

/**
 * What every report query starts from: the organisation's live businesses (`b`) and the live
 * consultations of the period (`c`), narrowed by whose work and the filters. The JSON fields
 * read here are the expressions of the covering indexes of migrations/0009_report_indexes.sql,
 * written exactly alike: SQLite uses an index on an expression only for the same expression,
 * and reads the value from the index instead of parsing the record's JSON again.
 */

/** Bound parameters of one statement, numbered as they are added (?1, ?2, …). */
export class SqlParams {
  readonly values: (string | number | null)[] = [];
  add(value: string | number | null): string {
    this.values.push(value);
    return `?${this.values.length}`;
  }
}

/** A report asked for: the organisation, the period, whose work, the filters, and today (JST). */
export interface ReportContext {
  orgId: string;
  period: ReportPeriod;
  reach: ReportReach;
  programme: string | null;
  municipality: string | null;
  /** The JST date the report is made on. */
  today: string;
}

/** The indexed JSON fields of a consultation (records_consultation_facts). */
export const CONSULTATION = {
  channel: `json_extract(r.data, '$.channel')`,
  programme: `json_extract(r.data, '$.programme')`,
  duration: `json_extract(r.data, '$.durationMin')`,
  advisorIds: `json_extract(r.data, '$.advisorIds')`,
  tagIds: `json_extract(r.data, '$.tagIds')`,
} as const;

/** A JSON field of the record aliased `alias`, written as the indexes of migration 0009 write it. */
const field = (alias: string, name: string) => `json_extract(${alias}.data, '$.${name}')`;

/** The indexed JSON fields of a business (records_business_facts), of the record aliased `alias`. */
export const businessField = (alias: string) => ({
  status: field(alias, 'status'),
  industry: field(alias, 'industry'),
  membership: field(alias, 'membership'),
  smallBusiness: field(alias, 'smallBusiness'),
  municipality: field(alias, 'municipality'),
  /** Who is in charge of the business (担当): its 担当指導員, or who registered it (extension/karte/owner.ts). */
  inCharge: `COALESCE(${field(alias, 'assignedAdvisorId')}, ${alias}.author_id)`,
});

export const BUSINESS = businessField('r');
export const IN_CHARGE = BUSINESS.inCharge;

/** An advisor wrote the consultation `r`, or attended it (同席). `advisor` is a bound parameter. */
export const involves = (advisor: string) =>
  `(r.author_id = ${advisor} OR instr(${CONSULTATION.advisorIds}, '"' || ${advisor} || '"') > 0)`;

/**
 * The conditions on a business record aliased `alias`: live, in the area asked for; with
 * `inCharge`, one the reach's advisor is 担当 of (business-centred reports).
 */
export function businessConditions(p: SqlParams, ctx: ReportContext, alias: string, options: { inCharge?: boolean } = {}): string[] {
  const b = businessField(alias);
  const where = [`${alias}.kind = 'business'`, `${alias}.deleted = 0`];
  if (ctx.municipality !== null) where.push(`${b.municipality} = ${p.add(ctx.municipality)}`);
  if (options.inCharge && ctx.reach.advisorId !== null) where.push(`${b.inCharge} = ${p.add(ctx.reach.advisorId)}`);
  return where;
}

/** The conditions on a consultation `r`: live, of the period and 事業区分 asked for; unless `anyAdvisor`, one the reach's advisor wrote or attended. */
export function consultationConditions(p: SqlParams, ctx: ReportContext, options: { anyAdvisor?: boolean } = {}): string[] {
  const { start, end } = periodBoundsUtc(ctx.period);
  const where = [
    `r.org_id = ${p.add(ctx.orgId)}`,
    `r.kind = 'consultation'`,
    `r.deleted = 0`,
    `r.sort_key >= ${p.add(start)}`,
    `r.sort_key < ${p.add(end)}`,
  ];
  if (ctx.programme !== null) where.push(`COALESCE(${CONSULTATION.programme}, '${UNSPECIFIED}') = ${p.add(ctx.programme)}`);
  if (!options.anyAdvisor && ctx.reach.advisorId !== null) where.push(involves(p.add(ctx.reach.advisorId)));
  return where;
}

/**
 * The live consultations `r` of the period whose business `b` is live and in the area, of the
 * 事業区分 asked for; unless `anyAdvisor`, only those the reach's advisor wrote or attended; with
 * `inCharge`, only of businesses the reach's advisor is 担当 of: a FROM … WHERE clause. The
 * business is joined by its primary key, one index probe per consultation. Both come through the
 * indexes of migration 0009 by name: without statistics SQLite may pick another index of
 * `records` and parse every record's JSON again.
 */
export function consultationsFrom(p: SqlParams, ctx: ReportContext, options: { anyAdvisor?: boolean; inCharge?: boolean } = {}): string {
  return `records r INDEXED BY records_consultation_facts
      JOIN records b INDEXED BY records_business_facts ON b.org_id = r.org_id AND b.id = r.business_id AND ${businessConditions(p, ctx, 'b', { inCharge: options.inCharge ?? false }).join(' AND ')}
    WHERE ${consultationConditions(p, ctx, options).join(' AND ')}`;
}

/** `c`: the consultations of consultationsFrom with the fields reports count by. */
export function consultationsCte(p: SqlParams, ctx: ReportContext, options: { anyAdvisor?: boolean; inCharge?: boolean } = {}): string {
  const b = businessField('b');
  return `c AS MATERIALIZED (
    SELECT r.id, r.business_id, r.author_id, r.sort_key AS held_at, r.sensitive,
      ${CONSULTATION.channel} AS channel, COALESCE(${CONSULTATION.programme}, '${UNSPECIFIED}') AS programme,
      ${CONSULTATION.duration} AS duration, ${CONSULTATION.advisorIds} AS advisor_ids, ${CONSULTATION.tagIds} AS tag_ids,
      ${b.industry} AS industry, ${b.membership} AS membership, ${b.smallBusiness} AS small
    FROM ${consultationsFrom(p, ctx, options)})`;
}

/** `topic_tags`: ids of the 相談分野 tags, retired ones too (past consultations carry them). */
export const topicTagsCte = (p: SqlParams, orgId: string) =>
  `topic_tags AS MATERIALIZED (SELECT id FROM records WHERE org_id = ${p.add(orgId)} AND kind = 'tag' AND json_extract(data, '$.groupId') = '${TOPIC_GROUP_ID}')`;

/** The JST month ('YYYY-MM') of `c.held_at`. */
export const HELD_MONTH = `strftime('%Y-%m', held_at, '+9 hours')`;
/** 小規模 as a key: yes / no / unspecified. */
export const SMALL_KEY = `CASE small WHEN 1 THEN 'yes' WHEN 0 THEN 'no' ELSE '${UNSPECIFIED}' END`;
/** Individual consultations: every channel but 講習会・セミナー (counted apart). */
export const INDIVIDUAL = `channel <> 'seminar_group'`;
