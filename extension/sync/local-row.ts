/**
 * What the local copy knows about a record beyond its fields. `version` is the server
 * version the local copy is based on (0: never synced); it becomes a mutation's baseVersion.
 */
export interface LocalMeta {
  id: string;
  version: number;
  authorId: string | null;
  createdAt: string;
  updatedAt: string;
  /** A 機微 record whose text this advisor may not read (sent redacted by the server). */
  redacted: boolean;
}

/** A record table row: the record's fields with its local meta. */
export type LocalRow = Record<string, unknown> & LocalMeta;
