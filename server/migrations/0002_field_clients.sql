-- Per field, the sync client that last wrote it. A client's own earlier write is never
-- "concurrent" with its next edit of the same field, even before it has pulled that write
-- back (docs/sync.md push step 5), so it must not produce a conflict copy of itself.
ALTER TABLE records ADD COLUMN field_clients TEXT NOT NULL DEFAULT '{}';
