// Builds the GraphQL server object; src/index.ts is the only file that listens.
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { createYoga, useReadinessCheck } from "graphql-yoga";
import { useExplorer } from "../explorer/serve.js";
import { db } from "../infra/db.js";
import { env } from "../infra/env.js";
import { authenticate } from "../modules/auth/api-key.service.js";
import { useExports } from "../modules/export/export.routes.js";
import { schema } from "../schema/index.js";
import type { Context } from "./context.js";
import { GRAPHIQL_DEFAULT_QUERY } from "./graphiql-examples.js";
import { useCompiledReads } from "./plugins/compiled-reads.js";
import { isDatabaseUnavailable, maskError, requestIdOf, useErrorReporting } from "./plugins/error-reporting.js";
import { hardeningPlugins } from "./plugins/hardening.js";
import { useMetrics } from "./plugins/metrics.js";
import { responseCachePlugins } from "./plugins/response-cache.js";
import { tracingPlugins } from "./plugins/tracing.js";

// The nested lookup tests run; GraphiQL opens with it and the other examples.
export { EXAMPLE_QUERY } from "./graphiql-examples.js";

/** Reads stay available when the key cannot be checked; writes then say why they are refused. */
async function authenticateOrExplain(request: Request) {
  try {
    return await authenticate(request.headers);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return { caller: null, credentialProblem: null, authUnavailable: true };
  }
}

export const yoga = createYoga<Record<string, never>, Context>({
  schema,
  context: async ({ request }) => ({ requestId: requestIdOf(request), ...(await authenticateOrExplain(request)) }),
  graphiql: { defaultQuery: GRAPHIQL_DEFAULT_QUERY, title: "Accord" },
  // GraphiQL served from the package itself, not a CDN: it works offline and behind firewalls.
  renderGraphiQL,
  maskedErrors: { maskError },
  logging: false,
  plugins: [
    useErrorReporting(),
    useMetrics(),
    ...tracingPlugins(env),
    ...hardeningPlugins(env),
    // Before the response cache, which wraps the execute function it finds: cached answers skip it.
    useCompiledReads(env),
    // After the hardening plugins: persisted operations resolve their document before the cache key is built.
    ...responseCachePlugins(env),
    useReadinessCheck({
      endpoint: "/ready",
      check: async () => {
        if (draining) return false;
        await db.$queryRaw`SELECT 1`;
      },
    }),
    useExplorer(),
    useExports(),
  ],
});

let draining = false;

/** Makes /ready answer 503 so load balancers stop sending traffic before shutdown. */
export function startDraining(): void {
  draining = true;
}
