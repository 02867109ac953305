import type { Table } from 'dexie';
import * as z from 'zod/mini';
// The modules themselves, not the barrel: this is the popup's write path, which must not carry every shared schema.
import { uuidv7 } from '../../shared/ids';
import { withAllFields } from '../../shared/record-defaults';
import { RECORD_DEFAULTS, recordSchema } from '../../shared/record-rules';
import { FIELDS_BY_KIND, type FieldsOf, type RecordKind } from '../../shared/records';
import { TABLE_OF, type KarteDb, type LocalMeta, type LocalRecord, type OutboxEntry } from './schema';
import { META_KEYS } from './meta-keys';
import { RecordValidationError } from './validation-error';

/** Built once per kind (not per write): a change names only some fields. */
const changeSchemas = new Map<RecordKind, z.ZodMiniType>();
function changeSchema(kind: RecordKind): z.ZodMiniType {
  let schema = changeSchemas.get(kind);
  if (!schema) {
    schema = z.partial(FIELDS_BY_KIND[kind] as z.ZodMiniObject);
    changeSchemas.set(kind, schema);
  }
  return schema;
}

export interface RepoDeps {
  now?: () => Date;
  newId?: () => string;
}

const LOCAL_META_FIELDS: ReadonlyArray<keyof LocalMeta> = ['id', 'version', 'authorId', 'createdAt', 'updatedAt', 'redacted'];

function fieldsOf<K extends RecordKind>(record: LocalRecord<K>): FieldsOf<K> {
  const fields: Record<string, unknown> = { ...record };
  for (const key of LOCAL_META_FIELDS) delete fields[key];
  return fields as FieldsOf<K>;
}

/** Field values are JSON (strings, numbers, arrays of ids…), so JSON text compares them. */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The only way the extension changes a record: in ONE Dexie transaction it writes the record
 * (fields + local meta, server version kept) and appends the protocol mutation to the outbox
 * (docs/sync.md, client rule 1). Invalid input throws RecordValidationError and writes nothing.
 */
export function createRecordsRepo(db: KarteDb, deps: RepoDeps = {}) {
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? (() => uuidv7());
  const tableOf = <K extends RecordKind>(kind: K) => db.table(TABLE_OF[kind]) as Table<LocalRecord<K>, string>;

  function parseChange<K extends RecordKind>(kind: K, change: Partial<FieldsOf<K>>): Partial<FieldsOf<K>> {
    const parsed = changeSchema(kind).safeParse(change);
    if (!parsed.success) throw new RecordValidationError(kind, parsed.error.issues);
    return parsed.data as Partial<FieldsOf<K>>;
  }

  function validateWhole<K extends RecordKind>(kind: K, fields: Partial<FieldsOf<K>>): FieldsOf<K> {
    const parsed = recordSchema(kind).safeParse(fields);
    if (!parsed.success) throw new RecordValidationError(kind, parsed.error.issues);
    return parsed.data;
  }

  async function appendOutbox(entry: Omit<OutboxEntry, 'id' | 'state' | 'error' | 'queuedAt'>, at: string): Promise<void> {
    const counter = await db.meta.get(META_KEYS.nextMutationId);
    const id = typeof counter?.value === 'number' ? counter.value : 1;
    await db.meta.put({ key: META_KEYS.nextMutationId, value: id + 1 });
    await db.outbox.add({ ...entry, id, state: 'pending', error: null, queuedAt: at } as OutboxEntry);
  }

  async function write<K extends RecordKind>(
    kind: K,
    id: string,
    change: Partial<FieldsOf<K>>,
    mode: 'create' | 'update',
  ): Promise<LocalRecord<K> | null> {
    const parsedChange = parseChange(kind, change);
    const table = tableOf(kind);
    return db.transaction('rw', [table, db.outbox, db.meta], async () => {
      const existing = (await table.get(id)) ?? null;
      if (mode === 'update' && !existing) return null;
      if (mode === 'create' && existing) throw new Error(`${kind} ${id} already exists`);
      // A record stored before a field existed takes its default (it validates as a whole), and the
      // default is no change: sent, it could overwrite what another device wrote to that field meanwhile.
      const before = existing ? withAllFields(kind, fieldsOf(existing)) : null;
      const merged = { ...(before ?? RECORD_DEFAULTS[kind]), ...parsedChange };
      // A redacted record holds emptied text it may not read (docs/api.md "Records"): only the change is
      // checked here (done, due date …); the server checks it whole, against the text it keeps.
      const fields = existing?.redacted ? (merged as FieldsOf<K>) : validateWhole(kind, merged);
      const changed: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(fields)) {
        if (!before || !sameValue(value, (before as Record<string, unknown>)[key])) changed[key] = value;
      }
      if (existing && Object.keys(changed).length === 0) return existing;
      const at = now().toISOString();
      const record = {
        ...fields,
        id,
        version: existing?.version ?? 0,
        authorId: existing?.authorId ?? null,
        createdAt: existing?.createdAt ?? at,
        updatedAt: at,
        redacted: existing?.redacted ?? false,
      } as LocalRecord<K>;
      await table.put(record);
      await appendOutbox(
        { kind, recordId: id, baseVersion: record.version, fields: changed } as Omit<OutboxEntry, 'id' | 'state' | 'error' | 'queuedAt'>,
        at,
      );
      return record;
    });
  }

  return {
    /** Creates a record from the given fields plus RECORD_DEFAULTS; the mutation carries every field. */
    async create<K extends RecordKind>(kind: K, fields: Partial<FieldsOf<K>>, id: string = newId()): Promise<LocalRecord<K>> {
      return (await write(kind, id, fields, 'create'))!;
    },
    /** Applies a change; the mutation carries only fields whose value differs. `null`: no such record. */
    update<K extends RecordKind>(kind: K, id: string, change: Partial<FieldsOf<K>>): Promise<LocalRecord<K> | null> {
      return write(kind, id, change, 'update');
    },
    /** A delete is a tombstone (`deleted: true`) so it syncs like any edit and can be undone. */
    remove<K extends RecordKind>(kind: K, id: string): Promise<LocalRecord<K> | null> {
      return write(kind, id, { deleted: true } as Partial<FieldsOf<K>>, 'update');
    },
    restore<K extends RecordKind>(kind: K, id: string): Promise<LocalRecord<K> | null> {
      return write(kind, id, { deleted: false } as Partial<FieldsOf<K>>, 'update');
    },
    async get<K extends RecordKind>(kind: K, id: string): Promise<LocalRecord<K> | null> {
      return (await tableOf(kind).get(id)) ?? null;
    },
    /** Runs several writes as one transaction: all of them are stored, or none. */
    transaction<T>(kinds: readonly RecordKind[], fn: () => Promise<T>): Promise<T> {
      return db.transaction('rw', [...kinds.map((k) => tableOf(k)), db.outbox, db.meta], fn);
    },
  };
}

export type RecordsRepo = ReturnType<typeof createRecordsRepo>;
