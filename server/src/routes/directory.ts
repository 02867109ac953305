import { Hono } from 'hono';
import type { DirectoryResponse } from '../../../shared';
import { listDirectory, toDirectoryEntry } from '../db/advisors';
import { findOrganisation } from '../db/orgs';
import { notFound } from '../errors';
import type { AppEnv } from '../types';

/**
 * The organisation's advisors (names, 職種, roles, enabled or not) and its profile, for every
 * role: each device keeps it so that records show who wrote them, and 同席 can be chosen by name.
 */
export const directoryRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const { orgId } = c.var.caller;
  const [organisation, advisors] = await Promise.all([findOrganisation(c.env.DB, orgId), listDirectory(c.env.DB, orgId)]);
  if (!organisation) throw notFound('支援機関');
  const body: DirectoryResponse = { organisation, advisors: advisors.map(toDirectoryEntry) };
  return c.json(body, 200);
});
