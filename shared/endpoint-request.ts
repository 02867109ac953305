import type * as z from 'zod/mini';
import type { Endpoint, EndpointName, Endpoints } from './endpoints';

type SchemaAt<E, K extends string> = E extends { [P in K]: infer S extends z.ZodMiniType } ? S : never;

/** A query as a caller writes it: numbers may be given as numbers (the wire carries them as digits). */
type QueryInput<S extends z.ZodMiniType> = { [K in keyof z.input<S>]: z.input<S>[K] | (string extends z.input<S>[K] ? number : never) };

/** A body as a caller may hold it: the client never changes it, so readonly arrays are fine. */
type ReadonlyInput<T> = T extends readonly (infer U)[]
  ? readonly ReadonlyInput<U>[]
  : T extends object
    ? { readonly [K in keyof T]: ReadonlyInput<T[K]> }
    : T;

/** What one call of endpoint N takes: its path parameters, query and body, each typed from the schema the route validates with. */
export type EndpointInput<N extends EndpointName> = (SchemaAt<Endpoints[N], 'params'> extends never
  ? { params?: undefined }
  : { params: z.input<SchemaAt<Endpoints[N], 'params'>> }) &
  (SchemaAt<Endpoints[N], 'query'> extends never
    ? { query?: undefined }
    : // The reports page builds its query from its own period choice (extension/reports/request.ts).
      { query?: QueryInput<SchemaAt<Endpoints[N], 'query'>> | URLSearchParams }) &
  (SchemaAt<Endpoints[N], 'body'> extends never ? { body?: undefined } : { body: ReadonlyInput<z.input<SchemaAt<Endpoints[N], 'body'>>> });

/** What endpoint N answers on success (any of its success statuses), as its schema parses it. */
export type EndpointOutput<N extends EndpointName> = z.output<Endpoints[N]['responses'][keyof Endpoints[N]['responses']]>;

/**
 * The path and query string of a call: `{id}` filled in (encoded), query values in the order
 * given, undefined ones left out.
 */
export function endpointTarget(
  endpoint: Pick<Endpoint, 'path'>,
  input: { params?: Record<string, unknown>; query?: Record<string, unknown> | URLSearchParams },
): string {
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = input.params?.[name];
    if (value === undefined) throw new Error(`path parameter ${name} missing for ${endpoint.path}`);
    return encodeURIComponent(String(value));
  });
  const query =
    input.query instanceof URLSearchParams
      ? input.query
      : new URLSearchParams(
          Object.entries(input.query ?? {}).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])),
        );
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
