// Per-caller limits on writes and searches. A caller is its API key, else its client address
// (X-Forwarded-For only when TRUST_PROXY says a proxy sets it). Counters live in Redis when
// REDIS_URL is set, so several server processes share them; in memory otherwise.
import { collectFields } from "@graphql-tools/utils";
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  Kind,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { Redis } from "ioredis";
import type { Env } from "../../infra/env.js";
import { type Context, callerKeyOf } from "../context.js";

const WINDOW_MS = 60_000;

interface Counter {
  /** Adds `amount` to the key's count in the current window and returns the new count. */
  add(key: string, amount: number): Promise<number>;
}

function memoryCounter(): Counter {
  const windows = new Map<string, { count: number; resetsAt: number }>();
  return {
    async add(key, amount) {
      const now = Date.now();
      const window = windows.get(key);
      if (!window || window.resetsAt <= now) {
        for (const [old, value] of windows) if (value.resetsAt <= now) windows.delete(old);
        windows.set(key, { count: amount, resetsAt: now + WINDOW_MS });
        return amount;
      }
      window.count += amount;
      return window.count;
    },
  };
}

function redisCounter(url: string): Counter {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  return {
    async add(key, amount) {
      const [[, count]] = (await redis
        .multi()
        .incrby(`accord:rate:${key}`, amount)
        .pexpire(`accord:rate:${key}`, WINDOW_MS, "NX")
        .exec()) as [[null, number]];
      return count;
    },
  };
}

/**
 * What an operation spends: one write per mutation root field, one search per `search` root
 * field, counted as execution sees them (graphql-js collectFields): fields inside fragments and
 * inline fragments count, each alias counts, and fields skipped by @skip/@include do not.
 */
function countedRootFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
) {
  const operation = getOperationAST(document, operationName);
  const rootType = operation && schema.getRootType(operation.operation);
  if (!operation || !rootType) return undefined;
  const fragments: Record<string, FragmentDefinitionNode> = Object.create(null);
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  const executed = [...collectFields(schema, fragments, variables, rootType, operation.selectionSet).fields.values()];
  if (operation.operation === "mutation") return ["writes", executed.length] as const;
  return ["searches", executed.filter(([field]) => field?.name.value === "search").length] as const;
}

export function useRateLimits(env: Env): Plugin<Context> {
  const counter = env.REDIS_URL ? redisCounter(env.REDIS_URL) : memoryCounter();
  const limits = { writes: env.RATE_LIMIT_WRITES_PER_MINUTE, searches: env.RATE_LIMIT_SEARCHES_PER_MINUTE };
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const counted = countedRootFields(args.schema, args.document, args.operationName, args.variableValues ?? {});
      if (!counted) return;
      const [kind, amount] = counted;
      if (amount === 0) return;
      const caller = callerKeyOf(args.contextValue as Context, env.TRUST_PROXY);
      const count = await counter.add(`${kind}:${caller}`, amount);
      if (count > limits[kind]) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(`Rate limit: at most ${limits[kind]} ${kind} a minute per caller; retry in a minute`, {
              extensions: {
                code: "RATE_LIMITED",
                limit: kind,
                http: { status: 429, headers: { "retry-after": "60" } },
              },
            }),
          ],
        });
      }
    },
  };
}
