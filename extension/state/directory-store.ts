import { computed, signal } from '@preact/signals';
import type { DirectoryEntry, OrgProfile } from '../../shared/api';
import type { Directory } from '../db/directory-repo';

const byName = (a: DirectoryEntry, b: DirectoryEntry) => a.name.localeCompare(b.name, 'ja');

export interface DirectoryDeps {
  /** Calls back with the stored directory now and on every change; returns the stop function. */
  observe: (onChange: (directory: Directory) => void) => () => void;
  /** The signed-in advisor (null: local-only or not signed in): never offered as their own 同席. */
  me: () => Promise<string | null>;
}

/** The organisation's advisors as this device knows them, kept live: names for ids, colleagues for 同席. */
export function createDirectoryStore(deps: DirectoryDeps) {
  const advisors = signal<readonly DirectoryEntry[]>([]);
  const organisation = signal<OrgProfile | null>(null);
  const me = signal<string | null>(null);
  const byId = computed<ReadonlyMap<string, DirectoryEntry>>(() => new Map(advisors.value.map((a) => [a.id, a])));
  /** Enabled colleagues other than the signed-in advisor, by name: who can be chosen as 同席. */
  const colleagues = computed(() => advisors.value.filter((a) => a.active && a.id !== me.value).sort(byName));
  let stop: (() => void) | null = null;
  return {
    advisors,
    organisation,
    me,
    byId,
    colleagues,
    /** Starts watching (once; later calls do nothing), so a view that needs names can ask for them when it shows. */
    start(): void {
      if (stop) return;
      stop = deps.observe((d) => {
        advisors.value = d.advisors;
        organisation.value = d.organisation;
      });
      void deps.me().then((id) => (me.value = id));
    },
    dispose(): void {
      stop?.();
      stop = null;
    },
  };
}

export type DirectoryStore = ReturnType<typeof createDirectoryStore>;
