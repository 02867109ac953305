import { MIN_PROTOCOL_VERSION, PROTOCOL_VERSION } from '../../../shared';
import { ApiError } from '../errors';

/**
 * Push step 1 / pull step 1. Runs before the request shape is validated: a client too old
 * to know today's shape must still be told to update rather than get a list of field
 * errors. A missing or non-integer protocol is left to validation (400 validation_failed).
 */
export function assertProtocol(n: number | undefined): void {
  if (n === undefined || !Number.isInteger(n)) return;
  if (n < MIN_PROTOCOL_VERSION) {
    throw new ApiError(
      426,
      'client_too_old',
      `拡張機能が古いため同期できません（プロトコル ${n}、必要なのは ${MIN_PROTOCOL_VERSION} 以上）。拡張機能を更新してください`,
    );
  }
  if (n > PROTOCOL_VERSION) {
    throw new ApiError(
      400,
      'protocol_unsupported',
      `このサーバーはプロトコル ${PROTOCOL_VERSION} までに対応しています（送信: ${n}）。サーバーの更新をお待ちください`,
    );
  }
}
