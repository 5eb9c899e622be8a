// The one Prisma client. Prisma runs without native engines here: its query compiler is
// WASM and talks to PostgreSQL through the pg driver adapter.
import { PrismaPg } from "@prisma/adapter-pg";
import { poolConfigFromUrl } from "./db-url.js";
import { env } from "./env.js";
import { type Prisma, PrismaClient } from "./generated/prisma/client.js";

if (!env.DATABASE_URL) {
  throw new Error("DATABASE_URL is not set: start Accord with `npm start`, which provides one");
}

const adapter = new PrismaPg({
  ...poolConfigFromUrl(env.DATABASE_URL),
  max: env.DB_POOL_MAX,
  connectionTimeoutMillis: 5_000,
  idleTimeoutMillis: 30_000,
  statement_timeout: env.DB_STATEMENT_TIMEOUT_MS,
});

export const db = new PrismaClient({
  adapter,
  log: [{ emit: "event", level: "query" }],
  transactionOptions: { maxWait: 5_000, timeout: 30_000 },
});

export type Db = typeof db;
export type Transaction = Prisma.TransactionClient;
