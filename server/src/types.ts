import type { IntegrationScope, Role } from '../../shared';
import type { GuardCondition } from './db/push-guard';

/** Who is calling: resolved from the API token by the auth middleware. */
export interface Caller {
  advisorId: string;
  orgId: string;
  role: Role;
  tokenHash: string;
  /**
   * Set when the caller is another system with an integration key: an import key acts as the
   * admin who issued it; a read key as nobody in particular (an advisor who wrote nothing, so no
   * 機微 text is readable).
   */
  integration?: { keyId: string; label: string; scope: IntegrationScope };
}

/**
 * How a sync handler's first read admits its caller (middleware/admit-in-batch.ts): a token this
 * isolate found live before is checked again in that read instead of ahead of it.
 */
export interface Admission {
  /** Runs the handler's first batch (with the token's check when it is due): its results, and the caller as checked. 401 or 429 as auth. */
  batch(statements: D1PreparedStatement[]): Promise<{ caller: Caller; results: D1Result[] }>;
  /**
   * Only for a token this isolate found live before: a write batch for the caller as remembered
   * (sync/remembered-push.ts), sent once the rate limit allows it, behind `guards` and one more that
   * the token is still live with the remembered role (db/push-guard.ts). True when it committed (the
   * request is then admitted); false when it was not sent (over the limit) or a guard rolled it back —
   * the handler then starts again with `batch`, which answers 401 or 429 as auth.
   */
  guardedBatch?(guards: GuardCondition[], statements: D1PreparedStatement[]): Promise<boolean>;
}

export interface AppEnv {
  Bindings: Env;
  /** `admission` only behind admitInBatch (the sync routes). */
  Variables: { caller: Caller; admission?: Admission };
}
