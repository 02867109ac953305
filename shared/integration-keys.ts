import * as z from 'zod/mini';
import { requiredText } from './fields';

/**
 * Keys for other systems (docs/api.md "Integration keys"): separate from advisors' tokens, each
 * limited to one scope, revocable. `read`: the organisation's businesses, tags and directory,
 * never 機微 text. `import`: business lists through POST /v1/import/businesses only.
 */
export const INTEGRATION_SCOPES = ['read', 'import'] as const;
export type IntegrationScope = (typeof INTEGRATION_SCOPES)[number];

/** Prefix of an integration key (advisors' tokens start with `bk_`), so a leaked key is recognisable. */
export const INTEGRATION_KEY_PREFIX = 'bki_';

export const createIntegrationKeyRequest = z.strictObject({
  label: requiredText(100, '連携キーの名前'),
  scope: z.enum(INTEGRATION_SCOPES, '連携キーの範囲は read（読み取り）か import（取り込み）で指定してください'),
});

export const integrationKeyView = z.object({
  id: z.string(),
  label: z.string(),
  scope: z.enum(INTEGRATION_SCOPES),
  /** The admin who issued it (and in whose name an import key registers businesses): by name. */
  createdByName: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.nullable(z.string()),
  revokedAt: z.nullable(z.string()),
});
export type IntegrationKeyView = z.infer<typeof integrationKeyView>;

export const integrationKeyList = z.object({ keys: z.array(integrationKeyView) });

/** The key itself appears in this answer only; the server keeps its hash. */
export const createdIntegrationKey = z.object({ key: z.string(), integrationKey: integrationKeyView });
