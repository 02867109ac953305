import type { ExtractSchema } from 'hono/types';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import type { AppType } from '../../server/src/index';
import type { EndpointName, Endpoints } from '../../shared';

type Routes = ExtractSchema<AppType>;
/** `/v1/admin/advisors/{id}` as Hono writes it: `/v1/admin/advisors/:id`. */
type HonoPath<P extends string> = P extends `${infer A}{${infer Name}}${infer B}` ? HonoPath<`${A}:${Name}${B}`> : P;
type RouteOf<N extends EndpointName> =
  HonoPath<Endpoints[N]['path']> extends infer P extends keyof Routes
    ? `$${Endpoints[N]['method']}` extends infer M extends keyof Routes[P]
      ? Routes[P][M]
      : never
    : never;
/** What the handler gives `c.json(body, status)` for status S (a status may be a union: `existing ? 200 : 201`). */
type Returned<N extends EndpointName, S extends number> =
  RouteOf<N> extends infer R ? (R extends { status: infer St; output: infer O } ? (S extends St ? O : never) : never) : never;
/** What the table (and so the OpenAPI document and the extension's client) promises for status S. */
type Promised<N extends EndpointName, S extends keyof Endpoints[N]['responses']> = z.output<Endpoints[N]['responses'][S]>;

/** A route that streams its body (`c.body`: the export) has no JSON type here; the contract test checks what it sends. */
type Streamed<N extends EndpointName> = RouteOf<N> extends { outputFormat: infer F } ? ([F] extends ['json'] ? false : true) : false;

/** [endpoint, status, what the handler answers] wherever that is not what the table promises, or no route answers it. */
type Drift = {
  [N in EndpointName]: Streamed<N> extends true
    ? never
    : {
        [S in keyof Endpoints[N]['responses'] & number]: [Returned<N, S>] extends [never]
          ? [N, S, 'no route answers this']
          : [Returned<N, S>] extends [Promised<N, S>]
            ? never
            : [N, S, Returned<N, S>];
      }[keyof Endpoints[N]['responses'] & number];
}[EndpointName];

/** What the route's validators take (`validate('json' | 'query' | 'param', schema)`), or undefined when it has none. */
type Validated<N extends EndpointName, T extends string> =
  RouteOf<N> extends infer R ? (R extends { input: infer I } ? (I extends { [K in T]: infer V } ? V : undefined) : never) : never;
/** What the table says the endpoint takes there, as zod reads it (its input type). */
type Declared<N extends EndpointName, K extends string> = Endpoints[N] extends { [P in K]: infer S extends z.ZodMiniType }
  ? z.input<S>
  : undefined;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** [endpoint, where] wherever the route validates with another schema than the table names (or validates where the table has none). */
type InputDrift = {
  [N in EndpointName]:
    | (Same<Validated<N, 'json'>, Declared<N, 'body'>> extends true ? never : [N, 'body'])
    | (Same<Validated<N, 'query'>, Declared<N, 'query'>> extends true ? never : [N, 'query'])
    | (Same<Validated<N, 'param'>, Declared<N, 'params'>> extends true ? never : [N, 'params']);
}[EndpointName];

/**
 * `AppType` (server/src/index.ts) checked against the endpoint table at compile time: every
 * endpoint is a route of the app, and what its handler passes to `c.json` for each success
 * status is of the type the table's schema promises; what its validators take is what the table
 * says it takes (the table names the route's own schemas, not copies). The contract test checks the same of real
 * answers at run time; this catches a handler that drifts before any test data reaches it.
 * `npm run typecheck` (run first by `npm test`) is what fails; vitest only sees an empty check.
 */
describe('AppType and the endpoint table', () => {
  it('agree on every endpoint and success status', () => {
    // A drift makes this `true` unassignable, and the compiler's message names the endpoint, status and type.
    const agree: [Drift] extends [never] ? true : Drift = true;
    expect(agree).toBe(true);
  });

  it('agree on what every endpoint takes', () => {
    const agree: [InputDrift] extends [never] ? true : InputDrift = true;
    expect(agree).toBe(true);
  });
});
