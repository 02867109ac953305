import { env } from 'cloudflare:test';
import { FREE_TEXT_FIELDS, PROTOCOL_VERSION, pullResponse, type RecordEnvelope, type RecordKind } from '../../../shared';
import { TABLE_OF, type OutboxEntry } from '../../../extension/db/schema';
import { actorFetch } from '../../server/fixtures/org';
import type { Ledger } from './ops';
import type { SimClient } from './sim-client';

const META_KEYS = ['id', 'version', 'authorId', 'createdAt', 'updatedAt', 'redacted'];

const short = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}…(${s.length} chars)` : s);

/** JSON with sorted keys, so field data compares by content. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Everything the server holds for this client, through the real pull (so with the server's own redaction). */
async function serverViewFor(token: string, clientId: string): Promise<Map<string, RecordEnvelope>> {
  const all = new Map<string, RecordEnvelope>();
  let cursor = 0;
  for (;;) {
    const res = await actorFetch(
      token,
      'GET',
      `/v1/sync/pull?protocol=${PROTOCOL_VERSION}&clientId=${clientId}&cursor=${cursor}&limit=1000`,
    );
    const page = pullResponse.parse(await res.json());
    for (const e of page.changes) all.set(e.id, e);
    cursor = page.cursor;
    if (!page.hasMore) return all;
  }
}

async function localRows(c: SimClient): Promise<Map<string, { kind: RecordKind; row: Record<string, unknown> }>> {
  const rows = new Map<string, { kind: RecordKind; row: Record<string, unknown> }>();
  for (const [kind, table] of Object.entries(TABLE_OF) as [RecordKind, string][]) {
    for (const row of (await c.db.table(table).toArray()) as Record<string, unknown>[]) rows.set(row.id as string, { kind, row });
  }
  return rows;
}

interface ServerRow {
  id: string;
  kind: RecordKind;
  data: Record<string, unknown>;
  authorId: string | null;
}

async function serverRows(orgId: string): Promise<ServerRow[]> {
  const { results } = await env.DB.prepare('SELECT id, kind, data, author_id FROM records WHERE org_id = ?')
    .bind(orgId)
    .all<{ id: string; kind: RecordKind; data: string; author_id: string | null }>();
  return results.map((r) => ({ id: r.id, kind: r.kind, data: JSON.parse(r.data) as Record<string, unknown>, authorId: r.author_id }));
}

/** Why a rejected entry is acceptable, or null when it should not have been refused. */
function explainRejection(
  c: SimClient,
  e: OutboxEntry,
  server: Map<string, ServerRow>,
  ledger: Ledger,
  refused: readonly OutboxEntry[],
): string | null {
  if (e.id < 0) return 'refused before sending (schema)';
  if (e.error?.code === 'not_applied') {
    // Its answer was lost; acceptable only if it really did not land (the oracle checks the server).
    const r = server.get(e.recordId);
    const missed = Object.entries(e.fields).some(([f, v]) => JSON.stringify(r?.data[f]) !== JSON.stringify(v));
    return missed ? 'refused while its answer was lost' : null;
  }
  if (!server.has(e.recordId) && refused.some((r) => r.recordId === e.recordId && r.id > 0 && r.id < e.id))
    return 'edit of a record whose creation was refused';
  if (ledger.deliberateRecords.has(e.recordId)) return 'deliberately invalid record';
  if (e.error?.code === 'forbidden' && (e.kind === 'tag' || e.kind === 'tagGroup') && c.role === 'advisor') return 'advisor editing tags';
  // A manager editing a seeded default before the first pull showed the organisation has no such tag or group.
  const group = (e.fields as { groupId?: string }).groupId;
  if ((e.kind === 'tag' || e.kind === 'tagGroup') && (!server.has(e.recordId) || (group !== undefined && !server.has(group))))
    return 'local default the organisation does not have';
  const record = server.get(e.recordId);
  // A conflict copy is guarded like the consultation it belongs to.
  const target = record?.kind === 'conflict' ? server.get(String(record.data.recordId)) : record;
  if (e.error?.code === 'forbidden' && target?.data.sensitive === true && target.authorId !== c.advisorId)
    return "someone else's 機微 record";
  const tagIds = (e.fields as { tagIds?: string[] }).tagIds ?? [];
  if (e.error?.code === 'unknown_tag' && tagIds.some((t) => server.get(t)?.data.deleted !== false)) return 'tag deleted concurrently';
  return null;
}

/**
 * Checked after every step: each field a pending local edit wrote still shows that edit
 * (client rule 3: pulled values never replace what the advisor saved and has not synced).
 */
export async function pendingEditsOnTop(c: SimClient): Promise<string[]> {
  const latest = new Map<string, { kind: RecordKind; recordId: string; field: string; value: unknown }>();
  for (const e of await c.db.outbox.where('state').equals('pending').toArray()) {
    for (const [field, value] of Object.entries(e.fields))
      latest.set(`${e.recordId}/${field}`, { kind: e.kind, recordId: e.recordId, field, value });
  }
  const problems: string[] = [];
  for (const { kind, recordId, field, value } of latest.values()) {
    const row = (await c.db.table(TABLE_OF[kind]).get(recordId)) as Record<string, unknown> | undefined;
    if (!row) problems.push(`${c.name}: ${kind} ${recordId} with a pending edit is missing locally`);
    else if (canonical(row[field]) !== canonical(value)) {
      problems.push(
        `${c.name}: pending ${kind} ${recordId}.${field}=${short(canonical(value))} but the record shows ${short(canonical(row[field]))}`,
      );
    }
  }
  return problems;
}

/** The end-state properties of issue 4, as a list of violations (empty when all hold). */
export async function checkConverged(orgId: string, clients: readonly SimClient[], ledger: Ledger): Promise<string[]> {
  const problems: string[] = [];
  const rows = await serverRows(orgId);
  const server = new Map(rows.map((r) => [r.id, r]));
  const orgVersion = (await env.DB.prepare('SELECT version FROM orgs WHERE id = ?').bind(orgId).first<{ version: number }>())!.version;
  const kept = new Set<string>();

  for (const c of clients) {
    const clientId = (await c.db.meta.get('clientId'))?.value as string;
    const expected = await serverViewFor(c.token, clientId);
    const local = await localRows(c);
    for (const [id, e] of expected) {
      const mine = local.get(id);
      if (!mine) {
        problems.push(`${c.name}: missing ${e.kind} ${id}`);
        continue;
      }
      const fields = Object.fromEntries(Object.entries(mine.row).filter(([k]) => !META_KEYS.includes(k)));
      if (
        mine.kind !== e.kind ||
        mine.row.version !== e.version ||
        mine.row.redacted !== e.redacted ||
        canonical(fields) !== canonical(e.data)
      ) {
        problems.push(
          `${c.name}: ${e.kind} ${id} differs: local v${String(mine.row.version)} ${short(canonical(fields))} / server v${e.version} ${short(canonical(e.data))}`,
        );
      }
    }
    for (const [id, mine] of local) if (!expected.has(id)) problems.push(`${c.name}: has ${mine.kind} ${id} the server does not have`);

    const cursor = (await c.db.meta.get('cursor'))?.value;
    if (cursor !== orgVersion) problems.push(`${c.name}: cursor ${String(cursor)} but the organisation is at ${orgVersion}`);
    const outbox = await c.db.outbox.toArray();
    const refused = outbox.filter((e) => e.state === 'rejected');
    for (const e of outbox) {
      if (e.state === 'pending') {
        problems.push(`${c.name}: mutation ${e.id} still pending`);
        continue;
      }
      for (const v of Object.values(e.fields)) if (typeof v === 'string') kept.add(v);
      if (!explainRejection(c, e, server, ledger, refused))
        problems.push(
          `${c.name}: mutation ${e.id} rejected unexpectedly: ${e.error?.code} ${e.error?.message} ${short(JSON.stringify(e.fields))}`,
        );
    }
  }

  // No locally saved text is lost: it is a field value, a conflict copy, or shown as a refused edit.
  const onServer = new Set<string>();
  const copies = new Set<string>();
  for (const r of rows) {
    for (const f of r.kind === 'conflict' ? ['text'] : (FREE_TEXT_FIELDS[r.kind] as readonly string[])) {
      const v = r.data[f];
      if (typeof v === 'string') onServer.add(v);
    }
    if (r.kind === 'conflict') {
      const key = `${String(r.data.recordId)}/${String(r.data.field)}/${String(r.data.text)}`;
      if (copies.has(key)) problems.push(`conflict copy duplicated: ${key}`);
      copies.add(key);
    }
  }
  for (const [text, { deliberate, by }] of ledger.saved) {
    if (deliberate) {
      if (onServer.has(text)) problems.push(`deliberately invalid text reached the server: ${text}`);
      continue;
    }
    if (!ledger.superseded.has(text) && !onServer.has(text) && !kept.has(text)) problems.push(`text saved by ${by} is lost: ${text}`);
  }
  return problems;
}
