import * as z from 'zod/mini';
import {
  acceptedInvitation,
  acceptInvitationRequest,
  advisorView,
  bansoRuleRequest,
  bootstrapRequest,
  bootstrapResponse,
  businessSearchQuery,
  countsQuery,
  countsResponse,
  createAdvisorRequest,
  createdAdvisor,
  createdInvitation,
  createdToken,
  createInvitationRequest,
  createTokenRequest,
  directoryResponse,
  idParam,
  invitationView,
  karteResponse,
  keysetQuery,
  meResponse,
  orgProfile,
  page,
  recordPage,
  startupAreasRequest,
  tagsResponse,
  tokenListQuery,
  tokenView,
  updateAdvisorRequest,
  updateOrgProfileRequest,
} from './api';
import type { Role } from './enums';
import type { IntegrationScope } from './integration-keys';
import { planReport, planTargets, planTargetsRequest } from './plan-report';
import {
  bansoCasesReport,
  consultationsReport,
  countRecordsPage,
  countRecordsQuery,
  disasterReport,
  karteQualityReport,
  reportQuery,
} from './reports';
import { startupReport } from './startup-report';
import { dispatchReport, subsidiesReport } from './support-reports';
import { pullQuery, pullResponse, pushRequest, pushResponse } from './sync';
import { importBusinessesRequest, importBusinessesResponse } from './business-import';
import { restoreRequest, restoreResponse } from './restore';
import { auditPage, auditQuery } from './audit';
import { exportDocument, exportQuery } from './export-format';
import { createdIntegrationKey, createIntegrationKeyRequest, integrationKeyList, integrationKeyView } from './integration-keys';
import {
  businessFilterQuery,
  createReferralRequest,
  createShareRequest,
  linkShareRequest,
  organisationQuery,
  organisationSearch,
  referralList,
  referralView,
  sharedKarte,
  sharedKartes,
  shareList,
  shareView,
  updateReferralRequest,
} from './wide-area';

/** GET /health: alive, and which sync protocols the server speaks. */
export const healthResponse = z.object({ status: z.literal('ok'), protocol: z.int(), minProtocol: z.int() });
export type HealthResponse = z.infer<typeof healthResponse>;

/** GET /v1/openapi.json: the document shared/openapi.ts builds from this table (checked in full by its own test). */
export const openApiDocumentShape = z.looseObject({
  openapi: z.literal('3.1.0'),
  info: z.looseObject({}),
  paths: z.record(z.string(), z.unknown()),
});

/**
 * Who may call: nobody needs a token (`public`), the bootstrap secret (`bootstrap`), or an API
 * token of at least `role` (roles are cumulative, shared/enums.ts).
 */
export type EndpointAuth = { kind: 'public' } | { kind: 'bootstrap' } | { kind: 'token'; role: Role };

