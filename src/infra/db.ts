// The one Prisma client. Prisma runs without native engines here: its query compiler is
// WASM and talks to PostgreSQL through the pg driver adapter, over a pool we own so that a
// dropped connection (a database restart) is logged instead of crashing the process.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { type Prisma, PrismaClient } from "../generated/prisma/client.js";
import { DataChangeFeed } from "./data-changes.js";
import { poolConfigFromUrl } from "./db-url.js";
import { env } from "./env.js";
import { logger } from "./logger.js";

if (!env.DATABASE_URL) {
  throw new Error("DATABASE_URL is not set: start Accord with `npm start`, which provides one");
}

export const pool = new pg.Pool({
  ...poolConfigFromUrl(env.DATABASE_URL),
  max: env.DB_POOL_MAX,
  // How long a request queues for a connection (busy pool, or a database that does not answer)
  // before it is told SERVICE_UNAVAILABLE; a database that refuses connections fails at once.
  connectionTimeoutMillis: env.DB_POOL_TIMEOUT_MS,
  idleTimeoutMillis: 30_000,
  statement_timeout: env.DB_STATEMENT_TIMEOUT_MS,
});
pool.on("error", (error: Error & { code?: string }) =>
  logger.warn({ error: error.message, code: error.code }, "an idle database connection failed; the pool will replace it"),
);

// A connection that is checked out (a transaction between two statements) has no listener of
// the pool's; an error arriving on it then, such as the database shutting down, would crash the
// process. Its pending query fails anyway (SERVICE_UNAVAILABLE) and the pool drops it on release.
pool.on("connect", (client) => client.on("error", () => {}));

export const db = new PrismaClient({
  adapter: new PrismaPg(pool),
  log: [{ emit: "event", level: "query" }],
  transactionOptions: { maxWait: 5_000, timeout: 30_000 },
});

/** Committed changes, from any writer; its own connection starts when something follows it. */
export const dataChanges = new DataChangeFeed(poolConfigFromUrl(env.DATABASE_LISTEN_URL ?? env.DATABASE_URL));

/** Closes the client, the pool we own (Prisma does not end a pool it was given) and the change feed. */
export async function closeDb(): Promise<void> {
  await dataChanges.stop();
  await db.$disconnect();
  await pool.end();
}

export type Db = typeof db;
export type Transaction = Prisma.TransactionClient;
