// Whole query responses, cached in memory and served without touching the database until a
// change that can affect them is committed. Every committed change, from any writer, arrives as a
// PostgreSQL notification naming the table, the operation and the rows (src/infra/data-changes.ts).
// A change drops every cached response that read its table, except that an UPDATE or DELETE of
// known rows spares entity-scoped responses holding none of them (src/server/plugins/cache-dependencies.ts
// says which those are). A response computed while a table it read changed is not kept. While
// notifications are not arriving, nothing is cached or served from the cache. Before a lookup, the
// cache catches up with every change committed so far (one NOTIFY round trip shared by concurrent
// requests), so a write acknowledged by any server is seen by the next read on every server.
// Each server keeps its own cache; they share nothing but the database, so it stays stateless.
import { type Cache, useResponseCache } from "@graphql-yoga/plugin-response-cache";
import { getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import { Counter, Gauge } from "prom-client";
import { dataChanges } from "../../infra/db.js";
import type { Env } from "../../infra/env.js";
import { nodeTypenames } from "../../schema/global-id.js";
import { operationDependencies, recordingTables, TABLES, tableOf, withViewSources } from "./cache-dependencies.js";
import { ResponseStore } from "./response-store.js";

type CachedResult = NonNullable<Awaited<ReturnType<Cache["get"]>>>;

/** What an execution read, kept until the response cache decides whether to store its result. */
interface Reading {
  tables: Set<string>;
  entityScoped: boolean;
  /** The feed's generation when the execution began. */
  readAt: number;
}

const modelsByTable = new Map(
  [...TABLES].map((table) => [
    table,
    table.replace(/(^|_)([a-z])/g, (_, _sep, letter: string) => letter.toUpperCase()),
  ]),
);

export function responseCachePlugins(env: Env): Plugin[] {
  if (env.RESPONSE_CACHE_MB === 0) return [];
  dataChanges.start();
  const store = new ResponseStore(env.RESPONSE_CACHE_MB * 1024 * 1024, (table) => {
    const model = modelsByTable.get(table);
    return model && nodeTypenames.has(model) ? model : undefined;
  });
  dataChanges.onChange((change) => store.invalidate(change, dataChanges.generation));
  const lookups = new Counter({
    name: "accord_response_cache_lookups_total",
    help: "Response cache lookups, by result.",
    labelNames: ["result"],
  });
  new Gauge({
    name: "accord_response_cache_bytes",
    help: "JSON size of the responses the cache holds.",
    collect() {
      this.set(store.bytes);
    },
  });
  const readings = new WeakMap<object, Reading>();
  const cache: Cache = {
    // First every change committed before this request arrived, through any server, reaches the
    // store: a write acknowledged by another server is never answered from an older response.
    get: async (key) => {
      await dataChanges.caughtUp();
      const result = store.get(key) as CachedResult | undefined;
      lookups.inc({ result: result ? "hit" : "miss" });
      return result;
    },
    set: (key, result, entities, ttl) => {
      const reading = readings.get(result);
      if (!reading) return;
      const tables = withViewSources(new Set(reading.tables));
      const records = new Set<string>();
      for (const entity of entities) {
        if (TABLES.has(tableOf(entity.typename))) tables.add(tableOf(entity.typename));
        if (entity.id !== undefined) records.add(`${entity.typename}:${entity.id}`);
      }
      store.set(key, { result, tables, entities: reading.entityScoped ? records : null }, reading.readAt, ttl);
    },
    // Invalidation comes from the change feed, not from mutation results (invalidateViaMutation is off).
    invalidate: () => undefined,
  };
  return [
    {
      // Records what each query execution reads. Before useResponseCache, so that its execute
      // function (run on a cache miss) is this one.
      onExecute({ args, executeFn, setExecuteFn }) {
        if (getOperationAST(args.document, args.operationName)?.operation !== "query") return;
        setExecuteFn(async (executionArgs) => {
          const reading: Reading = { tables: new Set(), readAt: dataChanges.generation, entityScoped: false };
          const dependencies = operationDependencies(executionArgs.schema, executionArgs.document);
          for (const table of dependencies.tables) reading.tables.add(table);
          reading.entityScoped = dependencies.entityScoped;
          const result = await recordingTables(reading.tables, () => executeFn(executionArgs));
          if (typeof result === "object" && result !== null) readings.set(result, reading);
          return result;
        });
      },
    },
    useResponseCache({
      cache,
      // Reads return the same data to every caller; only writes need credentials.
      session: () => null,
      enabled: () => dataChanges.following,
      ttl: env.RESPONSE_CACHE_TTL_SECONDS * 1000,
      invalidateViaMutation: false,
    }),
    {
      // Read-your-writes on this server: a mutation's response waits until the notifications of
      // its commit (and of everything its triggers wrote) have reached this server's cache.
      onExecute({ args }) {
        if (getOperationAST(args.document, args.operationName)?.operation !== "mutation") return;
        return {
          onExecuteDone: () => dataChanges.caughtUp(),
        };
      },
    },
  ];
}