/** One endpoint of the API. Every schema is the very object the route validates or answers with. */
export interface Endpoint {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI form: `{id}` for a path parameter (Hono's `:id`). */
  path: string;
  summary: string;
  auth: EndpointAuth;
  params?: z.ZodMiniType;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  /** Success answers by status; every one is JSON. */
  responses: Readonly<Record<number, z.ZodMiniType>>;
  /** Another system may also call it with an integration key of this scope (docs/api.md "Integration keys"). */
  integration?: IntegrationScope;
  /** Error statuses particular to the endpoint; the ones every endpoint of its kind has are added by errorStatuses(). */
  errors?: readonly number[];
}

const anyone: EndpointAuth = { kind: 'public' };
const advisor: EndpointAuth = { kind: 'token', role: 'advisor' };
const manager: EndpointAuth = { kind: 'token', role: 'manager' };
const admin: EndpointAuth = { kind: 'token', role: 'admin' };

/** A report: the period and filters of reportQuery, one shape of answer. */
const report = <P extends string, S extends z.ZodMiniType>(path: P, summary: string, schema: S) =>
  ({
    method: 'get',
    path,
    summary,
    auth: advisor,
    query: reportQuery,
    responses: { 200: schema },
    errors: [403],
  }) as const satisfies Endpoint;

/**
 * Every endpoint of the Worker, by operationId: the one source from which the OpenAPI document
 * (shared/openapi.ts) and the extension's client (extension/platform/api-client.ts) are derived.
 * A route the server has and this table lacks fails tests/server/openapi-contract.test.ts.
 */
export const ENDPOINTS = {
  health: {
    method: 'get',
    path: '/health',
    summary: 'Liveness and the sync protocols served',
    auth: anyone,
    responses: { 200: healthResponse },
  },
  openApi: { method: 'get', path: '/v1/openapi.json', summary: 'This document', auth: anyone, responses: { 200: openApiDocumentShape } },
  bootstrap: {
    method: 'post',
    path: '/v1/bootstrap',
    summary: 'Create the first organisation and its admin (or a new admin token)',
    auth: { kind: 'bootstrap' },
    body: bootstrapRequest,
    responses: { 201: bootstrapResponse, 200: bootstrapResponse },
    errors: [404],
  },
  acceptInvitation: {
    method: 'post',
    path: '/v1/invitations/accept',
    summary: 'Join with an invitation code: the new advisor and their token',
    auth: anyone,
    body: acceptInvitationRequest,
    responses: { 201: acceptedInvitation },
    errors: [404, 410],
  },
  me: {
    method: 'get',
    path: '/v1/me',
    summary: 'The advisor the token belongs to, and their organisation',
    auth: advisor,
    responses: { 200: meResponse },
  },
  directory: {
    method: 'get',
    path: '/v1/directory',
    summary: "The organisation's advisors and profile",
    auth: advisor,
    integration: 'read',
    responses: { 200: directoryResponse },
  },
  syncPush: {
    method: 'post',
    path: '/v1/sync/push',
    summary: 'Send mutations (docs/sync.md)',
    auth: advisor,
    body: pushRequest,
    responses: { 200: pushResponse },
    errors: [403, 409, 426, 503],
  },
  syncPull: {
    method: 'get',
    path: '/v1/sync/pull',
    summary: 'Changes after a cursor (docs/sync.md)',
    auth: advisor,
    query: pullQuery,
    responses: { 200: pullResponse },
    errors: [403, 426],
  },
  searchBusinesses: {
    method: 'get',
    path: '/v1/businesses',
    summary: 'Search businesses by words, 法人番号 or external id',
    auth: advisor,
    integration: 'read',
    query: businessSearchQuery,
    responses: { 200: recordPage },
  },
  karte: {
    method: 'get',
    path: '/v1/businesses/{id}',
    summary: 'The karte of one business',
    auth: advisor,
    integration: 'read',
    params: idParam,
    responses: { 200: karteResponse },
    errors: [404],
  },
  businessConsultations: {
    method: 'get',
    path: '/v1/businesses/{id}/consultations',
    summary: "A page of a business's consultations, newest first",
    auth: advisor,
    integration: 'read',
    params: idParam,
    query: keysetQuery,
    responses: { 200: recordPage },
    errors: [404],
  },
  tags: {
    method: 'get',
    path: '/v1/tags',
    summary: "The organisation's live tag taxonomy",
    auth: advisor,
    integration: 'read',
    responses: { 200: tagsResponse },
  },
  saveBansoRule: {
    method: 'put',
    path: '/v1/organisation/banso-rule',
    summary: 'Set the 伴走 suggestion rule (null: the standard one)',
    auth: manager,
    body: bansoRuleRequest,
    responses: { 200: orgProfile },
  },
  saveStartupAreas: {
    method: 'put',
    path: '/v1/organisation/startup-areas',
    summary: 'Set the tags of the 特定創業支援 areas (null: the standard mapping)',
    auth: manager,
    body: startupAreasRequest,
    responses: { 200: orgProfile },
  },
  consultationCounts: {
    method: 'get',
    path: '/v1/reports/consultation-counts',
    summary: '相談件数 by channel, programme and advisor (the first summary)',
    auth: manager,
    query: countsQuery,
    responses: { 200: countsResponse },
  },
  consultationsReport: report('/v1/reports/consultations', '相談件数: 延べ and 実数 by every breakdown', consultationsReport),
  consultationRecords: {
    method: 'get',
    path: '/v1/reports/consultations/records',
    summary: 'The consultations behind one figure of 相談件数',
    auth: advisor,
    query: countRecordsQuery,
    responses: { 200: countRecordsPage },
    errors: [403],
  },
  bansoCasesReport: report('/v1/reports/banso-cases', '伴走支援 cases', bansoCasesReport),
  karteQualityReport: report('/v1/reports/karte-quality', 'カルテ品質: what the kartes lack', karteQualityReport),
  disasterReport: report('/v1/reports/disaster', '被災 businesses and their recovery', disasterReport),
  startupReport: report('/v1/reports/startup', '特定創業支援: founders and their sessions', startupReport),
  planReport: report('/v1/reports/plan', '経営発達支援計画: results against targets', planReport),
  savePlanTargets: {
    method: 'put',
    path: '/v1/reports/plan/targets',
    summary: "Set a 年度's targets of the 経営発達支援計画",
    auth: manager,
    body: planTargetsRequest,
    responses: { 200: planTargets },
  },
  subsidiesReport: report('/v1/reports/subsidies', '補助金 applications and their outcome', subsidiesReport),
  dispatchReport: report('/v1/reports/expert-dispatch', '専門家派遣: visits, hours and fees', dispatchReport),
  importBusinesses: {
    method: 'post',
    path: '/v1/import/businesses',
    summary: 'Import a business list: every line checked and matched, all written or none (422: the problems, nothing written)',
    auth: admin,
    integration: 'import',
    body: importBusinessesRequest,
    responses: { 200: importBusinessesResponse, 422: importBusinessesResponse },
  },
  exportRecords: {
    method: 'get',
    path: '/v1/export',
    summary: "The records as one JSON document (streamed): the organisation's (admins) or one's own",
    auth: advisor,
    query: exportQuery,
    responses: { 200: exportDocument },
    errors: [403],
  },
  restoreExport: {
    method: 'post',
    path: '/v1/import/restore',
    summary: 'Restore one part of a JSON export into an empty organisation',
    auth: admin,
    body: restoreRequest,
    responses: { 200: restoreResponse },
    errors: [409, 422],
  },
  organisations: {
    method: 'get',
    path: '/v1/organisations',
    summary: 'Other organisations of the deployment, by name and kind',
    auth: advisor,
    query: organisationQuery,
    responses: { 200: organisationSearch },
  },
  referrals: {
    method: 'get',
    path: '/v1/referrals',
    summary: 'Referrals sent and received (of one business, or all)',
    auth: advisor,
    query: businessFilterQuery,
    responses: { 200: referralList },
  },
  createReferral: {
    method: 'post',
    path: '/v1/referrals',
    summary: 'Refer a business to another organisation (紹介)',
    auth: advisor,
    body: createReferralRequest,
    responses: { 201: referralView },
    errors: [404],
  },
  updateReferral: {
    method: 'patch',
    path: '/v1/referrals/{id}',
    summary: "Record a referral's outcome",
    auth: advisor,
    params: idParam,
    body: updateReferralRequest,
    responses: { 200: referralView },
    errors: [404],
  },
  shares: {
    method: 'get',
    path: '/v1/shares',
    summary: 'Shares made and received (of one business, or all)',
    auth: advisor,
    query: businessFilterQuery,
    responses: { 200: shareList },
  },
  createShare: {
    method: 'post',
    path: '/v1/shares',
    summary: "Share a karte with another organisation, with the business's recorded consent",
    auth: advisor,
    body: createShareRequest,
    responses: { 201: shareView },
    errors: [404],
  },
  withdrawShare: {
    method: 'post',
    path: '/v1/shares/{id}/withdraw',
    summary: 'Withdraw a share: access stops at once',
    auth: advisor,
    params: idParam,
    responses: { 200: shareView },
    errors: [403, 404],
  },
  linkShare: {
    method: 'put',
    path: '/v1/shares/{id}/link',
    summary: 'Link a karte shared with us to our own business (null: unlink)',
    auth: advisor,
    params: idParam,
    body: linkShareRequest,
    responses: { 200: shareView },
    errors: [404],
  },
  incomingKartes: {
    method: 'get',
    path: '/v1/shares/incoming/kartes',
    summary: 'Every karte shared with the organisation now',
    auth: advisor,
    responses: { 200: sharedKartes },
  },
  sharedKarte: {
    method: 'get',
    path: '/v1/shares/{id}/karte',
    summary: 'One karte shared with the organisation, within its scope',
    auth: advisor,
    params: idParam,
    responses: { 200: sharedKarte },
    errors: [404],
  },
  listAdvisors: {
    method: 'get',
    path: '/v1/admin/advisors',
    summary: 'Every advisor of the organisation',
    auth: admin,
    query: keysetQuery,
    responses: { 200: page(advisorView) },
  },
  createAdvisor: {
    method: 'post',
    path: '/v1/admin/advisors',
    summary: 'Create an advisor and their first token',
    auth: admin,
    body: createAdvisorRequest,
    responses: { 201: createdAdvisor },
  },
  updateAdvisor: {
    method: 'patch',
    path: '/v1/admin/advisors/{id}',
    summary: 'Rename, change the role or 職種, disable or enable an advisor',
    auth: admin,
    params: idParam,
    body: updateAdvisorRequest,
    responses: { 200: advisorView },
    errors: [404, 409],
  },
  issueToken: {
    method: 'post',
    path: '/v1/admin/advisors/{id}/tokens',
    summary: 'Issue another token to an advisor',
    auth: admin,
    params: idParam,
    body: createTokenRequest,
    responses: { 201: createdToken },
    errors: [404, 409],
  },
  listTokens: {
    method: 'get',
    path: '/v1/admin/tokens',
    summary: "The organisation's tokens (never their values)",
    auth: admin,
    query: tokenListQuery,
    responses: { 200: page(tokenView) },
  },
  revokeToken: {
    method: 'delete',
    path: '/v1/admin/tokens/{id}',
    summary: 'Revoke a token',
    auth: admin,
    params: idParam,
    responses: { 200: tokenView },
    errors: [404],
  },
  listInvitations: {
    method: 'get',
    path: '/v1/admin/invitations',
    summary: 'Invitations still pending',
    auth: admin,
    query: keysetQuery,
    responses: { 200: page(invitationView) },
  },
  createInvitation: {
    method: 'post',
    path: '/v1/admin/invitations',
    summary: 'Invite an advisor: the code is shown only here',
    auth: admin,
    body: createInvitationRequest,
    responses: { 201: createdInvitation },
  },
  revokeInvitation: {
    method: 'delete',
    path: '/v1/admin/invitations/{id}',
    summary: 'Revoke a pending invitation',
    auth: admin,
    params: idParam,
    responses: { 200: invitationView },
    errors: [404, 409],
  },
  integrationKeys: {
    method: 'get',
    path: '/v1/admin/integration-keys',
    summary: "The organisation's integration keys for other systems (never their values)",
    auth: admin,
    responses: { 200: integrationKeyList },
  },
  createIntegrationKey: {
    method: 'post',
    path: '/v1/admin/integration-keys',
    summary: 'Issue a read-only or import-only key for another system: the key is shown only here',
    auth: admin,
    body: createIntegrationKeyRequest,
    responses: { 201: createdIntegrationKey },
  },
  revokeIntegrationKey: {
    method: 'delete',
    path: '/v1/admin/integration-keys/{id}',
    summary: 'Revoke an integration key',
    auth: admin,
    params: idParam,
    responses: { 200: integrationKeyView },
    errors: [404],
  },
  auditLog: {
    method: 'get',
    path: '/v1/admin/audit',
    summary: 'Who exported, imported, read 機微 text or administered, and when',
    auth: admin,
    query: auditQuery,
    responses: { 200: auditPage },
  },
  organisationProfile: {
    method: 'get',
    path: '/v1/admin/organisation',
    summary: 'The organisation profile',
    auth: admin,
    responses: { 200: orgProfile },
  },
  updateOrganisationProfile: {
    method: 'patch',
    path: '/v1/admin/organisation',
    summary: 'Change the organisation profile',
    auth: admin,
    body: updateOrgProfileRequest,
    responses: { 200: orgProfile },
  },
} as const satisfies Record<string, Endpoint>;

export type Endpoints = typeof ENDPOINTS;
export type EndpointName = keyof Endpoints;

/**
 * The error statuses an endpoint can answer, all with errorBody: those of its kind (any input
 * can be refused; a body can be too big or not UTF-8 JSON; a token can be missing or rate-limited,
 * of a role too low, or an integration key of another scope) and its own.
 */
export function errorStatuses(e: Endpoint): number[] {
  const statuses = new Set<number>([500, ...(e.errors ?? [])]);
  if (e.params || e.query || e.body) statuses.add(400);
  if (e.body) [413, 415].forEach((s) => statuses.add(s));
  if (e.auth.kind !== 'public' || e.body) statuses.add(429);
  if (e.auth.kind !== 'public') statuses.add(401);
  // A role too low, or an integration key outside its scope (any endpoint of a token).
  if (e.auth.kind === 'token') statuses.add(403);
  return [...statuses].sort((a, b) => a - b);
}

/** Path templates as patterns: `{id}` is one path segment. */
const PATTERNS = Object.entries(ENDPOINTS).map(([name, e]) => ({
  name: name as EndpointName,
  method: e.method.toUpperCase(),
  pattern: new RegExp(`^${e.path.replace(/\{\w+\}/g, '[^/]+')}$`),
}));

/** The endpoint a request is for (`GET`, `/v1/businesses/0190…`), or null when the table has none. */
export function endpointOf(method: string, path: string): EndpointName | null {
  return PATTERNS.find((p) => p.method === method && p.pattern.test(path))?.name ?? null;
}
