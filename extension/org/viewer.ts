import { roleAtLeast, type Role } from '../../shared/enums';

/** Who is using the extension, as far as permissions go. */
export interface Viewer {
  /** Connected to an organisation (not local-only, a token set): its rules apply. */
  signedIn: boolean;
  advisorId: string | null;
  /** Null when signed in but the role is not known yet (no successful connection test). */
  role: Role | null;
}

export interface ViewerSettings {
  localOnly: boolean;
  apiToken: string;
  advisor: { id: string; role?: Role } | null;
}

/** `on`: signed in and syncing; `local_only`: the advisor chose not to sync; `not_signed_in`: no token yet (first run). */
export type SyncMode = 'on' | 'local_only' | 'not_signed_in';

/** How this device syncs, by the same settings that sign the viewer in. */
export function syncModeOf(s: Pick<ViewerSettings, 'localOnly' | 'apiToken'>): SyncMode {
  return s.localOnly ? 'local_only' : s.apiToken.trim() === '' ? 'not_signed_in' : 'on';
}

export function viewerOf(s: ViewerSettings): Viewer {
  const signedIn = !s.localOnly && s.apiToken.trim() !== '';
  return { signedIn, advisorId: signedIn ? (s.advisor?.id ?? null) : null, role: signedIn ? (s.advisor?.role ?? null) : null };
}

const isManager = (v: Viewer) => v.role !== null && roleAtLeast(v.role, 'manager');

/**
 * May read every 機微 note (others read only their own). Without an organisation the one
 * person using this browser wrote every note in it.
 */
export const readsAllSensitive = (v: Viewer): boolean => !v.signedIn || isManager(v);

/** May change the organisation's site rules: the server accepts them from managers only. */
export const editsSiteRules = (v: Viewer): boolean => !v.signedIn || isManager(v);
