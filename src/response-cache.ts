// Whole query responses, cached in memory and served without touching the database until the
// data changes. A cached response is keyed by the data generation it was read at: every
// committed change, seen through PostgreSQL notifications from any writer (src/data-changes.ts)
// or right after this server's own mutations, moves the generation on and drops the cache, so no
// response outlives the data it was read from. While notifications are not arriving, nothing is
// cached or served from the cache. Each server keeps its own cache; they share nothing but the
// database, so the server stays stateless.
import { defaultBuildResponseCacheKey } from "@envelop/response-cache";
import { type Cache, createInMemoryCache, useResponseCache } from "@graphql-yoga/plugin-response-cache";
import { getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import { dataChanges } from "./db.js";
import type { Env } from "./env.js";

const generationOf = (key: string) => Number(key.slice(0, key.indexOf(":")));

export function responseCachePlugins(env: Env): Plugin[] {
  if (env.RESPONSE_CACHE_ENTRIES === 0) return [];
  dataChanges.start();
  const newStore = () => createInMemoryCache({ max: env.RESPONSE_CACHE_ENTRIES });
  let store = newStore();
  dataChanges.onChange(() => {
    store = newStore();
  });
  const cache: Cache = {
    get: (key) => store.get(key),
    // A response read before the latest change may hold old data: it is not kept.
    set: (key, ...rest) => (generationOf(key) === dataChanges.generation ? store.set(key, ...rest) : undefined),
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
