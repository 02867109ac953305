import { uuidv7, withAllFields, type ExportRecord, type RecordKind, type RestoreRequest, type RestoreResponse } from '../../../shared';
import { auditStatement } from '../db/audit';
import { clientIn, selectClient } from '../db/clients';
import { orgVersionIn, selectOrgVersion } from '../db/org-version';
import { readRecords, selectRecordsByIds } from '../db/records';
import { remapAdvisors, type AdvisorMap } from '../domain/advisor-remap';
import { loaded, type WorkingRecord } from '../domain/merge';
import { originOf } from '../domain/sensitivity';
import { ApiError } from '../errors';
import { commitMerged, withCommitRetries } from '../sync/push';
import type { Caller } from '../types';

interface RestoreRow {
  source_org: string;
  exported_at: string;
  client_id: string;
  advisor_map: string;
  finished_at: string | null;
}

const refused = (message: string) => new ApiError(409, 'conflict', message);

/** A record of the export as a new write: every field its own, the author it had. */
const working = (r: ExportRecord): WorkingRecord => {
  const data = withAllFields(r.kind as RecordKind, r.data);
  return {
    kind: r.kind as RecordKind,
    id: r.id,
    data,
    fieldVersions: {},
    fieldClients: {},
    authorId: r.authorId,
    isNew: true,
    written: new Set(Object.keys(data)),
  };
};

/**
 * A conflict copy's origin (the consultation its text came from), so the restored copy stays
 * guarded like the original: from its record, in this part or already restored.
 */
async function withOrigins(db: D1Database, orgId: string, writes: WorkingRecord[]): Promise<void> {
  const copies = writes.filter((w) => w.kind === 'conflict');
  if (copies.length === 0) return;
  const here = new Map(writes.map((w) => [w.id, w]));
  const missing = copies.map((c) => String(c.data.recordId)).filter((id) => !here.has(id));
  for (const r of missing.length > 0 ? await readRecords(db, selectRecordsByIds(db, orgId, missing)) : []) here.set(r.id, loaded(r));
  for (const copy of copies) {
    const target = here.get(String(copy.data.recordId));
    copy.origin = target ? originOf(target.kind, target.id, target.data, {}, String(copy.data.field)) : null;
  }
}

/**
 * Part 0: the organisation holds nothing but its tags; the people the records name come in,
 * disabled, by name (an admin enables the ones who work here and issues their tokens). Someone
 * whose id another organisation of this deployment uses (the organisation exported from, say)
 * comes in under a new id, kept for the later parts.
 */
async function firstPart(
  db: D1Database,
  caller: Caller,
  req: RestoreRequest,
  clientId: string,
): Promise<{ statements: D1PreparedStatement[]; map: AdvisorMap }> {
  const [others, known] = await db.batch([
    db.prepare(`SELECT COUNT(*) AS n FROM records WHERE org_id = ? AND kind NOT IN ('tag', 'tagGroup')`).bind(caller.orgId),
    db
      .prepare(`SELECT id, org_id FROM advisors WHERE id IN (SELECT value FROM json_each(?))`)
      .bind(JSON.stringify(req.advisors.map((a) => a.id))),
  ]);
  if ((others!.results[0] as { n: number }).n > 0) {
    throw refused('復元できるのは、事業者や記録がまだない組織だけです。新しい組織を作ってから復元してください');
  }
  const orgOf = new Map((known!.results as { id: string; org_id: string }[]).map((a) => [a.id, a.org_id]));
  const map: Record<string, string> = {};
  for (const a of req.advisors) if (orgOf.has(a.id) && orgOf.get(a.id) !== caller.orgId) map[a.id] = uuidv7();
  const now = new Date().toISOString();
  const inserts = req.advisors
    .filter((a) => orgOf.get(a.id) !== caller.orgId)
    .map((a) =>
      db
        .prepare(
          'INSERT INTO advisors (id, org_id, name, email, role, job_title, created_at, disabled_at) VALUES (?, ?, ?, NULL, ?, ?, ?, ?)',
        )
        .bind(map[a.id] ?? a.id, caller.orgId, a.name, a.role, a.jobTitle, now, now),
    );
  const statements = [
    db
      .prepare('INSERT INTO restores (org_id, source_org, exported_at, client_id, advisor_map, started_at) VALUES (?, ?, ?, ?, ?, ?)')
      .bind(caller.orgId, req.source.organisationId, req.source.exportedAt, clientId, JSON.stringify(map), now),
    ...inserts,
  ];
  return { statements, map };
}

/**
 * `POST /v1/import/restore`, one part: the records come back with their ids, kinds, authors and
 * every field (timestamps and versions are this server's), committed as one batch through the
 * push's commit with the restore's own sync client, so every device pulls them. An export whose
 * 機微 text was emptied is refused: restoring it would lose that text for good.
 */
export async function restorePart(db: D1Database, caller: Caller, req: RestoreRequest): Promise<RestoreResponse> {
  if (req.records.some((r) => r.redacted)) {
    throw new ApiError(
      422,
      'validation_failed',
      '機微情報が空欄になった書き出しからは復元できません。書き出しで「機微情報を含める」を選んだ、組織全体のファイルを使ってください',
    );
  }
  const current = await db
    .prepare('SELECT source_org, exported_at, client_id, advisor_map, finished_at FROM restores WHERE org_id = ?')
    .bind(caller.orgId)
    .first<RestoreRow>();
  const first = req.part.index === 0;
  if (first && current) throw refused('この組織には、すでに復元した（または復元中の）書き出しがあります。新しい組織に復元してください');
  if (
    !first &&
    (!current ||
      current.finished_at !== null ||
      current.source_org !== req.source.organisationId ||
      current.exported_at !== req.source.exportedAt)
  ) {
    throw refused('この部分に対応する復元が始まっていません。最初の部分（0番）から送り直してください');
  }
  const clientId = current?.client_id ?? uuidv7();
  const start = first ? await firstPart(db, caller, req, clientId) : null;
  const map: AdvisorMap = start?.map ?? (JSON.parse(current!.advisor_map) as AdvisorMap);
  const writes = req.records.map((r) => working(remapAdvisors(r, map)));
  await withOrigins(db, caller.orgId, writes);

  return withCommitRetries(async () => {
    const [org, client] = await db.batch([selectOrgVersion(db, caller.orgId), selectClient(db, caller.orgId, clientId)]);
    const lastPart = clientIn(client!)?.last_mutation_id ?? 0;
    if (lastPart !== req.part.index)
      throw refused(`部分 ${req.part.index} は送る順番が違うか、すでに復元済みです。次は ${lastPart} 番を送ってください`);
    const also = [
      ...(start?.statements ?? []),
      ...(req.part.last
        ? [db.prepare('UPDATE restores SET finished_at = ? WHERE org_id = ?').bind(new Date().toISOString(), caller.orgId)]
        : []),
      auditStatement(db, {
        orgId: caller.orgId,
        advisorId: caller.advisorId,
        action: 'import.restore',
        target: JSON.stringify({
          source: req.source.organisationId,
          exportedAt: req.source.exportedAt,
          part: req.part.index,
          records: writes.length,
          last: req.part.last,
        }),
      }),
    ];
    const cursor = await commitMerged(
      db,
      caller,
      clientId,
      { orgVersion: orgVersionIn(org!), lastMutationId: req.part.index, newLastMutationId: req.part.index + 1, writes },
      also,
    );
    return cursor === null ? null : { restored: writes.length, part: req.part.index, finished: req.part.last };
  });
}
