// Prisma CLI configuration. The CLI runs its schema engine as WASM through the pg driver
// adapter, because native engines cannot be downloaded on our machines (see README,
// "Migrations"). The adapter gets discrete fields: with a connection string, its shadow
// database helper would land on the real database.
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import { poolConfigFromUrl } from "./src/infra/db-url.js";

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * adapter-pg 7.10 runs a migration by splitting it on every ";", which breaks function
 * bodies and string literals. Sending the script whole lets PostgreSQL parse it, and as
 * one simple-protocol query it also runs in a single transaction.
 */
function runScriptsWhole(adapter: PgAdapter): PgAdapter {
  const reportAsPrismaError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script) => {
    await adapter.underlyingDriver().query(script).catch(reportAsPrismaError);
  };
  return adapter;
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL must be set for Prisma CLI commands");
    const factory = new PrismaPg(poolConfigFromUrl(url));
    const connect = factory.connect.bind(factory);
    const connectToShadowDb = factory.connectToShadowDb.bind(factory);
    factory.connect = async () => runScriptsWhole(await connect());
    factory.connectToShadowDb = async () => runScriptsWhole(await connectToShadowDb());
    return factory;
  },
});
