import { INTEGRATION_KEY_PREFIX, uuidv7, type IntegrationKeyView, type IntegrationScope } from '../../../shared';
import { generateToken, hashToken } from './tokens';

interface KeyRow {
  id: string;
  org_id: string;
  label: string;
  scope: IntegrationScope;
  created_by: string;
  created_by_name: string | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

const SELECT = `SELECT k.id, k.org_id, k.label, k.scope, k.created_by, a.name AS created_by_name, k.created_at, k.last_used_at, k.revoked_at
  FROM integration_keys k LEFT JOIN advisors a ON a.id = k.created_by`;

export const toIntegrationKeyView = (row: KeyRow): IntegrationKeyView => ({
  id: row.id,
  label: row.label,
  scope: row.scope,
  createdByName: row.created_by_name ?? '',
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
  revokedAt: row.revoked_at,
});

/** A new key and the statement that stores its hash (run it in the batch with its audit entry). */
export async function integrationKeyInsert(
  db: D1Database,
  input: { orgId: string; label: string; scope: IntegrationScope; createdBy: string },
) {
  const key = INTEGRATION_KEY_PREFIX + generateToken().slice('bk_'.length);
  const id = uuidv7();
  const now = new Date().toISOString();
  const statement = db
    .prepare('INSERT INTO integration_keys (id, org_id, label, scope, key_hash, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .bind(id, input.orgId, input.label, input.scope, await hashToken(key), input.createdBy, now);
  return { key, id, statement };
}

/** Every key of the organisation, newest first (an organisation has a handful). */
export async function listIntegrationKeys(db: D1Database, orgId: string): Promise<IntegrationKeyView[]> {
  const { results } = await db.prepare(`${SELECT} WHERE k.org_id = ? ORDER BY k.created_at DESC, k.id DESC`).bind(orgId).all<KeyRow>();
  return results.map(toIntegrationKeyView);
}

export async function findIntegrationKey(db: D1Database, orgId: string, id: string): Promise<IntegrationKeyView | null> {
  const row = await db.prepare(`${SELECT} WHERE k.org_id = ? AND k.id = ?`).bind(orgId, id).first<KeyRow>();
  return row ? toIntegrationKeyView(row) : null;
}

export const revokeIntegrationKeyStatement = (db: D1Database, orgId: string, id: string, at: string) =>
  db.prepare('UPDATE integration_keys SET revoked_at = COALESCE(revoked_at, ?) WHERE org_id = ? AND id = ?').bind(at, orgId, id);

/** A live key by its hash, with its organisation, scope and issuer; null when unknown or revoked. */
export async function findActiveIntegrationKey(db: D1Database, tokenHash: string) {
  return db
    .prepare('SELECT id, org_id, label, scope, created_by FROM integration_keys WHERE key_hash = ? AND revoked_at IS NULL')
    .bind(tokenHash)
    .first<{ id: string; org_id: string; label: string; scope: IntegrationScope; created_by: string }>();
}

/** Records the last use, at most once a minute per key. */
export async function touchIntegrationKey(db: D1Database, id: string): Promise<void> {
  const now = new Date().toISOString();
  await db
    .prepare('UPDATE integration_keys SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)')
    .bind(now, id, new Date(Date.now() - 60_000).toISOString())
    .run();
}
