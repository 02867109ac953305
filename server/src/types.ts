import type { Role } from '../../shared';

/** Who is calling: resolved from the API token by the auth middleware. */
export interface Caller {
  advisorId: string;
  orgId: string;
  role: Role;
  tokenHash: string;
}

export interface AppEnv {
  Bindings: Env;
  Variables: { caller: Caller };
}
