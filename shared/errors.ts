import * as z from 'zod/mini';

/** Machine codes of every error the API answers; the message is for a person. */
export const ERROR_CODES = [
  'validation_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  'payload_too_large',
  'rate_limited',
  'client_too_old',
  'protocol_unsupported',
  'mutation_gap',
  'conflict',
  'unknown_tag',
  'kind_mismatch',
  'internal',
  'unsupported_media_type',
  /** An invitation code that was used, has expired or was revoked. */
  'invitation_unusable',
  /** A record that may exist once exists already (the yearly figures of a business for one 決算期). */
  'already_exists',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorBody = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
    /** How many problems there were in all, when `details` lists only the first MAX_DETAILS. */
    detailCount: z.optional(z.int()),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;

/** An error answer lists at most this many problems (and says how many there were). */
export const MAX_DETAILS = 20;
const MAX_DETAIL_TEXT = 300;

const cut = (s: string) => (s.length > MAX_DETAIL_TEXT ? `${s.slice(0, MAX_DETAIL_TEXT)}…` : s);

/** Flattens the first MAX_DETAILS zod issues into the `details` of the error shape, each text cut to a readable length. */
export function issuesToDetails(issues: readonly z.core.$ZodIssue[]): { path: string; message: string }[] {
  return issues.slice(0, MAX_DETAILS).map((i) => ({ path: cut(i.path.map(String).join('.')), message: cut(i.message) }));
}
