import * as z from 'zod/mini';
import { advisorView, invitationView, orgProfile, tokenView } from './api';
import { ENDPOINTS, errorStatuses, type Endpoint } from './endpoints';
import { errorBody } from './errors';
import { PROTOCOL_VERSION, recordEnvelope } from './sync';

type Json = Record<string, unknown>;

/** The document as built (a type alias, not an interface, so it is also a plain JSON record). */
export type OpenApiDocument = {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json>; securitySchemes: Record<string, Json> };
};

/** A component of the document: where its schema lives, as a $ref. */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * Schemas that many answers share get a name of their own, so the document says "an OrgProfile"
 * once instead of spelling it out in every answer; the rest are named after their operation.
 */
const SHARED_OUTPUTS: Readonly<Record<string, z.ZodMiniType>> = {
  ErrorBody: errorBody,
  RecordEnvelope: recordEnvelope,
  OrgProfile: orgProfile,
  AdvisorView: advisorView,
  TokenView: tokenView,
  InvitationView: invitationView,
};

const STATUS_TEXT: Readonly<Record<number, string>> = {
  200: 'OK',
  201: 'Created',
  422: 'Refused as a whole: an import with problems in its lines (nothing written), a restore from an export without 機微 text',
  400: 'The input fails its schema (validation_failed) or the protocol is unknown',
  401: 'No, unknown or revoked token; disabled advisor; wrong bootstrap secret',
  403: 'The role is too low',
  404: 'Not found (or in another organisation)',
  409: 'Conflict with the current state',
  410: 'The invitation was used, expired or revoked',
  413: 'Body too large',
  415: 'Not UTF-8 JSON, or compressed',
  426: 'Client protocol too old',
  429: 'Too many requests (Retry-After)',
  500: 'Unexpected error (logged)',
  503: 'Other pushes committed first: send again',
};

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * JSON Schemas of a registry as OpenAPI components: `$id` and `$schema` dropped (the document
 * is their base, and OpenAPI 3.1 already speaks 2020-12).
 */
function componentsOf(registry: z.core.$ZodRegistry<{ id: string }>, io: 'input' | 'output'): Record<string, Json> {
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', io, uri: (id) => ref(id).$ref });
  return Object.fromEntries(Object.entries(schemas).map(([name, { $id: _id, $schema: _schema, ...rest }]) => [name, rest]));
}

/**
 * Names every schema once: the first name given to an object wins (a schema shared by two
 * operations is one component); a name already taken by another schema gets a number.
 */
function namer(registry: z.core.$ZodRegistry<{ id: string }>) {
  const taken = new Set<string>();
  return (schema: z.ZodMiniType, wanted: string): string => {
    const given = registry.get(schema)?.id;
    if (given) return given;
    let name = wanted;
    for (let n = 2; taken.has(name); n++) name = `${wanted}${n}`;
    taken.add(name);
    registry.add(schema, { id: name });
    return name;
  };
}

/** Query and path parameters: one per property of the (input) object schema, strings on the wire. */
function parametersOf(schema: z.ZodMiniType | undefined, place: 'query' | 'path'): Json[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as {
    properties?: Record<string, Json>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: place,
    required: place === 'path' || (json.required ?? []).includes(name),
    schema: property,
  }));
}

const SECURITY: Record<Endpoint['auth']['kind'], Json[]> = { public: [], bootstrap: [{ bootstrapSecret: [] }], token: [{ bearer: [] }] };

/** An advisor's token, or (as an alternative) another system's integration key of the endpoint's scope. */
const securityOf = (e: Endpoint): Json[] => (e.integration ? [...SECURITY[e.auth.kind], { integrationKey: [] }] : SECURITY[e.auth.kind]);

function operationOf(operationId: string, e: Endpoint, names: { input: ReturnType<typeof namer>; output: ReturnType<typeof namer> }): Json {
  const json = (schema: Json) => ({ 'application/json': { schema } });
  const responses: Json = {};
  for (const [status, schema] of Object.entries(e.responses)) {
    responses[status] = {
      description: STATUS_TEXT[Number(status)] ?? 'OK',
      content: json(ref(names.output(schema, `${pascal(operationId)}Response`))),
    };
  }
  for (const status of errorStatuses(e)) {
    responses[status] = {
      description: STATUS_TEXT[status] ?? 'Error',
      ...(status === 429 ? { headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'string' } } } } : {}),
      content: json(ref('ErrorBody')),
    };
  }
  const minimumRole = e.auth.kind === 'token' ? e.auth.role : undefined;
  const description = [
    minimumRole ? `Role: ${minimumRole} or above.` : '',
    e.integration ? `Also with an integration key of scope \`${e.integration}\`.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    operationId,
    summary: e.summary,
    ...(description ? { description } : {}),
    ...(minimumRole ? { 'x-minimum-role': minimumRole } : {}),
    ...(e.integration ? { 'x-integration-scope': e.integration } : {}),
    security: securityOf(e),
    parameters: [...parametersOf(e.params, 'path'), ...parametersOf(e.query, 'query')],
    ...(e.body ? { requestBody: { required: true, content: json(ref(names.input(e.body, `${pascal(operationId)}Request`))) } } : {}),
    responses,
  };
}

/**
 * The OpenAPI 3.1 document of the API, built from the endpoint table and its zod schemas: never
 * written by hand, so it cannot drift from what the routes validate. Requests are described as
 * they are accepted (zod's input), answers as they are sent (output: no field beyond the schema's).
 */
export function buildOpenApiDocument(endpoints: Readonly<Record<string, Endpoint>> = ENDPOINTS): OpenApiDocument {
  const outputs = z.registry<{ id: string }>();
  const inputs = z.registry<{ id: string }>();
  const names = { input: namer(inputs), output: namer(outputs) };
  for (const [name, schema] of Object.entries(SHARED_OUTPUTS)) names.output(schema, name);
  const paths: OpenApiDocument['paths'] = {};
  for (const [operationId, e] of Object.entries(endpoints)) {
    paths[e.path] = { ...paths[e.path], [e.method]: operationOf(operationId, e, names) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: '伴走カルテ API',
      version: `1 (sync protocol ${PROTOCOL_VERSION})`,
      description: 'Generated from the zod schemas of shared/ (shared/endpoints.ts). Behaviour: docs/api.md; sync: docs/sync.md.',
    },
    paths,
    components: {
      schemas: { ...componentsOf(outputs, 'output'), ...componentsOf(inputs, 'input') },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: "An advisor's API token" },
        bootstrapSecret: { type: 'apiKey', in: 'header', name: 'X-Bootstrap-Secret' },
        integrationKey: {
          type: 'http',
          scheme: 'bearer',
          description:
            "Another system's integration key (bki_…), read-only or import-only: only the operations naming its scope in x-integration-scope",
        },
      },
    },
  };
}
