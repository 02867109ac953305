import * as z from 'zod/mini';

/** Machine codes of every error the API answers; the message is for a person. */
export const ERROR_CODES = [
  'validation_failed', 'unauthorized', 'forbidden', 'not_found', 'payload_too_large',
  'rate_limited', 'client_too_old', 'protocol_unsupported', 'mutation_gap', 'conflict',
  'unknown_tag', 'kind_mismatch', 'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorBody = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;

/** Flattens zod issues into the `details` of the error shape. */
export function issuesToDetails(issues: readonly z.core.$ZodIssue[]): { path: string; message: string }[] {
  return issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}
