import type { Mutation, RecordEnvelope } from '../../shared';

const sameValue = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Whether an acknowledged mutation whose record did not change on the server still left its
 * mark there: every field already holds the value (a no-op), or went into a conflict copy.
 * The server consumed it, but when its answer was lost the client cannot know whether it was
 * applied or refused; one that did not land must stay visible (as refused), not vanish.
 */
export function landed(m: Mutation, server: RecordEnvelope | null, conflicts: readonly RecordEnvelope[]): boolean {
  return Object.entries(m.fields).every(([field, value]) => {
    if (server && sameValue(server.data[field], value)) return true;
    return conflicts.some((c) => c.data.recordId === m.recordId && c.data.field === field && c.data.text === value);
  });
}

/** The error an entry gets when it did not land and the server's reason was lost with its answer. */
export const NOT_APPLIED = {
  code: 'not_applied',
  message: 'この変更はサーバーに反映されませんでした（通信が途切れたため理由は分かりません）。内容を確認し、必要なら保存し直してください',
} as const;
