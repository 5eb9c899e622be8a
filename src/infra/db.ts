// The one Prisma client. Prisma runs without native engines here: its query compiler is
// WASM and talks to PostgreSQL through the pg driver adapter, over a pool we own so that a
// dropped connection (a database restart) is logged instead of crashing the process.
// With DATABASE_REPLICA_URLS, `db` sends reads to replicas and everything else to the primary
// (src/infra/replicas.ts says which read goes where).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { DataChangeFeed } from "./data-changes.js";
import { poolConfigFromUrl } from "./db-url.js";
import { env } from "./env.js";
import { logger } from "./logger.js";
import { type Replica, ReplicaRouter, type ReplicaState } from "./replicas.js";

export { onPrimary } from "./replicas.js";

if (!env.DATABASE_URL) {
  throw new Error("DATABASE_URL is not set: start Accord with `npm start`, which provides one");
}

const poolSettings: pg.PoolConfig = {
  max: env.DB_POOL_MAX,
  // How long a request queues for a connection (busy pool, or a database that does not answer)
  // before it is told SERVICE_UNAVAILABLE; a database that refuses connections fails at once.
  connectionTimeoutMillis: env.DB_POOL_TIMEOUT_MS,
  idleTimeoutMillis: 30_000,
  statement_timeout: env.DB_STATEMENT_TIMEOUT_MS,
  // No JIT: a compiled read's statement is large, and a filter whose estimate passes jit_above_cost
  // (the README's Japan–China question at scale 1) spent 10.7 of its 12.3 s compiling ~1,000 functions.
  options: "-c jit=off",
};

/** The primary's pool: writes, and raw SQL that must see the latest data. */
export const pool = new pg.Pool({ ...poolConfigFromUrl(env.DATABASE_URL), ...poolSettings });
pool.on("error", (error: Error & { code?: string }) =>
  logger.warn(
    { error: error.message, code: error.code },
    "an idle database connection failed; the pool will replace it",
  ),
);

// A connection that is checked out (a transaction between two statements) has no listener of
// the pool's; an error arriving on it then, such as the database shutting down, would crash the
// process. Its pending query fails anyway (SERVICE_UNAVAILABLE) and the pool drops it on release.
pool.on("connect", (client) => client.on("error", () => {}));

/**
 * Prisma hands a transaction's connection back to the pool only after a COMMIT (or ROLLBACK)
 * that succeeded: one refused at commit (a deferred constraint) or cut off by a lost connection
 * held its pool slot for good. This adapter hands it back either way, as broken: the pool closes
 * it rather than lend out a connection whose state is unknown.
 */
class PrismaPgReleasingOnFailedEnd extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const transaction = await startTransaction(isolationLevel);
      const executeRaw = transaction.executeRaw.bind(transaction);
      transaction.executeRaw = async (query) => {
        try {
          return await executeRaw(query);
        } catch (error) {
          if (query.sql === "COMMIT" || query.sql === "ROLLBACK")
            (transaction as unknown as { client: pg.PoolClient }).client.release(error as Error);
          throw error;
        }
      };
      return transaction;
    };
    return adapter;
  }
}

const primary = new PrismaClient({
  adapter: new PrismaPgReleasingOnFailedEnd(pool),
  log: [{ emit: "event", level: "query" }],
  transactionOptions: { maxWait: 5_000, timeout: 30_000 },
});

/** Committed changes, from any writer; its own connection starts when something follows it. */
export const dataChanges = new DataChangeFeed(poolConfigFromUrl(env.DATABASE_LISTEN_URL ?? env.DATABASE_URL));

const router = env.DATABASE_REPLICA_URLS.length
  ? new ReplicaRouter(pool, env.DATABASE_REPLICA_URLS, {
      poolConfig: poolSettings,
      maxLagMs: env.REPLICA_MAX_LAG_MS,
      checkIntervalMs: env.REPLICA_CHECK_INTERVAL_MS,
    })
  : undefined;
if (router) {
  dataChanges.onChange(() => router.changed());
  dataChanges.start();
  router.start();
}

/** This server committed a write: replicas serve no reads until they have replayed it (its notification comes a moment later). */
export function writeCommitted(): void {
  router?.changed();
}

/** What each replica is doing (empty without replicas), for /ready and /metrics. */
export function replicaStates(): ReplicaState[] {
  return router?.states() ?? [];
}

