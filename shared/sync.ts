import * as z from 'zod/mini';
import { LIMITS } from './limits';
import { FIELDS_BY_KIND, RECORD_KINDS, type RecordKind } from './records';
import { boundedArray, queryInt, tagId, uuid } from './fields';
import { downgradeValues, kindKnownTo } from './protocol-compat';

/** The sync protocol of docs/sync.md. Bump PROTOCOL_VERSION on any incompatible change. */
export const PROTOCOL_VERSION = 4;
/** The oldest client protocol the server still accepts. */
export const MIN_PROTOCOL_VERSION = 1;

/**
 * Fields added after protocol 1, with the protocol that added them. A client of an older
 * protocol never receives them (its strict schemas would refuse the record it holds); it
 * never sends them either, and the server keeps their values when it writes other fields.
 */
export const FIELDS_SINCE: { readonly [K in RecordKind]?: Readonly<Record<string, number>> } = {
  // Protocol 2: merged businesses. Protocol 3 (issue 12): the business profile, 担当, and the corrected 事業区分.
  business: {
    mergedInto: 2,
    assignedAdvisorId: 3,
    assignments: 3,
    industryMiddle: 3,
    disasterName: 3,
    disasterDamage: 3,
    disasterCertificate: 3,
    disasterCertificateDate: 3,
    disasterRecovery: 3,
    disasterRecoveryNote: 3,
    successor: 3,
    successionTiming: 3,
    successionReferral: 3,
    successionReferredOn: 3,
  },
  consultation: { expertPaidBy: 3, expertName: 3, participants: 4 },
};

/** A record's data as a client of `protocol` knows it: fields added since left out, changed codes in its own (shared/protocol-compat.ts). */
export function dataForProtocol(kind: RecordKind, data: Record<string, unknown>, protocol: number): Record<string, unknown> {
  if (protocol >= PROTOCOL_VERSION) return data;
  const out = downgradeValues(kind, data, protocol);
  const since = FIELDS_SINCE[kind];
  if (!since) return out;
  const stripped = out === data ? { ...data } : out;
  for (const [field, version] of Object.entries(since)) if (version > protocol) delete stripped[field];
  return stripped;
}

/** In a push body: a JSON number (not `true`, `"1"` or `[1]`). */
export const protocolField = z
  .number('プロトコル版数（protocol）は数値で指定してください')
  .check(z.int('プロトコル版数は整数で指定してください'), z.gte(1, 'プロトコル版数は1以上です'));

const nonEmpty = (f: object) => Object.keys(f).length > 0;
const NO_FIELDS = '変更する項目（fields）がありません';

const mutationBase = {
  /** Per-client sequence number: 1, 2, 3, … with no gaps. */
  id: z.number('変更番号（id）は整数で指定してください').check(z.int('変更番号は整数で指定してください'), z.gte(1, '変更番号は1以上です')),
  /** The record version the client last saw from the server (0 for a new record). */
  baseVersion: z.number('基準版数（baseVersion）は整数で指定してください').check(z.int(), z.gte(0)),
};

const recordUuid = uuid('記録ID');

