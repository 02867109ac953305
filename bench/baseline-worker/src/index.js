/**
 * Bare baseline for bench/api: inserts a batch of rows and reads them back in keyset
 * pages, nothing else. Plain JavaScript so the root tsconfig (Node types) need not know
 * Workers types; the bench script is its only client.
 */
const PAGE_MAX = 1000;

/** POST /push `{ rows: [{ id, data }] }` → `{ cursor, written }`: one D1 batch, one INSERT per row. */
async function push(request, db) {
  const { rows } = await request.json();
  const now = new Date().toISOString();
  const insert = db.prepare('INSERT INTO rows (id, data, created_at) VALUES (?, ?, ?)');
  const results = await db.batch(rows.map((row) => insert.bind(row.id, JSON.stringify(row.data), now)));
  return Response.json({ cursor: results.at(-1).meta.last_row_id, written: results.length });
}

/** GET /pull?cursor&limit → `{ changes, cursor, hasMore }`, the shape the real pull answers. */
async function pull(url, db) {
  const cursor = Number(url.searchParams.get('cursor') ?? 0);
  const limit = Math.min(Number(url.searchParams.get('limit') ?? 500), PAGE_MAX);
  const { results } = await db
    .prepare('SELECT seq, id, data, created_at FROM rows WHERE seq > ? ORDER BY seq LIMIT ?')
    .bind(cursor, limit + 1)
    .all();
  const page = results.slice(0, limit);
  // Parsed so the answer carries the record as JSON, as the real pull does.
  const changes = page.map((r) => ({ id: r.id, version: r.seq, createdAt: r.created_at, data: JSON.parse(r.data) }));
  return Response.json({ changes, cursor: page.at(-1)?.seq ?? cursor, hasMore: results.length > limit });
}

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname === '/health') return Response.json({ ok: true });
    if (url.pathname === '/push' && request.method === 'POST') return push(request, env.DB);
    if (url.pathname === '/pull' && request.method === 'GET') return pull(url, env.DB);
    return Response.json({ error: 'not found' }, { status: 404 });
  },
};
