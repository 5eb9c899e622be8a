// Limits on hostile or broken requests. Each rejection happens before any resolver or SQL runs
// and says which limit was hit.
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import { GraphQLError, Kind, NoSchemaIntrospectionCustomRule, type ValueNode, visit } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Env } from "../../infra/env.js";
import { MAX_PAGE_SIZE } from "../../schema/builder.js";
import { readPersistedOperations } from "../persisted-operations.js";
import { requestIdOf } from "./error-reporting.js";
import { useRateLimits } from "./rate-limits.js";

export const LIMITS = { maxDepth: 20, maxAliases: 15, maxTokens: 4_000, maxDirectives: 10 } as const;

/**
 * Refuses bodies over the limit by their Content-Length, before reading them. A chunked body
 * has no length to check, so it must declare one (411).
 */
function useBodySizeLimit(maxBytes: number): Plugin {
  const refuse = (
    status: number,
    code: string,
    message: string,
    request: Request,
    Response: typeof globalThis.Response,
  ) =>
    new Response(JSON.stringify({ errors: [{ message, extensions: { code, requestId: requestIdOf(request) } }] }), {
      status,
      headers: { "content-type": "application/json" },
    });
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get("content-length") ?? 0);
      if (length > maxBytes) {
        endResponse(
          refuse(
            413,
            "PAYLOAD_TOO_LARGE",
            `Request body of ${length} bytes exceeds the limit of ${maxBytes} bytes`,
            request,
            fetchAPI.Response,
          ),
        );
      } else if (request.headers.get("transfer-encoding")?.includes("chunked")) {
        endResponse(
          refuse(
            411,
            "LENGTH_REQUIRED",
            "Send the request body with a Content-Length header, not chunked",
            request,
            fetchAPI.Response,
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
        node.kind === Kind.INT
          ? Number(node.value)
          : node.kind === Kind.VARIABLE
            ? variables[node.name.value]
            : undefined;
      let problem: string | undefined;
      visit(args.document, {
        Argument(node) {
          if (problem || (node.name.value !== "first" && node.name.value !== "last")) return;
          const value = argumentValue(node.value);
          if (typeof value === "number" && value > MAX_PAGE_SIZE)
            problem = `"${node.name.value}: ${value}" exceeds the page-size cap of ${MAX_PAGE_SIZE}; page with cursors instead`;
        },
      });
      if (problem)
        setResultAndStopExecution({
          errors: [new GraphQLError(problem, { extensions: { code: "PAGE_SIZE_EXCEEDED", limit: "pageSize" } })],
        });
    },
  };
}

function useIntrospectionSwitch(enabled: boolean): Plugin {
  return enabled ? {} : { onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) };
}

function usePersistedOperationsFrom(file: string): Plugin {
  const operations = readPersistedOperations(file);
  return usePersistedOperations({
    getPersistedOperation: (hash) => operations.get(hash) ?? null,
    allowArbitraryOperations: false,
  });
}

/**
 * graphql-armor's refusals carry no code; each is raised again with the one the cost limit uses
 * and the name of the limit, so clients can tell them from other errors without reading messages.
 */
function refusedWithCode(limit: keyof typeof LIMITS extends `max${infer Name}` ? Lowercase<Name> : never) {
  return {
    onReject: [
      (_context: unknown, error: GraphQLError) => {
        throw new GraphQLError(error.message, { extensions: { code: "QUERY_TOO_COMPLEX", limit } });
      },
    ],
  };
}

export function hardeningPlugins(env: Env): Plugin[] {
  return [
    useBodySizeLimit(env.MAX_BODY_BYTES),
    // A JSON content type already forces a browser preflight; simple requests need this header.
    useCSRFPrevention({ requestHeaders: ["x-graphql-yoga-csrf"] }),
    ...(env.PERSISTED_OPERATIONS_FILE ? [usePersistedOperationsFrom(env.PERSISTED_OPERATIONS_FILE)] : []),
    useIntrospectionSwitch(env.INTROSPECTION),
    EnvelopArmorPlugin({
      maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, ...refusedWithCode("depth") },
      maxAliases: { n: LIMITS.maxAliases, ...refusedWithCode("aliases") },
      maxTokens: { n: LIMITS.maxTokens, ...refusedWithCode("tokens") },
      maxDirectives: { n: LIMITS.maxDirectives, ...refusedWithCode("directives") },
      costLimit: { enabled: false }, // cost is counted by the Pothos complexity plugin, with page sizes
      blockFieldSuggestion: { enabled: true },
    }) as Plugin,
    usePageSizeCap(),
    useRateLimits(env) as Plugin,
  ];
}
