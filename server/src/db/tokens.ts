import { uuidv7, type Role, type TokenView } from '../../../shared';
import type { Keyset } from './cursor';
import type { Caller } from '../types';
import { condition, type GuardCondition } from './push-guard';
import { rowsOf } from './statements';

/** SHA-256 hex of a token. Tokens carry 256 random bits, so a fast hash is enough. */
export async function hashToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A new plaintext token: `bk_` + 32 random bytes, base64url. */
export function generateToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return `bk_${btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** A row of `api_tokens`, without its hash. */
export interface TokenRow {
  id: string;
  org_id: string;
  advisor_id: string;
  label: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/**
 * A new token, its row and its insert, for callers that batch it with other writes.
 * The plaintext is returned here once; only its hash is stored.
 */
export async function tokenInsert(
  db: D1Database,
  input: { orgId: string; advisorId: string; label: string },
): Promise<{ token: string; row: TokenRow; statement: D1PreparedStatement }> {
  const token = generateToken();
  const row: TokenRow = {
    id: uuidv7(),
    org_id: input.orgId,
    advisor_id: input.advisorId,
    label: input.label,
    created_at: new Date().toISOString(),
    last_used_at: null,
    revoked_at: null,
  };
  const statement = db
    .prepare('INSERT INTO api_tokens (id, org_id, advisor_id, token_hash, label, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .bind(row.id, row.org_id, row.advisor_id, await hashToken(token), row.label, row.created_at);
  return { token, row, statement };
}

/** Issues a token; the plaintext is returned here once and only its hash is stored. */
export async function createToken(
  db: D1Database,
  input: { orgId: string; advisorId: string; label: string },
): Promise<{ token: string; row: TokenRow }> {
  const { token, row, statement } = await tokenInsert(db, input);
  await statement.run();
  return { token, row };
}

interface ActiveTokenRow {
  id: string;
  org_id: string;
  advisor_id: string;
  role: Role;
}

/** A live token (by its hashToken) of an enabled advisor, with the advisor's role now: no row when there is none. */
export function selectActiveToken(db: D1Database, tokenHash: string): D1PreparedStatement {
  return db
    .prepare(
      `SELECT t.id, t.org_id, t.advisor_id, a.role FROM api_tokens t JOIN advisors a ON a.id = t.advisor_id
       WHERE t.token_hash = ? AND t.revoked_at IS NULL AND a.disabled_at IS NULL`,
    )
    .bind(tokenHash);
}

/** A guard (push-guard.ts) holding a batch to the caller as this isolate remembers it: the token still live, its advisor enabled and in the same role. */
export function tokenStillHeld(caller: Caller): GuardCondition {
  return condition(
    `EXISTS (SELECT 1 FROM api_tokens t JOIN advisors a ON a.id = t.advisor_id
       WHERE t.token_hash = ? AND t.revoked_at IS NULL AND a.disabled_at IS NULL AND a.role = ? AND t.advisor_id = ? AND t.org_id = ?)`,
    caller.tokenHash,
    caller.role,
    caller.advisorId,
    caller.orgId,
  );
}

/** The token and caller selectActiveToken read, or null. */
export function activeTokenIn(result: D1Result, tokenHash: string): { tokenId: string; caller: Caller } | null {
  const row = rowsOf<ActiveTokenRow>(result)[0];
  if (!row) return null;
  return { tokenId: row.id, caller: { advisorId: row.advisor_id, orgId: row.org_id, role: row.role, tokenHash } };
}

/** The caller behind a live token (by its hashToken) of an enabled advisor, or null. */
export async function findActiveToken(db: D1Database, tokenHash: string): Promise<{ tokenId: string; caller: Caller } | null> {
  return activeTokenIn(await selectActiveToken(db, tokenHash).all(), tokenHash);
}

/** Records the last use, at most once a minute per token to keep reads cheap. */
export async function touchToken(db: D1Database, tokenId: string): Promise<void> {
  const now = new Date().toISOString();
  const aMinuteAgo = new Date(Date.now() - 60_000).toISOString();
  await db
    .prepare(`UPDATE api_tokens SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)`)
    .bind(now, tokenId, aMinuteAgo)
    .run();
}

/** A token as admins see it: never the hash, never the plaintext. */
export function toTokenView(row: TokenRow): TokenView {
  return {
    id: row.id,
    advisorId: row.advisor_id,
    label: row.label,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

const TOKEN_COLUMNS = 'id, org_id, advisor_id, label, created_at, last_used_at, revoked_at';

export const tokenPosition = (row: TokenRow): Keyset => ({ key: row.created_at, id: row.id });

/** One token of the organisation (without its hash); another organisation's id is not found. */
export async function findToken(db: D1Database, orgId: string, id: string): Promise<TokenRow | null> {
  return db.prepare(`SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE org_id = ? AND id = ?`).bind(orgId, id).first<TokenRow>();
}

/** Tokens in creation order, optionally of one advisor, `limit + 1` rows after `after`. */
export async function listTokens(
  db: D1Database,
  orgId: string,
  filter: { advisorId?: string; after?: Keyset; limit: number },
): Promise<TokenRow[]> {
  const { results } = await db
    .prepare(
      `SELECT ${TOKEN_COLUMNS} FROM api_tokens
       WHERE org_id = ?1 AND (?2 IS NULL OR advisor_id = ?2) AND (?3 IS NULL OR (created_at, id) > (?3, ?4))
       ORDER BY created_at, id LIMIT ?5`,
    )
    .bind(orgId, filter.advisorId ?? null, filter.after?.key ?? null, filter.after?.id ?? null, filter.limit + 1)
    .all<TokenRow>();
  return results;
}

/** Revokes a token; revoking twice keeps the first time. Auth checks `revoked_at` on every request. */
export function revokeTokenStatement(db: D1Database, orgId: string, id: string, at: string): D1PreparedStatement {
  return db.prepare('UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE org_id = ? AND id = ?').bind(at, orgId, id);
}
