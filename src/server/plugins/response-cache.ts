// Whole query responses, cached in memory and served without touching the database until the
// data changes. A cached response is keyed by the data generation it was read at: every
// committed change, seen through PostgreSQL notifications from any writer (src/infra/data-changes.ts)
// or right after this server's own mutations, moves the generation on and drops the cache, so no
// response outlives the data it was read from. While notifications are not arriving, nothing is
// cached or served from the cache. Each server keeps its own cache; they share nothing but the
// database, so the server stays stateless.
import { defaultBuildResponseCacheKey } from "@envelop/response-cache";
import { type Cache, useResponseCache } from "@graphql-yoga/plugin-response-cache";
import { getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import { LRUCache } from "lru-cache";
import { Counter, Gauge } from "prom-client";
import { dataChanges } from "../../infra/db.js";
import type { Env } from "../../infra/env.js";

type CachedResult = NonNullable<Awaited<ReturnType<Cache["get"]>>>;

const generationOf = (key: string) => Number(key.slice(0, key.indexOf(":")));

export function responseCachePlugins(env: Env): Plugin[] {
  if (env.RESPONSE_CACHE_MB === 0) return [];
  dataChanges.start();
  // Bounded by size, not by count: one page of 100 nested meetings weighs as much as 500 lookups.
  const store = new LRUCache<string, { result: CachedResult; size: number }>({
    maxSize: env.RESPONSE_CACHE_MB * 1024 * 1024,
    sizeCalculation: (entry) => entry.size,
  });
  dataChanges.onChange(() => store.clear());
  const lookups = new Counter({ name: "accord_response_cache_lookups_total", help: "Response cache lookups, by result.", labelNames: ["result"] });
  new Gauge({
    name: "accord_response_cache_bytes",
    help: "JSON size of the responses the cache holds.",
    collect() {
      this.set(store.calculatedSize);
    },
  });
  const cache: Cache = {
    get: (key) => {
      const entry = store.get(key);
      lookups.inc({ result: entry ? "hit" : "miss" });
      return entry?.result;
    },
    set: (key, result, _entities, ttl) => {
      // A response read before the latest change may hold old data: it is not kept.
      if (generationOf(key) !== dataChanges.generation) return;
      // Weighed by its JSON; one bigger than the whole budget is not kept.
      store.set(key, { result: result as CachedResult, size: JSON.stringify(result).length }, { ttl });
    },
    invalidate: () => dataChanges.changed(),
  };
  return [
    useResponseCache({
      cache,
      // Reads return the same data to every caller; only writes need credentials.
      session: () => null,
      enabled: () => dataChanges.following,
      ttl: env.RESPONSE_CACHE_TTL_SECONDS * 1000,
      // Invalidation is by generation, not by entity: no ids need collecting from results.
      idFields: [],
      invalidateViaMutation: false,
      buildResponseCacheKey: async (params) => `${dataChanges.generation}:${await defaultBuildResponseCacheKey(params)}`,
    }),
    {
      // Read-your-writes on this server: the notification for a mutation's commit arrives a
      // moment after its response would have been sent.
      onExecute({ args }) {
        if (getOperationAST(args.document, args.operationName)?.operation !== "mutation") return;
        return { onExecuteDone: () => dataChanges.changed() };
      },
    },
  ];
}
