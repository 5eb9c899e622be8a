// Per-caller limits on writes and searches. A caller is its API key, else its client address
// (X-Forwarded-For only when TRUST_PROXY says a proxy sets it). Counters live in Redis when
// REDIS_URL is set, so several server processes share them; in memory otherwise.
import { GraphQLError, getOperationAST, Kind } from "graphql";
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
      const [[, count]] = (await redis.multi().incrby(`accord:rate:${key}`, amount).pexpire(`accord:rate:${key}`, WINDOW_MS, "NX").exec()) as [[null, number]];
      return count;
    },
  };
}

export function useRateLimits(env: Env): Plugin<Context> {
  const counter = env.REDIS_URL ? redisCounter(env.REDIS_URL) : memoryCounter();
  const limits = { writes: env.RATE_LIMIT_WRITES_PER_MINUTE, searches: env.RATE_LIMIT_SEARCHES_PER_MINUTE };
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const rootFields = operation.selectionSet.selections.filter((selection) => selection.kind === Kind.FIELD);
      const [kind, amount] =
        operation.operation === "mutation"
          ? (["writes", rootFields.length] as const)
          : (["searches", rootFields.filter((f) => f.name.value === "search").length] as const);
      if (amount === 0) return;
      const caller = callerKeyOf(args.contextValue as Context, env.TRUST_PROXY);
      const count = await counter.add(`${kind}:${caller}`, amount);
      if (count > limits[kind]) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(`Rate limit: at most ${limits[kind]} ${kind} a minute per caller; retry in a minute`, {
              extensions: { code: "RATE_LIMITED", limit: kind, http: { status: 429, headers: { "retry-after": "60" } } },
            }),
          ],
        });
      }
    },
  };
}
