import type { IntegrationScope, Role } from '../../shared';

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

export interface AppEnv {
  Bindings: Env;
  Variables: { caller: Caller };
}
