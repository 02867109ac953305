import { Hono } from 'hono';
import { businessSearchQuery, idParam, keysetQuery, searchTerms } from '../../../shared';
import { recordAudit } from '../db/audit';
import { findLiveBusiness, searchBusinesses } from '../db/businesses';
import { decodeCursor, toPage } from '../db/cursor';
import { consultationPage, deliverRows, loadKarte } from '../db/karte';
import { notFound } from '../errors';
import { validate } from '../middleware/validate';
import type { AppEnv } from '../types';

/**
 * 事業者 search and the karte (カルテ) of one business. Deleted businesses are not found;
 * 機微 consultations are redacted for readers who are neither their author nor a manager,
 * and every 機微 record sent unredacted is written to audit_log.
 */
export const businessRoutes = new Hono<AppEnv>()
  .get('/', validate('query', businessSearchQuery), async (c) => {
    const { q, corporateNumber, externalSystem, externalId, cursor, limit } = c.req.valid('query');
    const terms = searchTerms(q ?? '');
    const rows = await searchBusinesses(c.env.DB, c.var.caller.orgId, {
      terms,
      corporateNumber,
      externalSystem: externalSystem?.trim() || undefined,
      externalId: externalId?.trim() || undefined,
      after: decodeCursor(cursor, 'name'),
      limit,
    });
    const { items, audit } = deliverRows(c.var.caller, rows.slice(0, limit));
    await recordAudit(c.env.DB, audit);
    return c.json(
      toPage(
        rows,
        limit,
        (r) => ({ key: r.sort_key ?? '', id: r.id }),
        (_, i) => items[i]!,
      ),
      200,
    );
  })
  .get('/:id', validate('param', idParam), async (c) => {
    const business = await findLiveBusiness(c.env.DB, c.var.caller.orgId, c.req.valid('param').id);
    if (!business) throw notFound('事業者');
    const { karte, audit } = await loadKarte(c.env.DB, c.var.caller, business);
    await recordAudit(c.env.DB, audit);
    return c.json(karte, 200);
  })
  .get('/:id/consultations', validate('param', idParam), validate('query', keysetQuery), async (c) => {
    const { cursor, limit } = c.req.valid('query');
    const business = await findLiveBusiness(c.env.DB, c.var.caller.orgId, c.req.valid('param').id);
    if (!business) throw notFound('事業者');
    const { page, audit } = await consultationPage(c.env.DB, c.var.caller, business.id, cursor, limit);
    await recordAudit(c.env.DB, audit);
    return c.json(page, 200);
  });
