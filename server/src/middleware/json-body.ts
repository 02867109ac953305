import { LIMITS } from '../../../shared';
import { createMiddleware } from 'hono/factory';
import { ApiError } from '../errors';
import type { AppEnv } from '../types';

/**
 * Reads a JSON request body once, strictly: no compressed bodies, UTF-8 only, at most
 * `maxBytes`, well-formed UTF-8, and no `__proto__` keys (JSON.parse keeps them where an
 * object spread would silently drop them, so they could never be refused as unknown fields).
 * The parsed value is what the validator then reads.
 */
export const jsonBody = (maxBytes: number) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const encoding = c.req.header('Content-Encoding')?.trim().toLowerCase();
    if (encoding && encoding !== 'identity') {
      throw new ApiError(
        415,
        'unsupported_media_type',
        `圧縮された送信データ（Content-Encoding: ${encoding.slice(0, 20)}）には対応していません。圧縮せずに送ってください`,
      );
    }
    const [mediaType = '', ...params] = (c.req.header('Content-Type') ?? '').split(';');
    if (!/^application\/([\w.-]+\+)?json$/i.test(mediaType.trim())) {
      throw badBody('送信データは Content-Type: application/json の JSON で送ってください');
    }
    const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]*)"?\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
    if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
      throw new ApiError(
        415,
        'unsupported_media_type',
        `文字コード ${charset.slice(0, 20)} には対応していません。UTF-8 の JSON で送ってください`,
      );
    }
    const text = decodeUtf8(await readAtMost(c.req.raw, maxBytes));
    const parsed = parseJson(text);
    // The validator (zValidator → c.req.json()) reads this value instead of parsing the body again.
    c.req.json = <T>() => Promise.resolve(parsed as T);
    await next();
  });

const badBody = (message: string) => new ApiError(400, 'validation_failed', message);

const tooLarge = (maxBytes: number) =>
  new ApiError(413, 'payload_too_large', `送信データが大きすぎます（上限 ${Math.round(maxBytes / 1024)} KB）。分けて送信してください`);

/** The body's bytes, refusing more than `maxBytes` before reading them all. */
async function readAtMost(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('Content-Length') ?? NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw badBody('送信データに UTF-8 として読めない文字が含まれています。UTF-8 の JSON で送ってください');
  }
}

class ProtoKey extends Error {}

/** JSON.parse, refusing `__proto__` keys (looked for with a reviver only when the text could hold one). */
function parseJson(text: string): unknown {
  const mayHaveProto = text.includes('__proto__') || text.includes('\\u');
  try {
    return mayHaveProto
      ? JSON.parse(text, (key, value: unknown) => {
          if (key === '__proto__') throw new ProtoKey();
          return value;
        })
      : JSON.parse(text);
  } catch (err) {
    if (err instanceof ProtoKey) throw badBody('「__proto__」という名前の項目は使えません。送信内容を確認してください');
    if (err instanceof SyntaxError)
      throw badBody('送信データを JSON として読み取れません。拡張機能を更新するか、送信内容を確認してください');
    throw err;
  }
}

export const defaultJsonBody = jsonBody(LIMITS.otherBodyBytes);
export const pushJsonBody = jsonBody(LIMITS.pushBodyBytes);
export const importJsonBody = jsonBody(LIMITS.importBodyBytes);