/** One per-field change of one record. Deleting is `fields: { deleted: true }`. */
export const mutation = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      ...mutationBase,
      kind: z.literal('business'),
      recordId: recordUuid,
      fields: z.partial(FIELDS_BY_KIND.business).check(z.refine(nonEmpty, NO_FIELDS)),
    }),
    z.strictObject({
      ...mutationBase,
      kind: z.literal('consultation'),
      recordId: recordUuid,
      fields: z.partial(FIELDS_BY_KIND.consultation).check(z.refine(nonEmpty, NO_FIELDS)),
    }),
    z.strictObject({
      ...mutationBase,
      kind: z.literal('action'),
      recordId: recordUuid,
      fields: z.partial(FIELDS_BY_KIND.action).check(z.refine(nonEmpty, NO_FIELDS)),
    }),
    z.strictObject({
      ...mutationBase,
      kind: z.literal('tagGroup'),
      recordId: tagId,
      fields: z.partial(FIELDS_BY_KIND.tagGroup).check(z.refine(nonEmpty, NO_FIELDS)),
    }),
    z.strictObject({
      ...mutationBase,
      kind: z.literal('tag'),
      recordId: tagId,
      fields: z.partial(FIELDS_BY_KIND.tag).check(z.refine(nonEmpty, NO_FIELDS)),
    }),
    z.strictObject({
      ...mutationBase,
      kind: z.literal('conflict'),
      recordId: recordUuid,
      fields: z.partial(FIELDS_BY_KIND.conflict).check(z.refine(nonEmpty, NO_FIELDS)),
    }),
    z.strictObject({
      ...mutationBase,
      kind: z.literal('siteRule'),
      recordId: recordUuid,
      fields: z.partial(FIELDS_BY_KIND.siteRule).check(z.refine(nonEmpty, NO_FIELDS)),
    }),
    z.strictObject({
      ...mutationBase,
      kind: z.literal('application'),
      recordId: recordUuid,
      fields: z.partial(FIELDS_BY_KIND.application).check(z.refine(nonEmpty, NO_FIELDS)),
    }),
    z.strictObject({
      ...mutationBase,
      kind: z.literal('expertDispatch'),
      recordId: recordUuid,
      fields: z.partial(FIELDS_BY_KIND.expertDispatch).check(z.refine(nonEmpty, NO_FIELDS)),
    }),
    z.strictObject({
      ...mutationBase,
      kind: z.literal('yearlyFigures'),
      recordId: recordUuid,
      fields: z.partial(FIELDS_BY_KIND.yearlyFigures).check(z.refine(nonEmpty, NO_FIELDS)),
    }),
    z.strictObject({
      ...mutationBase,
      kind: z.literal('demandEvent'),
      recordId: recordUuid,
      fields: z.partial(FIELDS_BY_KIND.demandEvent).check(z.refine(nonEmpty, NO_FIELDS)),
    }),
    z.strictObject({
      ...mutationBase,
      kind: z.literal('founder'),
      recordId: recordUuid,
      fields: z.partial(FIELDS_BY_KIND.founder).check(z.refine(nonEmpty, NO_FIELDS)),
    }),
  ],
  { error: `kind は ${RECORD_KINDS.join(' / ')} のいずれかで指定してください` },
);
export type Mutation = z.infer<typeof mutation>;

export const pushRequest = z
  .strictObject({
    protocol: protocolField,
    clientId: uuid('クライアントID'),
    mutations: boundedArray(mutation, LIMITS.mutationsPerPush, {
      type: '変更（mutations）は配列で指定してください',
      max: `一度に送れる変更は${LIMITS.mutationsPerPush}件までです`,
    }).check(
      z.minLength(1, '送信する変更がありません'),
      z.refine((ms) => ms.every((m, i) => i === 0 || m.id === ms[i - 1]!.id + 1), '変更番号は連番で、昇順に並べてください'),
    ),
  })
  .check(
    z.superRefine((req, ctx) => {
      // A kind added after the client's protocol: no such client makes one, so the request is malformed.
      req.mutations.forEach((m, i) => {
        if (!kindKnownTo(m.kind, req.protocol)) {
          ctx.addIssue({
            code: 'custom',
            path: ['mutations', i, 'kind'],
            message: `記録の種類「${m.kind}」はプロトコル ${req.protocol} にはありません。拡張機能を更新してください`,
          });
        }
      });
    }),
  );
export type PushRequest = z.infer<typeof pushRequest>;

export const MUTATION_STATUSES = ['applied', 'duplicate', 'rejected'] as const;
export const mutationResult = z.object({
  id: z.int(),
  status: z.enum(MUTATION_STATUSES),
  code: z.optional(z.string()),
  message: z.optional(z.string()),
  /** Ids of conflict copies this mutation produced, if any. */
  conflictIds: z.optional(z.array(z.string())),
});
export type MutationResult = z.infer<typeof mutationResult>;

export const pushResponse = z.object({
  protocol: z.int(),
  lastMutationId: z.int(),
  cursor: z.int(),
  results: z.array(mutationResult),
});
export type PushResponse = z.infer<typeof pushResponse>;

export const pullQuery = z.strictObject({
  protocol: queryInt('プロトコル版数（protocol）', 1, 1_000_000),
  clientId: uuid('クライアントID'),
  cursor: z._default(queryInt('カーソル（cursor）', 0, Number.MAX_SAFE_INTEGER), 0),
  limit: z._default(queryInt('件数（limit）', 1, LIMITS.pullPageMax), LIMITS.pullPageDefault),
});
export type PullQuery = z.infer<typeof pullQuery>;

/** One record as the server holds it. `redacted` marks a 機微 record the caller may not read. */
export const recordEnvelope = z.object({
  kind: z.enum(RECORD_KINDS),
  id: z.string(),
  version: z.int(),
  authorId: z.nullable(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  redacted: z.boolean(),
  data: z.record(z.string(), z.unknown()),
});
export type RecordEnvelope = z.infer<typeof recordEnvelope>;

export const pullResponse = z.object({
  protocol: z.int(),
  changes: z.array(recordEnvelope),
  cursor: z.int(),
  hasMore: z.boolean(),
  lastMutationId: z.int(),
});
export type PullResponse = z.infer<typeof pullResponse>;
