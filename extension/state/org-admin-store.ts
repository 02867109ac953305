import { computed, signal } from '@preact/signals';
import type { AdvisorView, InvitationView, OrgProfile, TokenView } from '../../shared/api';
import type { JobTitle, OrgKind, Prefecture, Role } from '../../shared/enums';
import type { ApiResult, CallFailure } from '../platform/api-client';
import type { Notice } from './notice';

export type AdvisorChange = { disabled?: boolean; role?: Role; jobTitle?: JobTitle | null; name?: string };
export type ProfileChange = { kind?: OrgKind | null; prefecture?: Prefecture | null; municipality?: string };
export type InvitationInput = { name: string; role: Role; jobTitle: JobTitle | null };

/** The admin endpoints the organisation page uses (platform/admin-client.ts). */
export interface AdminApi {
  advisors(): Promise<ApiResult<AdvisorView[]>>;
  tokens(): Promise<ApiResult<TokenView[]>>;
  invitations(): Promise<ApiResult<InvitationView[]>>;
  profile(): Promise<ApiResult<OrgProfile>>;
  updateProfile(change: ProfileChange): Promise<ApiResult<OrgProfile>>;
  updateAdvisor(id: string, change: AdvisorChange): Promise<ApiResult<AdvisorView>>;
  issueToken(advisorId: string, label: string): Promise<ApiResult<{ token: string; tokenInfo: TokenView }>>;
  revokeToken(id: string): Promise<ApiResult<TokenView>>;
  invite(input: InvitationInput): Promise<ApiResult<{ invitation: InvitationView; code: string }>>;
  revokeInvitation(id: string): Promise<ApiResult<InvitationView>>;
}

/** A secret the server shows once: a new token (for the advisor's extension) or an invitation code. */
export type Issued =
  | { kind: 'token'; name: string; label: string; secret: string }
  | { kind: 'invitation'; name: string; secret: string; expiresAt: string }
  | { kind: 'integrationKey'; label: string; secret: string };

export interface OrgAdminDeps {
  api: AdminApi;
  /** The admin using the page: they cannot disable or demote themself. */
  me: string;
  /** Puts text on the clipboard; false when the browser refused. */
  copy: (text: string) => Promise<boolean>;
  /** Something every device shows changed (a name, a role, who is enabled): sync soon, so the directory follows. */
  changed?: () => void;
}

/** A call that gave no answer, as the notice a person reads. */
export const failed = (result: CallFailure): Notice => {
  if (result.reason === 'server') return { tone: 'error', message: { key: 'org.failed', params: { message: result.message } } };
  if (result.reason === 'network') return { tone: 'error', message: { key: 'options.testNetwork' } };
  if (result.reason === 'insecure') return { tone: 'error', message: { key: 'options.insecureUrl' } };
  if (result.reason === 'signed_out') return { tone: 'error', message: { key: 'options.signedOut' } };
  return { tone: 'error', message: { key: 'options.testBadResponse', params: { status: result.status } } };
};

