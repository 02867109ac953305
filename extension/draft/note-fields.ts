import type { DIALOGUE_FIELDS } from '../../shared/records';

/**
 * The dialogue fields (相談内容, 経営者の言葉, 助言, 経営者の気づき, 本質的課題): the shared list, copied
 * because importing shared/records.ts at run time brings zod and every record schema (~13 KB
 * gzip) onto every page's start-up path (the build refuses that: scripts/page-chunks.ts).
 * `satisfies` fails the typecheck the moment the two lists differ.
 */
export const NOTE_FIELDS = ['inquiry', 'ownerWords', 'advice', 'insight', 'essentialIssue'] as const satisfies typeof DIALOGUE_FIELDS;
