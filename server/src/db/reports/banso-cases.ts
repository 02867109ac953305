import { OVERCOME_WINDOW, STEP_GROUP_ID, WALL_GROUP_ID, type BansoCasesReport } from '../../../../shared';
import { bansoSince, caseStage } from '../../domain/banso-case';
import type { Reader } from '../../domain/sensitivity';
import { byBusiness, consultationsOf } from './case-consultations';
import { BUSINESS, businessConditions, IN_CHARGE, SqlParams, type ReportContext } from './facts';
import { advisorRefs, refOf, tagInfos, tagsOfGroup } from './lookups';

interface CaseRow {
  id: string;
  name: string;
  in_charge: string | null;
  status_changes: string | null;
  banso_since: string | null;
  essential_issue: string | null;
  issue_sensitive: number | null;
}

interface OverdueRow {
  id: string;
  business_id: string;
  consultation_id: string | null;
  text: string;
  due_date: string;
  source_sensitive: number | null;
}

/** The businesses of the report: live, 伴走支援中 now, in the area, of the reach's advisor (担当). */
function casesWhere(p: SqlParams, ctx: ReportContext): string {
  return [`r.org_id = ${p.add(ctx.orgId)}`, ...businessConditions(p, ctx, 'r', { inCharge: true }), `${BUSINESS.status} = 'banso'`].join(
    ' AND ',
  );
}

/**
 * 伴走支援案件一覧 (docs/api.md): every case with its 担当, 開始日, ステップ, 本質的課題 (withheld
 * when it came from a 機微 consultation), barriers, last contact and overdue next actions, as of
 * today; the period only counts each case's consultations in it.
 */
export async function bansoCases(
  db: D1Database,
  ctx: ReportContext,
  reader: Reader,
): Promise<Pick<BansoCasesReport, 'overcomeWindow' | 'cases'>> {
  const p = new SqlParams();
  const cases = db
    .prepare(
      `SELECT r.id, json_extract(r.data, '$.name') AS name, ${IN_CHARGE} AS in_charge,
       json_extract(r.data, '$.statusChanges') AS status_changes, json_extract(r.data, '$.bansoSince') AS banso_since,
       json_extract(r.data, '$.essentialIssue') AS essential_issue,
       (SELECT s.sensitive FROM records s WHERE s.org_id = r.org_id AND s.id = json_extract(r.data, '$.essentialIssueSourceId')) AS issue_sensitive
     FROM records r WHERE ${casesWhere(p, ctx)}`,
    )
    .bind(...p.values)
    .all<CaseRow>();
  const cp = new SqlParams();
  const ofCases = `SELECT r.id FROM records r WHERE ${casesWhere(cp, ctx)}`;
  const consultations = consultationsOf(db, ctx, cp, ofCases);
  const ap = new SqlParams();
  const actionWhere = `a.org_id = ${ap.add(ctx.orgId)} AND a.kind = 'action' AND a.deleted = 0 AND a.sort_key < ${ap.add(ctx.today)}`;
  // sort_key of an action is its 期日 ('9999-12-31' when none): one before today has passed.
  const overdue = db
    .prepare(
      `SELECT a.id, a.business_id, json_extract(a.data, '$.consultationId') AS consultation_id, json_extract(a.data, '$.text') AS text,
       a.sort_key AS due_date,
       (SELECT s.sensitive FROM records s WHERE s.org_id = a.org_id AND s.id = json_extract(a.data, '$.consultationId')) AS source_sensitive
     FROM records a
     WHERE ${actionWhere} AND json_extract(a.data, '$.done') = 0 AND a.business_id IN (SELECT r.id FROM records r WHERE ${casesWhere(ap, ctx)})
     ORDER BY a.sort_key, a.id`,
    )
    .bind(...ap.values)
    .all<OverdueRow>();
  const [{ results: rows }, listed, { results: actions }, tags, advisors] = await Promise.all([
    cases,
    consultations,
    overdue,
    tagInfos(db, ctx.orgId),
    advisorRefs(db, ctx.orgId),
  ]);
  const steps = tagsOfGroup(tags, STEP_GROUP_ID).map((t) => t.id);
  const walls = tagsOfGroup(tags, WALL_GROUP_ID).map((t) => t.id);
  const consultationsBy = byBusiness(listed);
  const actionsBy = byBusiness(actions.map((a) => ({ ...a, businessId: a.business_id })));
  const tagRef = (id: string) => ({ id, name: tags.get(id)?.name ?? '' });
  const out = rows.map((b) => {
    const mine = consultationsBy.get(b.id) ?? [];
    const stage = caseStage(mine, steps, walls, reader);
    const withheld = b.issue_sensitive === 1;
    return {
      businessId: b.id,
      businessName: b.name,
      assignee: refOf(advisors, b.in_charge),
      since: bansoSince(JSON.parse(b.status_changes ?? '[]') as { status: string; at: string }[], b.banso_since),
      step: stage.stepId ? tagRef(stage.stepId) : null,
      essentialIssue: withheld ? '' : (b.essential_issue ?? ''),
      essentialIssueWithheld: withheld,
      barriers: stage.barriers.map((w) => ({ ...tagRef(w.id), firstSeen: w.firstSeen, lastSeen: w.lastSeen, overcome: w.overcome })),
      lastContact: stage.lastContact,
      lastConsultationId: stage.lastConsultationId,
      consultationsInPeriod: mine.filter((c) => c.inPeriod).length,
      overdueActions: (actionsBy.get(b.id) ?? []).map((a) => ({
        id: a.id,
        consultationId: a.consultation_id,
        dueDate: a.due_date,
        // Reports carry no 機微 text, whoever reads them: they are printed and filed.
        text: a.source_sensitive === 1 ? '' : a.text,
        withheld: a.source_sensitive === 1,
      })),
    };
  });
  // Longest-running cases first, as a 事務局長 reviews them; then by name.
  out.sort((a, b) => (a.since ?? '9999').localeCompare(b.since ?? '9999') || a.businessName.localeCompare(b.businessName, 'ja'));
  return { overcomeWindow: OVERCOME_WINDOW, cases: out };
}
