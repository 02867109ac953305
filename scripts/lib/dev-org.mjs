import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { devDir, tokenFile } from './paths.mjs';

export const DEV_ORGANISATION = '開発用支援機関';
export const DEV_ADMIN = '開発 太郎';

function readToken() {
  if (!existsSync(tokenFile)) return null;
  const token = readFileSync(tokenFile, 'utf8').trim();
  return token === '' ? null : token;
}

function writeToken(token) {
  mkdirSync(devDir, { recursive: true, mode: 0o700 });
  writeFileSync(tokenFile, `${token}\n`, { mode: 0o600 });
  // writeFileSync keeps the mode of an existing file: tighten it explicitly.
  chmodSync(tokenFile, 0o600);
}

async function readJson(res) {
  try {
    return await res.json();
  } catch {
    return null; // a non-JSON body is reported by status below
  }
}

/**
 * The development organisation with its admin advisor, created once. A token already in
 * .dev/token that the API still accepts (GET /v1/me → 200) is reused; otherwise the
 * organisation is bootstrapped with the local BOOTSTRAP_SECRET and the new token saved.
 * @returns {Promise<{ token: string, organisation: string, advisor: string, role: string, reused: boolean, created: boolean }>}
 */
export async function ensureDevOrganisation(baseUrl, bootstrapSecret) {
  const saved = readToken();
  if (saved) {
    const res = await fetch(`${baseUrl}/v1/me`, { headers: { Authorization: `Bearer ${saved}` } });
    const me = await readJson(res);
    if (res.status === 200 && me) {
      return {
        token: saved,
        organisation: me.organisation?.name,
        advisor: me.advisor?.name,
        role: me.advisor?.role,
        reused: true,
        created: false,
      };
    }
  }

  const res = await fetch(`${baseUrl}/v1/bootstrap`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Bootstrap-Secret': bootstrapSecret },
    body: JSON.stringify({ organisationName: DEV_ORGANISATION, adminName: DEV_ADMIN }),
  });
  const body = await readJson(res);
  if ((res.status !== 200 && res.status !== 201) || typeof body?.token !== 'string') {
    const detail = body?.error ? `${body.error.code}: ${body.error.message}` : `HTTP ${res.status}`;
    throw new Error(`POST /v1/bootstrap → ${detail}`);
  }
  writeToken(body.token);
  return {
    token: body.token,
    organisation: body.organisation?.name ?? DEV_ORGANISATION,
    advisor: body.advisor?.name ?? DEV_ADMIN,
    role: body.advisor?.role ?? 'admin',
    reused: false,
    // false when the organisation already existed and only a new token was issued (e.g. .dev/token was deleted)
    created: body.created !== false,
  };
}
