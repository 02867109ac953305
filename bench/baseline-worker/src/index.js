/**
 * Bare baseline for bench/api and bench/reports: inserts a batch of rows, reads them back in
 * keyset pages, and counts them by month with one GROUP BY; nothing else. Plain JavaScript so
 * the root tsconfig (Node types) need not know
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

/**
 * GET /report?from=YYYY-MM&to=YYYY-MM → `{ rows: [{ month, consultations, businesses }] }`: the
 * bare GROUP BY the reports benchmark compares with (延べ and 実数 by month of the JSON rows).
 */
async function report(url, db) {
  const { results } = await db
    .prepare(
      `SELECT substr(json_extract(data, '$.heldAt'), 1, 7) AS month, count(*) AS consultations,
              count(DISTINCT json_extract(data, '$.businessId')) AS businesses
         FROM rows WHERE substr(json_extract(data, '$.heldAt'), 1, 7) BETWEEN ? AND ? GROUP BY month ORDER BY month`,
    )
    .bind(url.searchParams.get('from') ?? '0000-00', url.searchParams.get('to') ?? '9999-99')
    .all();
  return Response.json({ rows: results });
}

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname === '/health') return Response.json({ ok: true });
    if (url.pathname === '/push' && request.method === 'POST') return push(request, env.DB);
    if (url.pathname === '/pull' && request.method === 'GET') return pull(url, env.DB);
    if (url.pathname === '/report' && request.method === 'GET') return report(url, env.DB);
    return Response.json({ error: 'not found' }, { status: 404 });
  },
};
