import type { ImportProblem, ImportRowFields } from '../../../shared';

/** A line of the file whose fields passed the business schema. */
export interface ImportLine {
  line: number;
  /** The business's id in this karte, when the file gives it (its own export). */
  recordId?: string;
  fields: ImportRowFields;
}

/** A live business of the organisation as matching sees it. */
export interface KnownBusiness {
  id: string;
  name: string;
  version: number;
  data: Record<string, unknown>;
}

/** What the organisation already holds that a line can match: 法人番号 and 外部ID (system + value). */
export interface ImportIndex {
  businesses: ReadonlyMap<string, KnownBusiness>;
  /** Ids the file gives that some record of the organisation already has (a business matched by id is in `businesses`). */
  takenIds: ReadonlySet<string>;
  byCorporateNumber: ReadonlyMap<string, readonly string[]>;
  byExternalId: ReadonlyMap<string, readonly string[]>;
}

/** One business to write: a new one (`baseVersion` 0) or the fields of a known one that change. */
export interface PlannedWrite {
  line: number;
  recordId: string | null;
  baseVersion: number;
  fields: Record<string, unknown>;
}

export interface ImportPlan {
  problems: ImportProblem[];
  writes: PlannedWrite[];
  created: number;
  updated: number;
  unchanged: number;
}

export const externalKey = (system: string, value: string) => `${system}\u0000${value}`;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

type ExternalId = { system: string; value: string };

/** The known ids first, then the file's new ones: a re-import never drops an id another system gave. */
function unionIds(known: unknown, given: readonly ExternalId[]): ExternalId[] {
  const out = Array.isArray(known) ? [...(known as ExternalId[])] : [];
  const seen = new Set(out.map((e) => externalKey(e.system, e.value)));
  for (const e of given) if (!seen.has(externalKey(e.system, e.value))) out.push(e);
  return out;
}

/**
 * Which business each line is, and what to write (pure: the caller reads the organisation and
 * writes). A line matches by its id in this karte (its own export), its 法人番号 or any of its 外部ID; matching one business updates it
 * with the fields that differ (外部ID are added to the known ones), matching none adds a business
 * (it needs a 事業者名). A line that matches two businesses, two lines for one business or one key,
 * and a new business without a name are problems: nothing is written while there is any.
 */
export function planImport(lines: readonly ImportLine[], index: ImportIndex): ImportPlan {
  const problems: ImportProblem[] = [];
  const writes: PlannedWrite[] = [];
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  const keyLines = new Map<string, number>();
  const businessLines = new Map<string, number>();
  const nameOf = (id: string) => `「${index.businesses.get(id)?.name ?? ''}」`;

  for (const line_ of lines) {
    const { line, fields } = line_;
    const keys: { key: string; field: string; label: string; ids: readonly string[] }[] = [];
    if (fields.corporateNumber) {
      keys.push({
        key: `cn\u0000${fields.corporateNumber}`,
        field: 'corporateNumber',
        label: `法人番号 ${fields.corporateNumber}`,
        ids: index.byCorporateNumber.get(fields.corporateNumber) ?? [],
      });
    }
    for (const e of fields.externalIds ?? []) {
      keys.push({
        key: `ext\u0000${externalKey(e.system, e.value)}`,
        field: 'externalIds',
        label: `${e.system} のID ${e.value}`,
        ids: index.byExternalId.get(externalKey(e.system, e.value)) ?? [],
      });
    }
    if (line_.recordId) {
      const known = index.businesses.has(line_.recordId) ? [line_.recordId] : [];
      keys.unshift({ key: `id\u0000${line_.recordId}`, field: 'id', label: `ID ${line_.recordId}`, ids: known });
    }
    let lineOk = true;
    for (const k of keys) {
      const earlier = keyLines.get(k.key);
      if (earlier !== undefined) {
        problems.push({ line, field: k.field, message: `${k.label} は ${earlier} 行目と同じです。同じ事業者の行は1行にまとめてください` });
        lineOk = false;
      } else keyLines.set(k.key, line);
      if (k.ids.length > 1) {
        problems.push({
          line,
          field: k.field,
          message: `${k.label} の事業者が${k.ids.length}件あります（${k.ids.map(nameOf).join('、')}）。カルテで統合してから取り込んでください`,
        });
        lineOk = false;
      }
    }
    const matched = [...new Set(keys.flatMap((k) => k.ids))];
    if (lineOk && matched.length > 1) {
      problems.push({
        line,
        field: null,
        message: `法人番号と外部IDが別々の事業者（${matched.map(nameOf).join('、')}）に当たります。どちらの事業者の行か確かめてください`,
      });
      lineOk = false;
    }
    if (!lineOk) continue;

    const id = matched[0];
    if (id === undefined) {
      if (!fields.name) {
        problems.push({ line, field: 'name', message: '事業者名がありません。新しい事業者として登録するには事業者名が必要です' });
        continue;
      }
      // A new business keeps the id its file gives, unless some record here already has it.
      const keep = line_.recordId && !index.takenIds.has(line_.recordId) ? line_.recordId : null;
      writes.push({ line, recordId: keep, baseVersion: 0, fields: { ...fields } });
      created += 1;
      continue;
    }
    const earlier = businessLines.get(id);
    if (earlier !== undefined) {
      problems.push({ line, field: null, message: `${earlier} 行目と同じ事業者${nameOf(id)}の行です。1行にまとめてください` });
      continue;
    }
    businessLines.set(id, line);
    const known = index.businesses.get(id)!;
    const wanted: Record<string, unknown> = { ...fields };
    if (fields.externalIds) wanted.externalIds = unionIds(known.data.externalIds, fields.externalIds);
    const changed = Object.fromEntries(Object.entries(wanted).filter(([f, v]) => !same(v, known.data[f])));
    if (Object.keys(changed).length === 0) {
      unchanged += 1;
      continue;
    }
    writes.push({ line, recordId: id, baseVersion: known.version, fields: changed });
    updated += 1;
  }
  return { problems, writes, created, updated, unchanged };
}
