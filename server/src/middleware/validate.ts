import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type * as z from 'zod/mini';
import { issuesToDetails } from '../../../shared';
import { ApiError } from '../errors';

/**
 * zValidator with the shared error shape: every rejected input becomes a 400
 * `validation_failed` whose details name each field and what to fix.
 */
export const validate = <T extends z.core.$ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) =>
  zValidator(target, schema, (result) => {
    if (!result.success) {
      const { issues } = result.error;
      const details = issuesToDetails(issues);
      const first = details[0];
      const summary = first ? (first.path ? `${first.path}: ${first.message}` : first.message) : '入力が正しくありません';
      const more = issues.length > details.length ? ` ほか${(issues.length - 1).toLocaleString('ja-JP')}件` : '';
      throw new ApiError(
        400,
        'validation_failed',
        `入力内容に誤りがあります（${summary}${more}）`,
        details,
        issues.length > details.length ? issues.length : undefined,
      );
    }
  });
