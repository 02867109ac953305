import { createBusinessWrites } from './business-writes';
import { saveConsultation, type ConsultationSave } from './consultation-writes';
import { createRecordsRepo, type RepoDeps } from './records-repo';
import type { KarteDb } from './schema';

/**
 * Everything that writes records (and so validates with the shared zod/mini schemas). Pages
 * import this module lazily, after first paint: with the record schemas it is ~13 KB gzip
 * the popup does not need before the advisor can type.
 */
export function createWrites(db: KarteDb, deps: RepoDeps = {}) {
  const repo = createRecordsRepo(db, deps);
  return {
    repo,
    saveConsultation: (plan: ConsultationSave) => saveConsultation(repo, plan),
    businesses: createBusinessWrites(db, repo),
  };
}

export type Writes = ReturnType<typeof createWrites>;
