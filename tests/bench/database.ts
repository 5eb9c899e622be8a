// The bench's database: accord_bench_<scale> (or --database-name) on the server given by
// --database-url or on an embedded PostgreSQL under .data/bench, migrated, seeded and filled with
// synthetic data once, then reused; and the API key the write mix uses.
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { ROOT, say } from "./log.js";
import type { Options } from "./options.js";

export const withDatabase = (url: string, database: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};
export const redact = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface PreparedDatabase {
  url: string;
  name: string;
  reused: boolean;
  generation: unknown;
  rows: Record<string, number>;
  stop(): Promise<void>;
}

export async function prepareDatabase(options: Options): Promise<PreparedDatabase> {
  let serverUrl = options.databaseUrl;
  let stop = async () => {};
  if (!serverUrl) {
    const { startEmbeddedPostgres } = await import("../../src/infra/embedded-postgres.js");
    say("starting the embedded PostgreSQL under .data/bench");
    const server = await startEmbeddedPostgres({ dataDir: join(ROOT, ".data/bench") });
    serverUrl = server.url;
    stop = server.stop;
  }
  const name = options.databaseName ?? `accord_bench_${String(options.scale).replace(/[^0-9a-z]/gi, "_")}`;
  const url = withDatabase(serverUrl, name);
  const exists = await withClient(serverUrl, async (c) => {
    const found = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!found.rowCount) await c.query(`CREATE DATABASE "${name}"`);
    return Boolean(found.rowCount);
  });
  say(`${exists ? "using" : "created"} database ${name} on ${redact(serverUrl)}`);
  // `prisma migrate deploy` takes ~11 s even with nothing to do; skip it when nothing is pending.
  const pending = await pendingMigrations(url);
  if (pending.length) {
    say(`applying ${pending.length} migration(s)`);
    const { migrate } = await import("../../src/infra/database.js");
    await migrate(url);
  }
  const state = await withClient(url, async (c) => ({
    seeded: Boolean(
      (await c.query("SELECT 1 FROM source_document WHERE slug NOT LIKE 'synthetic-%' LIMIT 1")).rowCount,
    ),
    generated: Boolean((await c.query("SELECT 1 FROM source_document WHERE slug LIKE 'synthetic-%' LIMIT 1")).rowCount),
  }));
  if (!state.seeded) {
    say("loading the seed (npm run seed)");
    const seeded = spawnSync(process.execPath, ["--import", "tsx", "seed/load.ts"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, NODE_ENV: "production", LOG_LEVEL: "warn" },
      encoding: "utf8",
    });
    if (seeded.status !== 0) throw new Error(`loading the seed failed:\n${seeded.stdout}\n${seeded.stderr}`);
  }
  let generation: unknown = null;
  if (!state.generated) {
    say(`generating synthetic data at scale ${options.scale}`);
    const { generateSynthetic } = await import("../../seed/synthetic/generate.js");
    generation = await generateSynthetic({ databaseUrl: url, scale: options.scale, log: (line) => say(line) });
    say("VACUUM ANALYZE");
    await withClient(url, (c) => c.query("VACUUM ANALYZE"));
  } else say("synthetic data already generated: reusing it");
  const rows = await withClient(url, async (c) => {
    const counts: Record<string, number> = {};
    for (const table of [
      "meeting",
      "participation",
      "commitment",
      "commitment_party",
      "person",
      "organization",
      "source_document",
      "citation",
    ]) {
      counts[table] = Number((await c.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
    }
    return counts;
  });
  return { url, name, reused: state.generated, generation, rows, stop };
}

async function pendingMigrations(url: string): Promise<string[]> {
  const expected = readdirSync(join(ROOT, "prisma/migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const applied = await withClient(url, async (c) => {
    if (!(await c.query("SELECT to_regclass('_prisma_migrations') AS t")).rows[0].t) return [];
    return (
      await c.query<{ name: string }>(
        "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
      )
    ).rows.map((r) => r.name);
  });
  return expected.filter((name) => !applied.includes(name));
}

/** An EDITOR key for the write mix, inserted directly (the format of src/modules/auth/api-key.service.ts). */
export async function createBenchKey(url: string, runId: string): Promise<{ id: string; key: string }> {
  const prefix = randomBytes(12).toString("hex").slice(0, 12);
  const secret = randomBytes(32).toString("base64url");
  const hash = createHash("sha256").update(secret).digest("hex");
  const { rows } = await withClient(url, (c) =>
    c.query<{ id: string }>(
      `INSERT INTO api_key (id, name, prefix, secret_hash, scopes) VALUES (gen_random_uuid(), $1, $2, $3, '{EDITOR}') RETURNING id`,
      [`accord-bench ${runId}`, prefix, hash],
    ),
  );
  return { id: rows[0]?.id as string, key: `acc_${prefix}_${secret}` };
}

/** The write mix's people go; the key is revoked (status history, append-only, keeps its id). */
export async function removeBenchWrites(url: string, keyId: string): Promise<void> {
  await withClient(url, async (c) => {
    await c.query(
      "DELETE FROM person WHERE slug LIKE 'bench-%' AND NOT EXISTS (SELECT 1 FROM participation p WHERE p.person_id = person.id)",
    );
    await c.query("UPDATE api_key SET revoked_at = now() WHERE id = $1", [keyId]);
  });
}