/** Operations that only read; raw queries outside a transaction are reads in this code base ($executeRaw writes). */
const READ_OPERATIONS = new Set([
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "findUnique",
  "findUniqueOrThrow",
  "groupBy",
  "aggregate",
  "count",
  "$queryRaw",
]);

/** Answers, not failures of the server that gave them: repeating them on the primary would change nothing. */
function isAnswer(error: unknown): boolean {
  return (
    (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") ||
    error instanceof Prisma.PrismaClientValidationError
  );
}

function runOn(replica: Replica, model: string | undefined, operation: string, args: unknown): Promise<unknown> {
  const target = (model ? (replica.client as unknown as Record<string, unknown>)[model] : replica.client) as Record<
    string,
    (args: unknown) => Promise<unknown>
  >;
  return (target[operation] as (args: unknown) => Promise<unknown>).call(target, args);
}

function routed(router: ReplicaRouter): typeof primary {
  const client = primary.$extends({
    query: {
      async $allOperations(params) {
        const { args, model, operation, query } = params;
        const inTransaction = Boolean(
          (params as unknown as { __internalParams?: { transaction?: unknown } }).__internalParams?.transaction,
        );
        const replica = inTransaction || !READ_OPERATIONS.has(operation) ? undefined : router.pick();
        if (!replica) return query(args);
        try {
          return await runOn(replica, model, operation, args);
        } catch (error) {
          if (isAnswer(error)) throw error;
          router.readFailed(replica, error);
          return query(args);
        }
      },
    },
  });
  // Statement listeners ($on) hear every server: the extended client has no $on of its own.
  const onAll = (event: "query", listener: (event: Prisma.QueryEvent) => void) => {
    primary.$on(event, listener);
    for (const replica of router.replicas) replica.client.$on(event, listener);
  };
  // A proxy over a plain object: Prisma's own proxy does not allow answering $on differently.
  return new Proxy(
    {},
    {
      get(_target, property) {
        if (property === "$on") return onAll;
        const value = Reflect.get(client, property);
        return typeof value === "function" ? value.bind(client) : value;
      },
    },
  ) as unknown as typeof primary;
}

/** The client everything uses: reads may go to a replica, writes and transactions go to the primary. */
export const db: typeof primary = router ? routed(router) : primary;

/**
 * A connection for raw-SQL reads (exports, the compiled read path), routed like `db`'s reads:
 * a replica's when one may serve, else the primary's; a replica that refuses is skipped.
 * Release it when done.
 */
export async function connectForRead(): Promise<pg.PoolClient> {
  const replica = router?.pick();
  if (!replica) return pool.connect();
  try {
    return await replica.pool.connect();
  } catch (error) {
    router?.readFailed(replica, error);
    return pool.connect();
  }
}

/** One raw-SQL read, routed like `db`'s reads; a replica failure repeats it on the primary. */
export async function queryForRead<Row extends pg.QueryResultRow>(
  text: string | pg.QueryConfig,
  values: unknown[] = [],
): Promise<pg.QueryResult<Row>> {
  const replica = router?.pick();
  if (!replica) return pool.query<Row>(text, values);
  try {
    return await replica.pool.query<Row>(text, values);
  } catch (error) {
    if ((error as { code?: string }).code?.match(/^(22|23|42)/)) throw error; // the statement's own fault
    router?.readFailed(replica, error);
    return pool.query<Row>(text, values);
  }
}

/** Closes the clients, the pools we own (Prisma does not end a pool it was given) and the change feed. */
export async function closeDb(): Promise<void> {
  await dataChanges.stop();
  await router?.stop();
  await primary.$disconnect();
  await endPool(pool);
}

/**
 * pool.end(), resolved only when every connection has closed: pg-pool's own promise resolves as soon
 * as it has asked them to, and a database stopped right after would still find them open and cut
 * them off ("terminating connection due to administrator command", logged as a failed connection).
 */
async function endPool(target: pg.Pool): Promise<void> {
  let open = target.totalCount;
  const closed = new Promise<void>((resolve) => {
    if (open === 0) resolve();
    target.on("remove", () => {
      if (--open <= 0) resolve();
    });
  });
  await target.end();
  await closed;
}

export type Db = typeof db;
export type Transaction = Prisma.TransactionClient;
