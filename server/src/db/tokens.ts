import type { Role } from '../../../shared';
import type { Caller } from '../types';

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
  return 'bk_' + btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

interface TokenRow { id: string; org_id: string; advisor_id: string; role: Role }

/** The caller behind a live token of an enabled advisor, or null. */
export async function findActiveToken(db: D1Database, token: string): Promise<{ tokenId: string; caller: Caller } | null> {
  const tokenHash = await hashToken(token);
  const row = await db
    .prepare(
      `SELECT t.id, t.org_id, t.advisor_id, a.role FROM api_tokens t JOIN advisors a ON a.id = t.advisor_id
       WHERE t.token_hash = ? AND t.revoked_at IS NULL AND a.disabled_at IS NULL`,
    )
    .bind(tokenHash)
    .first<TokenRow>();
  if (!row) return null;
  return { tokenId: row.id, caller: { advisorId: row.advisor_id, orgId: row.org_id, role: row.role, tokenHash } };
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
