import * as z from 'zod/mini';
import { isoDate, queryInt, uuid } from './fields';

/**
 * The audit log as admins read it (GET /v1/admin/audit, docs/api.md "Audit log"). The actions
 * are the server's (server/src/db/audit.ts); here they are grouped into the kinds the audit page
 * filters by, by prefix so that actions added later (the import side's) fall into their group.
 */
export const AUDIT_GROUP_NAMES = ['export', 'import', 'sensitive', 'sharing', 'admin', 'report'] as const;
export type AuditGroup = (typeof AUDIT_GROUP_NAMES)[number];

export const AUDIT_GROUPS: { readonly [G in AuditGroup]: readonly string[] } = {
  /** Exports of records (target: `{"scope","sensitive"}`, exportAuditTarget). */
  export: ['export.'],
  /** Imports and restores (the import side names its actions `import.*`). */
  import: ['import.'],
  /** 機微 text handed over readable. */
  sensitive: ['record.read_sensitive', 'sync.read_sensitive'],
  /** 広域連携: referrals, shares made, withdrawn and linked, and shared kartes read (by us, or by the partner). */
  sharing: ['referral.', 'share.'],
  /** Administration: the organisation's settings, advisors, invitations, tokens, integration keys. */
  admin: ['org.', 'advisor.', 'invitation.', 'token.', 'integration_key.'],
  /** Reports made (they read the organisation's records). */
  report: ['report.'],
};

/** Whether `action` is of the group: a pattern ending in 「.」 is a prefix, any other the action itself. */
export const inAuditGroup = (action: string, group: AuditGroup): boolean =>
  AUDIT_GROUPS[group].some((p) => (p.endsWith('.') ? action.startsWith(p) : action === p));

/** The group an action belongs to, or null for one no group lists. */
export const auditGroupOf = (action: string): AuditGroup | null => AUDIT_GROUP_NAMES.find((g) => inAuditGroup(action, g)) ?? null;

/** The export's audit target. */
export const exportAuditTarget = z.strictObject({ scope: z.enum(['organisation', 'own']), sensitive: z.boolean() });

/** What the audit page reads of an import's target (server/src/import/businesses.ts writes more: the counts). */
export const importAuditTarget = z.object({ fileName: z.string(), lines: z.number(), integrationKey: z.optional(z.string()) });

/** What the audit page reads of a restore part's target (server/src/import/restore.ts). */
export const restoreAuditTarget = z.object({ records: z.number() });

/** What the audit page reads of an integration key's target (the key itself is never logged). */
export const integrationKeyAuditTarget = z.object({ label: z.string() });

/** GET /v1/admin/audit: newest first, filtered by kind, person and JST dates (both ends included). */
export const auditQuery = z
  .strictObject({
    group: z.optional(z.enum(AUDIT_GROUP_NAMES, `種類（group）は ${AUDIT_GROUP_NAMES.join(' / ')} のいずれかで指定してください`)),
    advisorId: z.optional(uuid('支援者ID')),
    from: z.optional(isoDate('開始日（from）')),
    to: z.optional(isoDate('終了日（to）')),
    cursor: z.optional(z.string().check(z.maxLength(500, 'カーソル（cursor）が長すぎます'))),
    limit: z._default(queryInt('件数（limit）', 1, 200), 50),
  })
  .check(z.refine((q) => !q.from || !q.to || q.from <= q.to, { message: '開始日は終了日以前で指定してください', path: ['from'] }));
export type AuditQuery = z.infer<typeof auditQuery>;

/** One entry; `advisorName` is null for what nobody did (the organisation's creation) or someone no longer listed. */
export const auditEntryView = z.object({
  id: z.string(),
  at: z.string(),
  action: z.string(),
  advisorId: z.nullable(z.string()),
  advisorName: z.nullable(z.string()),
  target: z.nullable(z.string()),
});
export type AuditEntryView = z.infer<typeof auditEntryView>;

export const auditPage = z.object({ items: z.array(auditEntryView), nextCursor: z.nullable(z.string()) });
export type AuditPage = z.infer<typeof auditPage>;
