import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, PROTOCOL_VERSION, type ExportMeta, type ExportScope } from '../../../shared';
import { listDirectory, toDirectoryEntry } from '../db/advisors';
import { recordAudit } from '../db/audit';
import { readOwnScope, selectExportPage } from '../db/export';
import { readerOf } from '../db/karte';
import { findOrganisation } from '../db/orgs';
import { deliver, rowToRecord } from '../db/record-row';
import { inOwnScope } from '../domain/export-scope';
import { READS_NO_SENSITIVE } from '../domain/sensitivity';
import { notFound } from '../errors';
import type { Caller } from '../types';

/** Records read per D1 query: about 1 MB of rows at most, and ~80 queries for the 80,000 records of 50,000 consultations. */
export const EXPORT_PAGE = 1000;

export interface ExportRequest {
  scope: ExportScope;
  /** 機微 text asked for (the checkbox); it is included only where the exporter may read it. */
  sensitive: boolean;
}

/**
 * GET /v1/export after validation and the role check: audits the export, then answers the
 * document of shared/export-format.ts as a stream — the metadata, then the records page by page
 * in version order — so 50,000 consultations never sit in the Worker's memory at once. A failure
 * part-way ends the stream early: the file is then not valid JSON, and the extension says so.
 */
export async function startExport(
  db: D1Database,
  caller: Caller,
  req: ExportRequest,
  now = new Date(),
): Promise<ReadableStream<Uint8Array>> {
  const [organisation, advisors, own] = await Promise.all([
    findOrganisation(db, caller.orgId),
    listDirectory(db, caller.orgId),
    req.scope === 'own' ? readOwnScope(db, caller.orgId, caller.advisorId) : Promise.resolve(null),
  ]);
  if (!organisation) throw notFound('支援機関');
  const me = advisors.find((a) => a.id === caller.advisorId);
  if (!me) throw notFound('支援者');

  // Audited before any record leaves: an export that cannot be recorded does not happen.
  await recordAudit(db, [
    {
      orgId: caller.orgId,
      advisorId: caller.advisorId,
      action: req.scope === 'organisation' ? 'export.organisation' : 'export.own',
      target: JSON.stringify({ scope: req.scope, sensitive: req.sensitive }),
    },
  ]);

  const meta: ExportMeta = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    protocol: PROTOCOL_VERSION,
    organisation: { id: organisation.id, name: organisation.name },
    exportedAt: now.toISOString(),
    exportedBy: { id: me.id, name: me.name, role: me.role },
    scope: req.scope,
    sensitive: req.sensitive,
    advisors: advisors.map(toDirectoryEntry),
  };
  const reader = req.sensitive ? readerOf(caller) : READS_NO_SENSITIVE;
  const encoder = new TextEncoder();
  const head = JSON.stringify(meta);
  let after = 0;
  let first = true;
  let done = false;
  // A record edited while the export runs moves to a higher version and would be read again: each goes once.
  const seen = new Set<string>();

  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`${head.slice(0, -1)},"records":[`));
    },
    async pull(controller) {
      if (done) return;
      const rows = await selectExportPage(db, caller.orgId, after, EXPORT_PAGE);
      const parts: string[] = [];
      for (const row of rows) {
        after = row.version;
        if (seen.has(row.id)) continue;
        seen.add(row.id);
        const record = rowToRecord(row);
        if (
          own &&
          !inOwnScope({ kind: record.kind, id: record.id, authorId: record.authorId, businessId: row.business_id, data: record.data }, own)
        )
          continue;
        parts.push(JSON.stringify(deliver(record, reader).envelope));
      }
      if (parts.length > 0) {
        controller.enqueue(encoder.encode(`${first ? '' : ','}${parts.join(',')}`));
        first = false;
      }
      if (rows.length < EXPORT_PAGE) {
        done = true;
        controller.enqueue(encoder.encode(']}'));
        controller.close();
      }
    },
  });
}
