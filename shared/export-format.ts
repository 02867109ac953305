import * as z from 'zod/mini';
import { directoryEntry } from './api';
import { ROLES } from './enums';
import { isoDateTime } from './fields';
import { FIELDS_BY_KIND, RECORD_KINDS, type RecordKind } from './records';

/**
 * The JSON export (GET /v1/export, docs/api.md "Export"): the one format the export writes and
 * the import/restore reads. Records are carried exactly as the sync protocol carries them (kind,
 * id, version, author, timestamps, the 機微 `redacted` mark and every field, `deleted` included),
 * so a restore can write them back unchanged. Bump EXPORT_FORMAT_VERSION on any incompatible change.
 */
export const EXPORT_FORMAT = 'banso-karte-export';
export const EXPORT_FORMAT_VERSION = 1;

/** `organisation`: every record of the organisation (admins); `own`: the exporter's own work (anyone). */
export const EXPORT_SCOPES = ['organisation', 'own'] as const;
export type ExportScope = (typeof EXPORT_SCOPES)[number];

/** GET /v1/export. `sensitive=1` asks for 機微 text; it is included only where the exporter may read it. */
export const exportQuery = z.strictObject({
  scope: z.enum(EXPORT_SCOPES, `書き出す範囲（scope）は ${EXPORT_SCOPES.join(' / ')} のいずれかで指定してください`),
  sensitive: z._default(z.enum(['0', '1'], '機微情報を含めるか（sensitive）は 0 か 1 で指定してください'), '0'),
});
export type ExportQuery = z.infer<typeof exportQuery>;

/**
 * One record. `data` holds every field of its kind (shared/records.ts) and validates with that
 * kind's schema — except a `redacted` record, whose 機微 text was emptied (docs/api.md "Records")
 * and may then leave a required text empty.
 */
export const exportRecord = z
  .strictObject({
    kind: z.enum(RECORD_KINDS),
    id: z.string().check(z.minLength(1)),
    version: z.int().check(z.gte(1)),
    authorId: z.nullable(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
    redacted: z.boolean(),
    data: z.record(z.string(), z.unknown()),
  })
  .check(
    z.superRefine((r, ctx) => {
      if (r.redacted) return;
      const parsed = FIELDS_BY_KIND[r.kind as RecordKind].safeParse(r.data);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          ctx.addIssue({ code: 'custom', path: ['data', ...issue.path.map(String)], message: `${r.kind} ${r.id}: ${issue.message}` });
        }
      }
    }),
  );
export type ExportRecord = z.infer<typeof exportRecord>;

/** The whole file. Metadata first: the server streams `records` last, in version order. */
export const exportDocument = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  /** The sync protocol (PROTOCOL_VERSION) whose record shapes `records` are in. */
  protocol: z.int(),
  organisation: z.strictObject({ id: z.string(), name: z.string() }),
  exportedAt: isoDateTime('書き出し日時'),
  exportedBy: z.strictObject({ id: z.string(), name: z.string(), role: z.enum(ROLES) }),
  scope: z.enum(EXPORT_SCOPES),
  /** Whether 機微 text was asked for and so included where the exporter may read it; false: every 機微 text is emptied. */
  sensitive: z.boolean(),
  /** Everyone of the organisation (as GET /v1/directory lists them), so names can stand for the ids in the records. */
  advisors: z.array(directoryEntry),
  /** Each record once, in version order, as it was when read. */
  records: z.array(exportRecord),
});
export type ExportDocument = z.infer<typeof exportDocument>;
export type ExportMeta = Omit<ExportDocument, 'records'>;
