// Limits on hostile or broken requests. Each rejection happens before any resolver or SQL runs
// and says which limit was hit.
import { readFileSync } from "node:fs";
import { InMemoryStore, RedisStore, useRateLimiter } from "@envelop/rate-limiter";
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import { GraphQLError, Kind, NoSchemaIntrospectionCustomRule, type ValueNode, visit } from "graphql";
import type { Plugin } from "graphql-yoga";
import { Redis } from "ioredis";
import type { Context } from "./context.js";
import type { Env } from "./env.js";
import { MAX_PAGE_SIZE } from "./schema/builder.js";

export const LIMITS = { maxDepth: 20, maxAliases: 15, maxTokens: 4_000, maxDirectives: 10 } as const;

/** Refuses bodies over the limit by their Content-Length, before reading them. */
function useBodySizeLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get("content-length") ?? 0);
      if (length > maxBytes) {
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({
              errors: [{ message: `Request body of ${length} bytes exceeds the limit of ${maxBytes} bytes`, extensions: { code: "PAYLOAD_TOO_LARGE" } }],
            }),
            {
              status: 413,
              headers: { "content-type": "application/json" },
            },
          ),
        );
      }
    },
  };
}

/** `first`/`last` above the cap is an error rather than a silently shorter page. */
function usePageSizeCap(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const argumentValue = (node: ValueNode): unknown =>
        node.kind === Kind.INT ? Number(node.value) : node.kind === Kind.VARIABLE ? variables[node.name.value] : undefined;
      let problem: string | undefined;
      visit(args.document, {
        Argument(node) {
          if (problem || (node.name.value !== "first" && node.name.value !== "last")) return;
          const value = argumentValue(node.value);
          if (typeof value === "number" && value > MAX_PAGE_SIZE)
            problem = `"${node.name.value}: ${value}" exceeds the page-size cap of ${MAX_PAGE_SIZE}; page with cursors instead`;
        },
      });
      if (problem) setResultAndStopExecution({ errors: [new GraphQLError(problem, { extensions: { code: "PAGE_SIZE_EXCEEDED", limit: "pageSize" } })] });
    },
  };
}

function useIntrospectionSwitch(enabled: boolean): Plugin {
  return enabled ? {} : { onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) };
}

/** Writes and searches are limited per API key (per client address when anonymous). */
function useRateLimits(env: Env): Plugin {
  const store = env.REDIS_URL ? new RedisStore(new Redis(env.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 1 })) : new InMemoryStore();
  return useRateLimiter({
    identifyFn: (context) => {
      const ctx = context as Context & { request?: Request };
      return ctx.caller?.apiKeyId ?? ctx.request?.headers.get("x-forwarded-for") ?? "anonymous";
    },
    store,
    transformError: (message) => new GraphQLError(message, { extensions: { code: "RATE_LIMITED", limit: "rate" } }),
    configByField: [
      {
        type: "Mutation",
        field: "*",
        max: env.RATE_LIMIT_WRITES_PER_MINUTE,
        window: "1m",
        message: `Rate limit: at most ${env.RATE_LIMIT_WRITES_PER_MINUTE} writes a minute per caller`,
      },
      {
        type: "Query",
        field: "search",
        max: env.RATE_LIMIT_SEARCHES_PER_MINUTE,
        window: "1m",
        message: `Rate limit: at most ${env.RATE_LIMIT_SEARCHES_PER_MINUTE} searches a minute per caller`,
      },
    ],
  }) as Plugin;
}

function usePersistedOperationsFrom(file: string): Plugin {
  const operations = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  return usePersistedOperations({ getPersistedOperation: (hash) => operations[hash] ?? null, allowArbitraryOperations: false });
}

export function hardeningPlugins(env: Env): Plugin[] {
  return [
    useBodySizeLimit(env.MAX_BODY_BYTES),
    useCSRFPrevention({ requestHeaders: ["x-graphql-yoga-csrf", "content-type", "authorization"] }),
    ...(env.PERSISTED_OPERATIONS_FILE ? [usePersistedOperationsFrom(env.PERSISTED_OPERATIONS_FILE)] : []),
    useIntrospectionSwitch(env.INTROSPECTION),
    EnvelopArmorPlugin({
      maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true },
      maxAliases: { n: LIMITS.maxAliases },
      maxTokens: { n: LIMITS.maxTokens },
      maxDirectives: { n: LIMITS.maxDirectives },
      costLimit: { enabled: false }, // cost is counted by the Pothos complexity plugin, with page sizes
      blockFieldSuggestion: { enabled: true },
    }) as Plugin,
    usePageSizeCap(),
    useRateLimits(env),
  ];
}
