/**
 * What a push's rows cost SQLite itself, outside workerd and D1 (BENCHMARKS.md, "Push: where the
 * time goes"): 10,000 consultations inserted 100 per transaction into `records` as the real
 * migrations make it, beside the bare baseline's `rows` table, in Node's own SQLite (node:sqlite,
 * WAL, foreign keys on as in D1). Rows are shaped as the push stores them: data, per-field
 * versions and clients (in full, or as field-meta.ts stores one push's), the projected columns.
 *
 *   npx node bench/api/sqlite-insert.mjs
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { consultationFields } from './payload.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MIGRATIONS = join(ROOT, 'server/migrations');
const ORG = '01900000-0000-7000-8000-0000000000aa';
const CLIENT = '01900000-0000-7000-8000-000000000001';
const BATCHES = 100;
const BATCH = 100;
const file = join(tmpdir(), 'banso-sqlite-insert.db');

function open(schema) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;');
  schema(db);
  return db;
}

const realSchema = (dropped) => (db) => {
  for (const name of readdirSync(MIGRATIONS).sort()) db.exec(readFileSync(join(MIGRATIONS, name), 'utf8'));
  for (const index of dropped) db.exec(`DROP INDEX ${index}`);
  db.exec(`INSERT INTO orgs (id, name, version, created_at) VALUES ('${ORG}', 'bench', 0, 'now')`);
};
const bareSchema = (db) => db.exec(readFileSync(join(ROOT, 'bench/baseline-worker/migrations/0001_rows.sql'), 'utf8'));

let seq = 0;
const nextId = () => `01900000-0000-7000-8000-${String(++seq).padStart(12, '0')}`;

/** Milliseconds to insert BATCHES × BATCH rows, one transaction per batch; `row()` builds a row's values. */
function timed(db, sql, row) {
  const insert = db.prepare(sql);
  const start = performance.now();
  for (let b = 0; b < BATCHES; b++) {
    const rows = Array.from({ length: BATCH }, row);
    db.exec('BEGIN');
    for (const values of rows) insert.run(...values);
    db.exec('COMMIT');
  }
  const ms = performance.now() - start;
  db.close();
  return ms;
}

const COLUMNS =
  'org_id, id, kind, version, deleted, data, field_versions, field_clients, author_id, sensitive, business_id, sort_key, search_text, created_at, updated_at';
const REAL_SQL = `INSERT INTO records (${COLUMNS}) VALUES (${Array(15).fill('?').join(', ')})
  ON CONFLICT(org_id, id) DO UPDATE SET version = excluded.version, data = excluded.data`;

function real({ compact = false, dropped = [] } = {}) {
  return timed(open(realSchema(dropped)), REAL_SQL, () => {
    const fields = consultationFields(seq, '01900000-0000-7000-8000-0000000000bb');
    const data = { deleted: false, ...fields };
    const keys = Object.keys(data);
    const version = seq;
    const versions = compact ? { '*': version } : Object.fromEntries(keys.map((k) => [k, version]));
    const clients = compact ? { '*': CLIENT } : Object.fromEntries(keys.map((k) => [k, CLIENT]));
    const id = nextId();
    return [
      ORG,
      id,
      'consultation',
      version,
      0,
      JSON.stringify(data),
      JSON.stringify(versions),
      JSON.stringify(clients),
      'advisor',
      0,
      fields.businessId,
      fields.heldAt,
      null,
      'now',
      'now',
    ];
  });
}

const bare = () =>
  timed(open(bareSchema), 'INSERT INTO rows (id, data, created_at) VALUES (?, ?, ?)', () => [
    nextId(),
    JSON.stringify(consultationFields(seq, '01900000-0000-7000-8000-0000000000bb')),
    'now',
  ]);

const REPORT_INDEXES = ['records_consultation_facts', 'records_consultations_by_business'];
const variants = {
  bare: () => bare(),
  'records, per-field maps in full': () => real(),
  'records, per-field maps as one push wrote them (field-meta.ts)': () => real({ compact: true }),
  'the same without the report indexes': () => real({ compact: true, dropped: REPORT_INDEXES }),
  'the same without the four secondary indexes a consultation fills': () =>
    real({ compact: true, dropped: [...REPORT_INDEXES, 'records_kind_sort', 'records_business'] }),
};
console.log(`${BATCHES * BATCH} rows, ${BATCH} per transaction; ms per variant, three rounds alternating:`);
const results = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
for (let round = 0; round < 3; round++) for (const [name, run] of Object.entries(variants)) results[name].push(Math.round(run()));
for (const [name, ms] of Object.entries(results))
  console.log(`${String(ms.sort((a, b) => a - b)[1]).padStart(6)} ms (median; ${ms.join(', ')})  ${name}`);
for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
