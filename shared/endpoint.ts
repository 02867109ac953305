import * as z from 'zod/mini';
import type { Role } from './enums';
import type { IntegrationScope } from './integration-keys';
import { reportQuery } from './report-queries';

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

export const anyone: EndpointAuth = { kind: 'public' };
export const advisor: EndpointAuth = { kind: 'token', role: 'advisor' };
export const manager: EndpointAuth = { kind: 'token', role: 'manager' };
export const admin: EndpointAuth = { kind: 'token', role: 'admin' };

/** A report: the period and filters of reportQuery, one shape of answer. */
export const report = <P extends string, S extends z.ZodMiniType>(path: P, summary: string, schema: S) =>
  ({
    method: 'get',
    path,
    summary,
    auth: advisor,
    query: reportQuery,
    responses: { 200: schema },
    errors: [403],
  }) as const satisfies Endpoint;
