import { idParam } from './api';
import { importBusinessesRequest, importBusinessesResponse } from './business-import';
import { restoreRequest, restoreResponse } from './restore';
import { exportDocument, exportQuery } from './export-format';
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

import { admin, advisor, type Endpoint } from './endpoint';

/**
 * Records moving in and out: import, export and restore, and 広域連携 between organisations.
 * Part of ENDPOINTS (shared/endpoints.ts).
 */
export const EXCHANGE_ENDPOINTS = {
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
} as const satisfies Record<string, Endpoint>;
