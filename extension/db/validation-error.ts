import type * as z from 'zod/mini';
import type { RecordKind } from '../../shared';

/**
 * A write refused because its fields break the shared schema. Nothing was written.
 * `issues` are zod's, so a form can point at the field; `message` joins their
 * (Japanese, person-readable) messages.
 */
export class RecordValidationError extends Error {
  readonly code = 'validation_failed';

  constructor(
    readonly kind: RecordKind,
    readonly issues: readonly z.core.$ZodIssue[],
  ) {
    super(issues.map((i) => i.message).join(' / '));
    this.name = 'RecordValidationError';
  }
}
