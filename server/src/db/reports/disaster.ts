import {
  DISASTER_CERTIFICATES,
  jstDateOf,
  RECOVERY_STATES,
  UNSPECIFIED,
  type DisasterCertificate,
  type DisasterReport,
  type RecoveryState,
} from '../../../../shared';
import { visibleTags } from '../../domain/banso-case';
import type { Reader } from '../../domain/sensitivity';
import { byBusiness, consultationsOf } from './case-consultations';
import { BUSINESS, businessConditions, IN_CHARGE, SqlParams, type ReportContext } from './facts';
import { advisorRefs, refOf, tagInfos } from './lookups';

interface AffectedRow {
  id: string;
  name: string;
  in_charge: string | null;
  municipality: string | null;
  disaster_name: string | null;
  damage: string | null;
  certificate: DisasterCertificate | null;
  certificate_date: string | null;
  recovery: RecoveryState | null;
  recovery_note: string | null;
}

const field = (name: string) => `json_extract(r.data, '$.${name}')`;

/** Businesses with any 被災 field filled in, in the area, of the reach's advisor (担当). */
function affectedWhere(p: SqlParams, ctx: ReportContext): string {
  return [
    `r.org_id = ${p.add(ctx.orgId)}`,
    ...businessConditions(p, ctx, 'r', { inCharge: true }),
    `(COALESCE(${field('disasterName')}, '') <> '' OR COALESCE(${field('disasterDamage')}, '') <> ''
      OR ${field('disasterCertificate')} IS NOT NULL OR ${field('disasterRecovery')} IS NOT NULL)`,
  ].join(' AND ');
}

const counted = <K extends string>(keys: readonly K[], values: readonly (K | null)[]) =>
  [...keys, UNSPECIFIED]
    .map((key) => ({ key, businesses: values.filter((v) => (v ?? UNSPECIFIED) === key).length }))
    .filter((c) => c.businesses > 0);

/**
 * 被災事業者 by 災害名 (docs/api.md): each affected business's damage, 罹災証明, 再建の状況 and the
 * support given in the period (consultations, and the tags on them a reader may see).
 */
export async function disasterCases(db: D1Database, ctx: ReportContext, reader: Reader): Promise<Pick<DisasterReport, 'disasters'>> {
  const p = new SqlParams();
  const affected = db
    .prepare(
      `SELECT r.id, ${field('name')} AS name, ${IN_CHARGE} AS in_charge, ${BUSINESS.municipality} AS municipality,
       ${field('disasterName')} AS disaster_name, ${field('disasterDamage')} AS damage, ${field('disasterCertificate')} AS certificate,
       ${field('disasterCertificateDate')} AS certificate_date, ${field('disasterRecovery')} AS recovery, ${field('disasterRecoveryNote')} AS recovery_note
     FROM records r WHERE ${affectedWhere(p, ctx)}`,
    )
    .bind(...p.values)
    .all<AffectedRow>();
  const cp = new SqlParams();
  const consultations = consultationsOf(db, ctx, cp, `SELECT r.id FROM records r WHERE ${affectedWhere(cp, ctx)}`);
  const [{ results: rows }, listed, tags, advisors] = await Promise.all([
    affected,
    consultations,
    tagInfos(db, ctx.orgId),
    advisorRefs(db, ctx.orgId),
  ]);
  const consultationsBy = byBusiness(listed);

  const groups = new Map<string, DisasterReport['disasters'][number]['cases']>();
  for (const b of rows) {
    const all = consultationsBy.get(b.id) ?? [];
    const given = all.filter((c) => c.inPeriod);
    const tagCounts = new Map<string, number>();
    for (const c of given) for (const t of visibleTags(c, reader)) tagCounts.set(t, (tagCounts.get(t) ?? 0) + 1);
    const last = all[all.length - 1];
    const name = (b.disaster_name ?? '').trim();
    const list = groups.get(name) ?? [];
    groups.set(name, list);
    list.push({
      businessId: b.id,
      businessName: b.name,
      assignee: refOf(advisors, b.in_charge),
      municipality: b.municipality ?? '',
      damage: b.damage ?? '',
      certificate: b.certificate,
      certificateDate: b.certificate_date,
      recovery: b.recovery,
      recoveryNote: b.recovery_note ?? '',
      consultations: given.length,
      lastContact: last ? jstDateOf(last.heldAt) : null,
      lastConsultationId: last?.id ?? null,
      tags: [...tagCounts]
        .map(([id, count]) => ({ id, name: tags.get(id)?.name ?? '', count }))
        .sort((x, y) => y.count - x.count || x.name.localeCompare(y.name, 'ja')),
    });
  }
  // Named disasters by name, the unnamed last; businesses by name within each.
  const disasters = [...groups]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'ja')))
    .map(([name, cases]) => {
      cases.sort((a, b) => a.businessName.localeCompare(b.businessName, 'ja') || (a.businessId < b.businessId ? -1 : 1));
      return {
        name,
        businesses: cases.length,
        consultations: cases.reduce((n, c) => n + c.consultations, 0),
        byRecovery: counted(
          RECOVERY_STATES,
          cases.map((c) => c.recovery),
        ),
        byCertificate: counted(
          DISASTER_CERTIFICATES,
          cases.map((c) => c.certificate),
        ),
        cases,
      };
    });
  return { disasters };
}
