import { saveConsultation, type ConsultationSave } from './consultation-writes';
import { createRecordsRepo, type RepoDeps } from './records-repo';
import type { KarteDb } from './schema';

/**
 * Everything that writes records (and so validates with the shared zod schemas). Pages
 * import this module lazily, after first paint: zod is ~20 KB gzip the popup does not need
 * before the advisor can type.
 */
export function createWrites(db: KarteDb, deps: RepoDeps = {}) {
  const repo = createRecordsRepo(db, deps);
  return {
    repo,
    saveConsultation: (plan: ConsultationSave) => saveConsultation(repo, plan),
  };
}

export type Writes = ReturnType<typeof createWrites>;
