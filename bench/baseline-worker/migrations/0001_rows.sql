-- One table: a client id (unique, as any store of client-generated records needs) and the
-- record's JSON, numbered by an auto-incrementing sequence that pull pages by.
CREATE TABLE rows (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  data TEXT NOT NULL,
  created_at TEXT NOT NULL
);
