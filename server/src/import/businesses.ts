import {
  IMPORT_MAX_PROBLEMS,
  importRowFields,
  PROTOCOL_VERSION,
  uuidv7,
  type ImportBusinessesRequest,
  type ImportBusinessesResponse,
  type ImportProblem,
  type Mutation,
} from '../../../shared';
import { auditStatement } from '../db/audit';
import { loadImportIndex } from '../db/business-keys';
import { externalKey, planImport, type ImportLine } from '../domain/business-import';
import { commitMerged, mergePush, withCommitRetries } from '../sync/push';
import type { Caller } from '../types';

const answer = (
  a: Omit<ImportBusinessesResponse, 'problemCount' | 'problems'> & { problems: ImportProblem[] },
): ImportBusinessesResponse => ({
  ...a,
  problems: a.problems.slice(0, IMPORT_MAX_PROBLEMS),
  problemCount: a.problems.length,
});

/** Each line's fields checked with the business schema, every problem kept with its line and field. */
function checkLines(req: ImportBusinessesRequest): { lines: ImportLine[]; problems: ImportProblem[] } {
  const lines: ImportLine[] = [];
  const problems: ImportProblem[] = [];
  for (const row of req.rows) {
    const parsed = importRowFields.safeParse(row.fields);
    if (parsed.success) lines.push({ line: row.line, ...(row.recordId ? { recordId: row.recordId } : {}), fields: parsed.data });
    else
      for (const issue of parsed.error.issues)
        problems.push({ line: row.line, field: issue.path.length > 0 ? String(issue.path[0]) : null, message: issue.message });
  }
  return { lines, problems };
}

/**
 * `POST /v1/import/businesses`: check every line, match, and write all lines or none. The writes
 * go through the push's own merge (server/src/sync/push.ts) as the importing person, with a client
 * id of their own, so devices pull the businesses like any other change; the batch that writes them
 * also writes the audit entry.
 */
export async function importBusinesses(db: D1Database, caller: Caller, req: ImportBusinessesRequest): Promise<ImportBusinessesResponse> {
  const checked = checkLines(req);
  if (checked.problems.length > 0) return answer({ written: false, created: 0, updated: 0, unchanged: 0, problems: checked.problems });
  const wanted = {
    corporateNumbers: new Set(checked.lines.flatMap((l) => (l.fields.corporateNumber ? [l.fields.corporateNumber] : []))),
    externalKeys: new Set(checked.lines.flatMap((l) => (l.fields.externalIds ?? []).map((e) => externalKey(e.system, e.value)))),
    ids: new Set(checked.lines.flatMap((l) => (l.recordId ? [l.recordId] : []))),
  };
  return withCommitRetries(async () => {
    const plan = planImport(checked.lines, await loadImportIndex(db, caller.orgId, wanted));
    const counts = { created: plan.created, updated: plan.updated, unchanged: plan.unchanged };
    if (plan.problems.length > 0) return answer({ written: false, ...counts, problems: plan.problems });
    if (plan.writes.length === 0) return answer({ written: false, ...counts, problems: [] });

    const clientId = uuidv7();
    const mutations = plan.writes.map(
      (w, i) =>
        ({
          id: i + 1,
          kind: 'business',
          recordId: w.recordId ?? uuidv7(),
          baseVersion: w.baseVersion,
          fields: w.fields,
        }) as Mutation,
    );
    const merged = await mergePush(db, caller, { protocol: PROTOCOL_VERSION, clientId, mutations });
    if (merged.kind === 'answered') throw new Error('a fresh import client cannot have applied mutations before');
    const refused = merged.results.flatMap((r) =>
      r.status === 'rejected' ? [{ line: plan.writes[r.id - 1]!.line, field: null, message: r.message ?? '取り込めない行です' }] : [],
    );
    if (refused.length > 0) return answer({ written: false, ...counts, problems: refused });
    if (req.dryRun) return answer({ written: false, ...counts, problems: [] });

    const audit = auditStatement(db, {
      orgId: caller.orgId,
      advisorId: caller.advisorId,
      action: 'import.businesses',
      target: JSON.stringify({
        fileName: req.fileName,
        lines: req.rows.length,
        ...counts,
        ...(caller.integration ? { integrationKey: caller.integration.label } : {}),
      }),
    });
    const cursor = await commitMerged(db, caller, clientId, merged, [audit]);
    return cursor === null ? null : answer({ written: true, ...counts, problems: [] });
  });
}
