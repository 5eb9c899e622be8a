// Builds the GraphQL server object; src/index.ts is the only file that listens.
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { type CORSOptions, createYoga, useReadinessCheck } from "graphql-yoga";
import { useExplorer } from "../explorer/serve.js";
import { db, onPrimary, replicaStates } from "../infra/db.js";
import { env } from "../infra/env.js";
import { logger } from "../infra/logger.js";
import { authenticate } from "../modules/auth/api-key.service.js";
import { useExports } from "../modules/export/export.routes.js";
import { endSubscriptions } from "../modules/shared/live-changes.js";
import { schema } from "../schema/index.js";
import type { Context } from "./context.js";
import { GRAPHIQL_DEFAULT_QUERY } from "./graphiql-examples.js";
import { useCompiledReads } from "./plugins/compiled-reads.js";
import { isDatabaseUnavailable, maskError, requestIdOf, useErrorReporting } from "./plugins/error-reporting.js";
import { hardeningPlugins } from "./plugins/hardening.js";
import { useInputLimits } from "./plugins/input-limits.js";
import { useMetrics } from "./plugins/metrics.js";
import { useReadRouting } from "./plugins/read-routing.js";
import { useReferences } from "./plugins/references.js";
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

/**
 * Browsers may call the API from any origin (or only from CORS_ORIGINS when set), never with
 * credentials: reads are public and writes carry an API key in the Authorization header, so no
 * cookie is ever needed, and a site cannot ride on a visitor's session.
 */
function corsPolicy(request: Request): CORSOptions {
  const origin = request.headers.get("origin");
  if (env.CORS_ORIGINS.length > 0 && !(origin && env.CORS_ORIGINS.includes(origin))) return false;
  return {
    // "*" makes Yoga name the caller's origin back, which without credentials grants no more.
    origin: env.CORS_ORIGINS.length > 0 && origin ? origin : "*",
    credentials: false,
    methods: ["GET", "POST"],
    allowedHeaders: ["content-type", "authorization", "x-request-id", "x-graphql-yoga-csrf", "if-none-match"],
    exposedHeaders: ["x-request-id", "etag", "retry-after"],
    maxAge: 600,
  };
}

export const yoga = createYoga<Record<string, never>, Context>({
  schema,
  context: async ({ request }) => {
    const requestId = requestIdOf(request);
    try {
      return { requestId, ...(await authenticateOrExplain(request)) };
    } catch (error) {
      // Outside execution, so no resolver error log would name it.
      logger.error({ requestId, err: error }, "building the request context failed");
      throw error;
    }
  },
  cors: corsPolicy,
  // GraphiQL sends subscriptions as GET requests (SSE), which CSRF prevention refuses without its header.
  graphiql: {
    defaultQuery: GRAPHIQL_DEFAULT_QUERY,
    title: "Accord",
    additionalHeaders: { "x-graphql-yoga-csrf": "graphiql" },
  },
  // GraphiQL served from the package itself, not a CDN: it works offline and behind firewalls.
  renderGraphiQL,
  maskedErrors: { maskError },
  logging: false,
  plugins: [
    useErrorReporting(),
    useMetrics(env),
    ...tracingPlugins(env),
    ...hardeningPlugins(env),
    useInputLimits(),
    // Before the response cache, which wraps the execute function it finds: cached answers skip it.
    useCompiledReads(env),
    // After the hardening plugins: persisted operations resolve their document before the cache key is built.
    ...responseCachePlugins(env),
    useReadRouting(),
    useReferences(),
    useReadinessCheck({
      endpoint: "/ready",
      // Ready when the primary answers; replicas are reported, not required (reads fall back).
      check: async ({ fetchAPI }) => {
        if (draining) return false;
        await onPrimary(() => db.$queryRaw`SELECT 1`);
        return fetchAPI.Response.json({ primary: "up", replicas: replicaStates() });
      },
    }),
    useExplorer(),
    useExports(),
  ],
});

let draining = false;

/** Makes /ready answer 503 so load balancers stop sending traffic before shutdown, and ends open subscriptions. */
export function startDraining(): void {
  draining = true;
  endSubscriptions();
}
