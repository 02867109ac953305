import { readFileSync } from 'node:fs';
import path from 'node:path';
import type * as Search from '../../extension/search/index.ts';
import type { Business, Consultation, Tag } from '../../shared/records.ts';
import type { RecordEnvelope } from '../../shared/sync.ts';

import { DATA_DIR, ensureBenchData } from '../gen/data-dir.ts';

ensureBenchData();
export { DATA_DIR };

export function readRecords(name: string): RecordEnvelope[] {
  return readFileSync(path.join(DATA_DIR, `${name}.jsonl`), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as RecordEnvelope);
}

/** The generated records (bench/gen) as search documents, tag names resolved as the db module would. */
export function searchDocs(search: typeof Search) {
  const taxonomy = readRecords('tags');
  const tagName = new Map(taxonomy.map((t) => [t.id, String(t.data.name)]));
  const consultations = readRecords('consultations');
  const docs = [
    ...taxonomy
      .filter((t) => t.kind === 'tag')
      .map((t) => search.tagSearchDoc({ id: t.id, ...(t.data as Tag) }, tagName.get(String(t.data.groupId)) ?? '')),
    ...readRecords('businesses').map((b) => search.businessSearchDoc({ id: b.id, ...(b.data as Business) })),
    ...consultations.map((c) => {
      const data = c.data as Consultation;
      return search.consultationSearchDoc(
        { id: c.id, authorId: c.authorId, ...data },
        data.tagIds.map((t) => tagName.get(t) ?? ''),
      );
    }),
  ].filter((d) => d !== null);
  const meta = JSON.parse(readFileSync(path.join(DATA_DIR, 'meta.json'), 'utf8')) as { karteBusinessId: string };
  return { docs, consultations, meta };
}
