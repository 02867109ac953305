import { signal } from '@preact/signals';
import type { IntegrationKeyView, IntegrationScope } from '../../shared/integration-keys';
import type { ApiResult } from '../platform/api-client';
import type { Notice } from './notice';
import { failed, type Issued } from './org-admin-store';

/** The integration-key endpoints (docs/api.md "Integration keys"). */
export interface IntegrationKeysApi {
  list(): Promise<ApiResult<{ keys: IntegrationKeyView[] }>>;
  issue(label: string, scope: IntegrationScope): Promise<ApiResult<{ key: string; integrationKey: IntegrationKeyView }>>;
  revoke(id: string): Promise<ApiResult<IntegrationKeyView>>;
}

/** The organisation page's 外部システム連携キー: listed, issued (the key shown once), revoked. */
export function createIntegrationKeysStore(deps: { api: IntegrationKeysApi; copy: (text: string) => Promise<boolean> }) {
  /** null until loaded. */
  const keys = signal<IntegrationKeyView[] | null>(null);
  const notice = signal<Notice | null>(null);
  const issued = signal<Extract<Issued, { kind: 'integrationKey' }> | null>(null);
  const copied = signal<boolean | null>(null);
  return {
    keys,
    notice,
    issued,
    copied,
    async load(): Promise<void> {
      const result = await deps.api.list();
      if (result.ok) keys.value = result.value.keys;
      else notice.value = failed(result);
    },
    async issue(label: string, scope: IntegrationScope): Promise<boolean> {
      const result = await deps.api.issue(label, scope);
      if (!result.ok) {
        notice.value = failed(result);
        return false;
      }
      keys.value = [result.value.integrationKey, ...(keys.value ?? [])];
      copied.value = null;
      issued.value = { kind: 'integrationKey', label: result.value.integrationKey.label, secret: result.value.key };
      notice.value = null;
      return true;
    },
    async revoke(key: IntegrationKeyView): Promise<void> {
      const result = await deps.api.revoke(key.id);
      if (!result.ok) {
        notice.value = failed(result);
        return;
      }
      keys.value = (keys.value ?? []).map((k) => (k.id === result.value.id ? result.value : k));
      notice.value = { tone: 'success', message: { key: 'integrationKeys.revoked', params: { label: result.value.label } } };
    },
    async copyIssued(): Promise<void> {
      if (issued.value) copied.value = await deps.copy(issued.value.secret);
    },
    closeIssued(): void {
      issued.value = null;
      copied.value = null;
    },
  };
}

export type IntegrationKeysStore = ReturnType<typeof createIntegrationKeysStore>;
