import { computed, signal } from '@preact/signals';
import type { CreateShareRequest, OrganisationCard, ReferralOutcome, ReferralView, ShareView } from '../../shared/wide-area';
import type { SharedKarteRow } from '../db/schema';
import type { WideAreaApi } from '../platform/wide-area-client';
import type { Notice } from './notice';
import { failed } from './org-admin-store';

export interface PartnersDeps {
  api: WideAreaApi;
  /** The shared kartes on this device (synced), now and on every change. */
  observeShared: (onChange: (rows: SharedKarteRow[]) => void) => () => void;
  /** Sync soon: a link or a withdrawal reaches this device's copies with the next sync. */
  changed?: () => void;
}

/**
 * 広域連携 beside a karte (`businessId`) or for the whole organisation (null, partners.html): this
 * business's referrals and shares from the API (online only), and the kartes other organisations
 * share, from the device (offline too).
 */
export function createPartnersStore(deps: PartnersDeps, businessId: string | null) {
  const shared = signal<SharedKarteRow[]>([]);
  const referrals = signal<{ sent: ReferralView[]; received: ReferralView[] } | null>(null);
  const shares = signal<{ outgoing: ShareView[]; incoming: ShareView[] } | null>(null);
  const found = signal<OrganisationCard[] | null>(null);
  const notice = signal<Notice | null>(null);
  let stop: (() => void) | null = null;

  async function run<T>(result: Promise<{ ok: true; value: T } | Parameters<typeof failed>[0]>): Promise<T | null> {
    const r = await result;
    if (r.ok) return r.value;
    notice.value = failed(r);
    return null;
  }
  async function load() {
    const [r, s] = await Promise.all([deps.api.referrals(businessId ?? undefined), deps.api.shares(businessId ?? undefined)]);
    if (r.ok) referrals.value = r.value;
    if (s.ok) shares.value = s.value;
    const failure = [r, s].find((x) => !x.ok);
    if (failure && !failure.ok) notice.value = failed(failure);
  }

  return {
    shared,
    referrals,
    shares,
    found,
    notice,
    businessId,
    /** Shared kartes linked to this business. */
    linked: computed(() => (businessId ? shared.value.filter((row) => row.linkedBusinessId === businessId) : shared.value)),
    /** Shared kartes not linked to any business yet (offered for linking). */
    unlinked: computed(() => shared.value.filter((row) => row.linkedBusinessId === '')),
    start() {
      stop ??= deps.observeShared((rows) => {
        shared.value = rows;
      });
      void load();
    },
    stop() {
      stop?.();
      stop = null;
    },
    async search(q: string) {
      const result = await run(deps.api.organisations(q));
      if (result) found.value = result.organisations;
    },
    async refer(input: { toOrgId: string; reason: string; referredOn: string }): Promise<boolean> {
      if (!businessId) return false;
      const made = await run(deps.api.refer({ ...input, businessId }));
      if (!made) return false;
      notice.value = { tone: 'success', message: { key: 'partners.referred', params: { org: made.to.name } } };
      await load();
      return true;
    },
    async setOutcome(r: ReferralView, outcome: ReferralOutcome, note: string): Promise<void> {
      if (await run(deps.api.setOutcome(r.id, outcome, note))) {
        notice.value = { tone: 'success', message: { key: 'partners.outcomeSaved' } };
        await load();
      }
    },
    async share(input: Omit<CreateShareRequest, 'businessId'>): Promise<boolean> {
      if (!businessId) return false;
      const made = await run(deps.api.share({ ...input, businessId }));
      if (!made) return false;
      notice.value = { tone: 'success', message: { key: 'partners.shared', params: { org: made.to.name } } };
      await load();
      return true;
    },
    async withdraw(s: ShareView): Promise<void> {
      if (await run(deps.api.withdraw(s.id))) {
        notice.value = { tone: 'success', message: { key: 'partners.withdrawn', params: { org: s.to.name } } };
        await load();
      }
    },
    /** Links a shared karte to this business (or unlinks it), then syncs so the device's copy follows. */
    async link(shareId: string, to: string | null): Promise<void> {
      if (await run(deps.api.link(shareId, to))) {
        notice.value = { tone: 'success', message: { key: to ? 'partners.linked' : 'partners.unlinked' } };
        deps.changed?.();
      }
    },
  };
}

export type PartnersStore = ReturnType<typeof createPartnersStore>;
