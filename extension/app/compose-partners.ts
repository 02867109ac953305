import { observeSharedKartes } from '../db/shared-kartes-repo';
import { settings } from '../platform/settings';
import { requestSync } from '../platform/sync-kick';
import { createWideAreaClient } from '../platform/wide-area-client';
import { createPartnersStore } from '../state/partners-store';
import type { Services } from './compose';

/** 広域連携 for one business's karte, or for partners.html (null): the API as the saved server and token reach it, shared kartes from the device. */
export function createPartners(s: Services, businessId: string | null) {
  const api = createWideAreaClient({ serverUrl: () => settings.serverUrl.getValue(), apiToken: () => settings.apiToken.getValue() });
  return createPartnersStore(
    { api, observeShared: (onChange) => observeSharedKartes(s.db, onChange), changed: () => requestSync('now') },
    businessId,
  );
}
