import { computed, signal } from '@preact/signals';
import type { OrgProfile } from '../../shared/api';
import type { MessageKey } from '../locales/languages';
import type { ApiResult } from '../platform/api-client';
import type { DirectoryStore } from './directory-store';
import type { Notice } from './notice';
import { failed } from './org-admin-store';

export interface OrgSettingDeps<T> {
  /** The organisation as this device knows it (its settings arrive with the directory). */
  directory: DirectoryStore;
  /** The setting in an organisation profile (null: the organisation uses the standard one). */
  read: (organisation: OrgProfile) => T | null;
  standard: T;
  /** The API call that sets it (null: back to the standard one). */
  save: (value: T | null) => Promise<ApiResult<OrgProfile>>;
  /** What the page says once it is saved, or set back to the standard one. */
  messages: { saved: MessageKey; reset: MessageKey };
  /** Sync soon, so this device's directory (and every page that uses the setting) follows. */
  changed?: () => void;
}

/**
 * One setting a 管理職 makes for the whole organisation on the organisation page (the 伴走
 * suggestion rule, the 特定創業支援 areas): the one in force — the organisation's, or the
 * standard one — changed through the API, with what the server answered until the directory has
 * caught up.
 */
export function createOrgSettingStore<T>(deps: OrgSettingDeps<T>) {
  const saved = signal<OrgProfile | null>(null);
  const notice = signal<Notice | null>(null);
  const organisation = computed(() => saved.value ?? deps.directory.organisation.value);
  const stored = computed(() => (organisation.value ? deps.read(organisation.value) : null));
  return {
    notice,
    /** Known once the directory has arrived (after the first sync). */
    known: computed(() => organisation.value !== null),
    /** Whether the organisation set its own. */
    tuned: computed(() => stored.value !== null),
    value: computed<T>(() => stored.value ?? deps.standard),
    start: () => deps.directory.start(),
    async save(value: T | null): Promise<boolean> {
      const result = await deps.save(value);
      if (!result.ok) {
        notice.value = failed(result);
        return false;
      }
      saved.value = result.value;
      notice.value = { tone: 'success', message: { key: value === null ? deps.messages.reset : deps.messages.saved } };
      deps.changed?.();
      return true;
    },
  };
}

export type OrgSettingStore<T> = ReturnType<typeof createOrgSettingStore<T>>;
