import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from '../../shared';

/**
 * The one typed exception of the API. Thrown anywhere, turned into the shared
 * error shape by `onError` in index.ts.
 */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly details?: { path: string; message: string }[],
    /** The number of problems in all, when `details` lists only some. */
    readonly detailCount?: number,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new ApiError(404, 'not_found', `${what}が見つかりません`);
export const forbidden = (message = 'この操作を行う権限がありません') => new ApiError(403, 'forbidden', message);
