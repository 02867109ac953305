import { RECORD_DEFAULTS, uuidv7, type Business, type Consultation, type SiteRuleRecord } from '../../../shared';
import type { Row } from './idb-rows';

export { EXTENSION_DB, seedRows } from './idb-rows';

function meta(id: string, at: string) {
  return { id, version: 0, authorId: null, createdAt: at, updatedAt: at, redacted: false };
}

/** A business row as the extension stores it. */
export function businessRow(fields: Partial<Business> & { name: string }, id = uuidv7()): Row {
  return { ...RECORD_DEFAULTS.business, ...fields, ...meta(id, new Date().toISOString()) };
}

/** A consultation row as the extension stores it. */
export function consultationRow(fields: Partial<Consultation> & { businessId: string; inquiry: string }, id = uuidv7()): Row {
  const at = fields.heldAt ?? new Date().toISOString();
  return { ...RECORD_DEFAULTS.consultation, channel: 'counter', heldAt: at, ...fields, ...meta(id, at) };
}

/** A site rule row as the extension stores it (as if synced from the organisation). */
export function siteRuleRow(fields: Omit<SiteRuleRecord, 'deleted' | 'enabled'>, id = uuidv7()): Row {
  return { ...RECORD_DEFAULTS.siteRule, ...fields, ...meta(id, new Date().toISOString()) };
}
