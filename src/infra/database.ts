// Finds the database to use and brings its schema up to date: DATABASE_URL when set,
// otherwise an embedded PostgreSQL under DATA_DIR.
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres.js";
import type { Env } from "./env.js";
import { PROJECT_ROOT } from "./project-root.js";

export interface Database {
  url: string;
  embedded: boolean;
  /** Stops the embedded server, if one was started. */
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE = "accord";
const MIGRATIONS = join(PROJECT_ROOT, "prisma/migrations");

export async function openDatabase(
  env: Pick<Env, "DATABASE_URL" | "DATA_DIR" | "EMBEDDED_PG_PORT">,
): Promise<Database> {
  if (env.DATABASE_URL) {
    await checkReachable(env.DATABASE_URL);
    return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({ dataDir: env.DATA_DIR, port: env.EMBEDDED_PG_PORT });
  await createDatabaseIfMissing(server.url, EMBEDDED_DATABASE);
  return { url: server.urlFor(EMBEDDED_DATABASE), embedded: true, stop: server.stop };
}

async function checkReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    const where = new URL(url);
    throw new Error(
      `Cannot connect to DATABASE_URL (${where.hostname}:${where.port || 5432}${where.pathname}): ${(error as Error).message}`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

export async function createDatabaseIfMissing(maintenanceUrl: string, name: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  } finally {
    await client.end();
  }
}

/**
 * Applies pending migrations with `prisma migrate deploy`. When every migration folder is
 * already recorded as finished, the CLI (which takes seconds to start and to let go of its
 * connections) is not started at all.
 */
export async function migrate(url: string): Promise<void> {
  if (await isUpToDate(url)) return;
  const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk) => output.push(String(chunk)));
    child.stderr.on("data", (chunk) => output.push(String(chunk)));
    child.on("error", reject);
    child.on("exit", resolve);
  });
  if (code !== 0) throw new Error(`Database migration failed:\n${output.join("").trim()}`);
}

async function isUpToDate(url: string): Promise<boolean> {
  const folders = readdirSync(MIGRATIONS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const applied = new Set(rows.map((row) => row.name));
    return folders.every((folder) => applied.has(folder));
  } catch {
    return false; // no migrations table yet
  } finally {
    await client.end();
  }
}
