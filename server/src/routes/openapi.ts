import { Hono } from 'hono';
import { buildOpenApiDocument } from '../../../shared';
import type { AppEnv } from '../types';

/** Built on the first request of an isolate: the table does not change while the Worker runs. */
let document: ReturnType<typeof buildOpenApiDocument> | undefined;

/**
 * The OpenAPI 3.1 document of this API, for other systems to build on. Public like /health:
 * it describes the API, it holds no organisation's data.
 */
export const openApiRoutes = new Hono<AppEnv>().get('/', (c) => {
  document ??= buildOpenApiDocument();
  return c.json(document, 200);
});