/** The admin part of the organisation page: staff, their tokens, invitations and the profile, from the server. */
export function createOrgAdminStore(deps: OrgAdminDeps) {
  const { api } = deps;
  /** null until loaded. */
  const advisors = signal<AdvisorView[] | null>(null);
  const tokens = signal<TokenView[]>([]);
  const invitations = signal<InvitationView[]>([]);
  const profile = signal<OrgProfile | null>(null);
  const loadError = signal<Notice | null>(null);
  const notice = signal<Notice | null>(null);
  const issued = signal<Issued | null>(null);
  const copied = signal<boolean | null>(null);
  /** Each advisor's tokens, newest first. */
  const tokensOf = computed(() => {
    const map = new Map<string, TokenView[]>();
    for (const tok of [...tokens.value].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1)))
      map.set(tok.advisorId, [...(map.get(tok.advisorId) ?? []), tok]);
    return map;
  });
  const nameOf = (id: string) => advisors.value?.find((a) => a.id === id)?.name ?? '';

  /** Runs one call; a failure becomes the notice. Returns the value, or null. */
  async function run<T>(call: Promise<ApiResult<T>>): Promise<T | null> {
    const result = await call;
    if (result.ok) return result.value;
    notice.value = failed(result);
    return null;
  }

  async function updateAdvisor(a: AdvisorView, change: AdvisorChange): Promise<boolean> {
    const updated = await run(api.updateAdvisor(a.id, change));
    if (!updated) return false;
    advisors.value = (advisors.value ?? []).map((x) => (x.id === updated.id ? updated : x));
    notice.value = {
      tone: 'success',
      message: {
        key: change.disabled === undefined ? 'org.advisorSaved' : change.disabled ? 'org.disabled' : 'org.enabled',
        params: { name: updated.name },
      },
    };
    deps.changed?.();
    return true;
  }

  return {
    advisors,
    tokens,
    invitations,
    profile,
    loadError,
    notice,
    issued,
    copied,
    tokensOf,
    me: deps.me,
    async load(): Promise<void> {
      const [a, t, i, p] = await Promise.all([api.advisors(), api.tokens(), api.invitations(), api.profile()]);
      const failure = [a, t, i, p].find((r) => !r.ok);
      if (failure && !failure.ok) {
        loadError.value = failed(failure);
        return;
      }
      loadError.value = null;
      if (a.ok) advisors.value = a.value;
      if (t.ok) tokens.value = t.value;
      if (i.ok) invitations.value = i.value;
      if (p.ok) profile.value = p.value;
    },
    async saveProfile(change: ProfileChange): Promise<boolean> {
      const saved = await run(api.updateProfile(change));
      if (!saved) return false;
      profile.value = saved;
      notice.value = { tone: 'success', message: { key: 'org.profileSaved' } };
      deps.changed?.();
      return true;
    },
    setRole: (a: AdvisorView, role: Role) => updateAdvisor(a, { role }),
    setJobTitle: (a: AdvisorView, jobTitle: JobTitle | null) => updateAdvisor(a, { jobTitle }),
    rename: (a: AdvisorView, name: string) => updateAdvisor(a, { name }),
    setDisabled: (a: AdvisorView, disabled: boolean) => updateAdvisor(a, { disabled }),
    async issueToken(a: AdvisorView, label: string): Promise<boolean> {
      const created = await run(api.issueToken(a.id, label));
      if (!created) return false;
      tokens.value = [...tokens.value, created.tokenInfo];
      copied.value = null;
      issued.value = { kind: 'token', name: a.name, label: created.tokenInfo.label, secret: created.token };
      notice.value = null;
      return true;
    },
    async revokeToken(tok: TokenView): Promise<void> {
      const revoked = await run(api.revokeToken(tok.id));
      if (!revoked) return;
      tokens.value = tokens.value.map((x) => (x.id === revoked.id ? revoked : x));
      notice.value = {
        tone: 'success',
        message: { key: 'org.tokenRevoked', params: { name: nameOf(revoked.advisorId), label: revoked.label } },
      };
    },
    async invite(input: InvitationInput): Promise<boolean> {
      const created = await run(api.invite(input));
      if (!created) return false;
      invitations.value = [...invitations.value, created.invitation];
      copied.value = null;
      issued.value = { kind: 'invitation', name: created.invitation.name, secret: created.code, expiresAt: created.invitation.expiresAt };
      notice.value = null;
      return true;
    },
    async revokeInvitation(inv: InvitationView): Promise<void> {
      const revoked = await run(api.revokeInvitation(inv.id));
      if (!revoked) return;
      invitations.value = invitations.value.filter((x) => x.id !== revoked.id);
      notice.value = { tone: 'success', message: { key: 'org.invitationRevoked', params: { name: revoked.name } } };
    },
    async copyIssued(): Promise<void> {
      if (issued.value) copied.value = await deps.copy(issued.value.secret);
    },
    /** The secret is gone from the page for good once the admin closes it. */
    closeIssued(): void {
      issued.value = null;
      copied.value = null;
    },
  };
}

export type OrgAdminStore = ReturnType<typeof createOrgAdminStore>;
