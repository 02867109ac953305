import { describe, expect, it } from 'vitest';
import { endpointOf, ENDPOINTS, errorStatuses } from '../../shared/endpoints';
import { buildOpenApiDocument } from '../../shared/openapi';

// biome-ignore lint/suspicious/noExplicitAny: walks an arbitrary JSON document (the generated OpenAPI)
type Json = Record<string, any>;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Every `$ref` anywhere in the document, with where it was found. */
function refsIn(value: unknown, at = '#'): { ref: string; at: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => refsIn(v, `${at}/${i}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (k === '$ref' && typeof v === 'string' ? [{ ref: v, at }] : refsIn(v, `${at}/${k}`)));
}

/** A local JSON pointer (`#/components/schemas/X`) resolved in the document, or undefined. */
function resolve(doc: Json, ref: string): unknown {
  return ref
    .slice(2)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Json)[key] : undefined), doc);
}

const operations = (doc: Json) =>
  Object.entries(doc.paths as Json).flatMap(([path, item]) =>
    Object.entries(item as Json).map(([method, op]) => ({ path, method, op: op as Json })),
  );

describe('the OpenAPI document', () => {
  const doc = buildOpenApiDocument();

  it('is OpenAPI 3.1 in shape, and plain JSON', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc).toMatchObject({ info: { title: expect.any(String), version: expect.any(String) }, paths: expect.any(Object) });
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
    for (const path of Object.keys(doc.paths as Json)) expect(path).toMatch(/^\/[\w\-./{}]*$/);
  });

  it('has one operation per endpoint of the table, each with a unique operationId, a summary and answers', () => {
    const ops = operations(doc);
    expect(ops.map((o) => o.op.operationId).sort()).toEqual(Object.keys(ENDPOINTS).sort());
    for (const { path, method, op } of ops) {
      expect(METHODS, `${method} ${path}`).toContain(method);
      expect(op.summary, op.operationId).toEqual(expect.any(String));
      expect(Object.keys(op.responses).length, op.operationId).toBeGreaterThan(0);
      const endpoint = ENDPOINTS[op.operationId as keyof typeof ENDPOINTS];
      expect(endpoint).toMatchObject({ path, method });
      expect(Object.keys(op.responses).map(Number).sort()).toEqual(
        [...Object.keys(endpoint.responses).map(Number), ...errorStatuses(endpoint)].sort(),
      );
    }
  });

  it('declares every path parameter of a template, and no other', () => {
    for (const { path, op } of operations(doc)) {
      const inTemplate = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const declared = (op.parameters as Json[]).filter((p) => p.in === 'path');
      expect(declared.map((p) => p.name).sort(), path).toEqual(inTemplate);
      for (const p of declared) expect(p.required).toBe(true);
      const names = (op.parameters as Json[]).map((p) => `${p.in}:${p.name}`);
      expect(new Set(names).size, path).toBe(names.length);
    }
  });

  it('resolves every $ref inside the document, and names its schemas without $id or $schema', () => {
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(50);
    for (const { ref, at } of refs) {
      expect(ref, at).toMatch(/^#\/components\/schemas\/\w+$/);
      expect(resolve(doc, ref), `${ref} at ${at}`).toEqual(expect.any(Object));
    }
    for (const [name, schema] of Object.entries(doc.components.schemas as Json)) {
      expect(name).toMatch(/^[A-Za-z0-9._-]+$/);
      expect(schema).not.toHaveProperty('$id');
      expect(schema).not.toHaveProperty('$schema');
    }
  });

  it('answers every error with the shared error body, and names the security of each operation', () => {
    const schemes = Object.keys(doc.components.securitySchemes as Json);
    for (const { op } of operations(doc)) {
      // An error status answers ErrorBody, unless the table names it as an answer (the import's 422 lists its problems).
      const endpoint = ENDPOINTS[op.operationId as keyof typeof ENDPOINTS];
      for (const status of errorStatuses(endpoint)) {
        expect(op.responses[status].content['application/json'].schema, `${op.operationId} ${status}`).toEqual({
          $ref: '#/components/schemas/ErrorBody',
        });
      }
      for (const status of Object.keys(endpoint.responses)) expect(errorStatuses(endpoint)).not.toContain(Number(status));
      for (const requirement of op.security as Json[]) for (const scheme of Object.keys(requirement)) expect(schemes).toContain(scheme);
    }
    expect(resolve(doc, '#/paths/~1v1~1me/get/security')).toEqual([{ bearer: [] }]);
    expect(resolve(doc, '#/paths/~1health/get/security')).toEqual([]);
    expect(resolve(doc, '#/paths/~1v1~1import~1businesses/post/responses/422/content/application~1json/schema')).toEqual({
      $ref: '#/components/schemas/ImportBusinessesResponse',
    });
  });

  it('describes answers as sent (no field beyond the schema) and requests as accepted (defaults optional)', () => {
    const schemas = doc.components.schemas as Json;
    expect(schemas.OrgProfile).toMatchObject({
      additionalProperties: false,
      required: expect.arrayContaining(['bansoRule', 'startupAreas']),
    });
    expect(schemas.CreateAdvisorRequest.required).toEqual(['name', 'role']);
    const pull = resolve(doc, '#/paths/~1v1~1sync~1pull/get/parameters') as Json[];
    expect(pull.map((p) => [p.name, p.required])).toEqual([
      ['protocol', true],
      ['clientId', true],
      ['cursor', false],
      ['limit', false],
    ]);
  });

  it('names the operations another system may call with an integration key, and of which scope', () => {
    const karte = resolve(doc, '#/paths/~1v1~1businesses~1{id}/get') as Json;
    expect(karte).toMatchObject({ 'x-integration-scope': 'read', security: [{ bearer: [] }, { integrationKey: [] }] });
    expect(resolve(doc, '#/paths/~1v1~1import~1businesses/post/x-integration-scope')).toBe('import');
    expect(resolve(doc, '#/paths/~1v1~1me/get/x-integration-scope')).toBeUndefined();
  });
});

describe('endpointOf (which endpoint a request is for)', () => {
  it('matches a path template segment by segment, method included', () => {
    expect(endpointOf('GET', '/v1/businesses')).toBe('searchBusinesses');
    expect(endpointOf('GET', '/v1/businesses/0190f0f0-0000-7000-8000-000000000001')).toBe('karte');
    expect(endpointOf('GET', '/v1/businesses/x/consultations')).toBe('businessConsultations');
    expect(endpointOf('GET', '/v1/shares/incoming/kartes')).toBe('incomingKartes');
    expect(endpointOf('GET', '/v1/shares/s1/karte')).toBe('sharedKarte');
    expect(endpointOf('POST', '/v1/businesses')).toBeNull();
    expect(endpointOf('GET', '/v1/businesses/')).toBeNull();
    expect(endpointOf('GET', '/v1/businesses/a/b/consultations')).toBeNull();
  });
});
