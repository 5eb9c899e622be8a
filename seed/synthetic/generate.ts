// `npm run seed:synthetic -- --scale <n> [--database-url URL] [--seed N]`
//
// Generates a large, realistic, deterministic dataset on top of the real seed, for benchmarks
// and scale tests: countries with organization trees (government, ministries, bureaus, armed
// forces, embassies), international bodies with missions, people with dated positions,
// generated press releases whose bodies contain every quoted sentence, citations at their
// code-point offsets, meetings with 2–12 participants, and commitments with makers,
// addressees, topics and response threads.
//
// Scale 1 is 10,000 meetings and 100,000 commitments (see planFor). The same seed gives the
// same rows, uuids included: ids are derived from (seed, table, row number), never random.
//
// All-or-nothing: everything is written in one transaction, so a failed or interrupted run
// leaves the database as it was and can simply be run again. A database that already holds
// synthetic data (source documents whose slug starts with "synthetic-") is refused, as is one
// that is not migrated or holds no seed.
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import pg from "pg";
import type { TableStats } from "./bulk.js";
import { planMeetings } from "./meeting-plan.js";
import { addMeeting } from "./meetings.js";
import { addCountriesAndOrganizations, addTopics } from "./organizations.js";
import { addPeople } from "./people.js";
import { DEFAULT_SEED, type Plan, planFor, SyntheticDataError, TABLES, type Table } from "./plan.js";
import { Progress } from "./progress.js";
import { World } from "./world.js";

export { DEFAULT_SEED, type Plan, planFor, SYNTHETIC_PREFIX, SyntheticDataError, TABLES, type Table } from "./plan.js";

export interface GenerateOptions {
  /** A migrated database that holds the seed. */
  databaseUrl: string;
  scale: number;
  seed?: number;
  /** Progress lines; default console.log. */
  log?: (line: string) => void;
  /** Called after every batch written; throwing aborts the run (and rolls everything back). */
  onBatch?: (table: Table, rowsSoFar: number) => void;
}

export interface GenerateResult {
  seed: number;
  scale: number;
  plan: Plan;
  /** Rows added per table, and time spent writing them. */
  tables: Record<Table, TableStats & { rowsPerSecond: number }>;
  totalRows: number;
  seconds: number;
}
// ---------------------------------------------------------------------------------------------
// The run: checks, one transaction, batched writes.

export async function generateSynthetic(options: GenerateOptions): Promise<GenerateResult> {
  const seed = options.seed ?? DEFAULT_SEED;
  const plan = planFor(options.scale);
  const log = options.log ?? ((line: string) => console.log(line));
  const client = new pg.Client({ connectionString: options.databaseUrl, application_name: "accord-synthetic" });
  try {
    await client.connect();
  } catch (error) {
    throw new SyntheticDataError(`cannot connect to the database: ${(error as Error).message}`);
  }
  try {
    await checkDatabase(client);
    const started = performance.now();
    await client.query("BEGIN");
    try {
      await client.query("SET LOCAL statement_timeout = 0");
      // GIN indexes (full text, trigrams) take bulk inserts far faster through a large pending
      // list that is merged in big sorted runs.
      await client.query("SET LOCAL gin_pending_list_limit = '64MB'");
      await client.query("SET LOCAL work_mem = '256MB'");
      // Two runs at once would both pass the marker check; the second waits here instead.
      await client.query("SELECT pg_advisory_xact_lock(hashtext('accord-synthetic'))");
      await checkNotGenerated(client);
      const world = new World(client, seed, options.scale, plan, options.onBatch);
      const report = new Progress(world, log);
      await run(world, report);
      await client.query(`ANALYZE ${TABLES.map((t) => `"${t}"`).join(", ")}`);
      await client.query("COMMIT");
      const seconds = (performance.now() - started) / 1000;
      const result = report.result(seconds);
      log(
        `synthetic: committed ${result.totalRows.toLocaleString("en-US")} rows in ${seconds.toFixed(1)} s (${Math.round(result.totalRows / seconds).toLocaleString("en-US")} rows/s overall, seed ${seed}, scale ${options.scale})`,
      );
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
  } finally {
    await client.end().catch(() => {});
  }
}

const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations/", import.meta.url));

/** Refuses a database that is not migrated (or only partly) or that holds no seed. */
async function checkDatabase(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()",
  );
  const present = new Set(rows.map((r) => r.name));
  if (!present.has("_prisma_migrations")) {
    throw new SyntheticDataError(
      "database is not migrated (no _prisma_migrations table): run `npm run db:migrate` and `npm run seed` first",
    );
  }
  const missing = TABLES.filter((t) => !present.has(t));
  if (missing.length)
    throw new SyntheticDataError(
      `database is not migrated: tables ${missing.join(", ")} are missing; run \`npm run db:migrate\` first`,
    );
  const expected = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const applied = await client.query<{ name: string }>(
    "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
  );
  const done = new Set(applied.rows.map((r) => r.name));
  const pending = expected.filter((name) => !done.has(name));
  if (pending.length)
    throw new SyntheticDataError(
      `database is not migrated: ${pending.length} pending migration(s) (${pending.join(", ")}); run \`npm run db:migrate\` first`,
    );
  await checkNotGenerated(client);
  const seeded = await client.query("SELECT 1 FROM source_document WHERE slug NOT LIKE 'synthetic-%' LIMIT 1");
  if (!seeded.rowCount) throw new SyntheticDataError("database holds no seed data: load it first with `npm run seed`");
}

async function checkNotGenerated(client: pg.ClientBase): Promise<void> {
  const marker = await client.query<{ slug: string }>(
    "SELECT slug FROM source_document WHERE slug LIKE 'synthetic-%' LIMIT 1",
  );
  if (marker.rowCount) {
    throw new SyntheticDataError(
      `database already holds synthetic data (source document "${marker.rows[0]?.slug}"); generate into a fresh, seeded database`,
    );
  }
}

/** The phases, in dependency order; meetings are written 500 at a time. */
async function run(world: World, report: Progress): Promise<void> {
  const { plan } = world;
  report.log(
    `synthetic: scale ${world.scale} (seed ${world.seed}): ${plan.meetings.toLocaleString("en-US")} meetings, ${plan.commitments.toLocaleString("en-US")} commitments, ` +
      `${plan.people.toLocaleString("en-US")} people, ${plan.countries} countries, ${plan.organizations} organizations`,
  );
  await addCountriesAndOrganizations(world);
  await addTopics(world);
  await addPeople(world);
  planMeetings(world);
  await statusHistoryTrigger(world.client, "DISABLE");
  const chunk = 500;
  for (let start = 0; start < world.meetings.length; start += chunk) {
    for (const meeting of world.meetings.slice(start, start + chunk)) addMeeting(world, meeting);
    await world.flush(
      "source_document",
      "citation",
      "meeting",
      "participation",
      "commitment",
      "commitment_party",
      "commitment_status_change",
    );
    report.meetingsDone(Math.min(start + chunk, world.meetings.length));
  }
  await statusHistoryTrigger(world.client, "ENABLE");
  report.tables();
}

/**
 * The database records every commitment status in commitment_status_change by trigger, with
 * gen_random_uuid() ids and now() times. The generator writes that history itself, with
 * deterministic ids and times, so it switches the trigger off for its own inserts. ALTER TABLE
 * is transactional and locks the table: no other session can write a commitment unrecorded,
 * and a failed run leaves the trigger as it was.
 */
async function statusHistoryTrigger(client: pg.Client, action: "DISABLE" | "ENABLE"): Promise<void> {
  const found = await client.query(
    "SELECT 1 FROM pg_trigger WHERE tgrelid = 'commitment'::regclass AND tgname = 'commitment_record_status'",
  );
  if (!found.rowCount) return;
  await client.query(`ALTER TABLE "commitment" ${action} TRIGGER "commitment_record_status"`).catch((error: Error) => {
    throw new SyntheticDataError(
      `cannot ${action.toLowerCase()} the commitment status-history trigger (${error.message}): connect as the role that owns the tables (the one that ran the migrations)`,
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Command line.

function parseArgs(argv: string[]): { scale: number; databaseUrl?: string; seed: number } {
  let scale: number | undefined;
  let databaseUrl: string | undefined;
  let seed = DEFAULT_SEED;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.includes("=") ? (arg.split(/=(.*)/s, 2) as [string, string]) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === "--scale") scale = Number(value());
    else if (flag === "--database-url") databaseUrl = value();
    else if (flag === "--seed") seed = Number(value());
    else
      throw new SyntheticDataError(
        `unknown argument ${arg}; usage: npm run seed:synthetic -- --scale <n> [--database-url URL] [--seed N]`,
      );
  }
  if (scale === undefined)
    throw new SyntheticDataError("--scale is required, e.g. npm run seed:synthetic -- --scale 1");
  if (!Number.isInteger(seed)) throw new SyntheticDataError(`--seed must be an integer, got ${seed}`);
  planFor(scale);
  return { scale, databaseUrl, seed };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let url = args.databaseUrl ?? process.env.DATABASE_URL;
  let stop = async () => {};
  if (!url) {
    // Like `npm run seed`: the embedded database under DATA_DIR, migrated.
    const { env } = await import("../../src/infra/env.js");
    const { migrate, openDatabase } = await import("../../src/infra/database.js");
    const database = await openDatabase(env);
    stop = database.stop;
    url = database.url;
    await migrate(url);
  }
  try {
    await generateSynthetic({ databaseUrl: url, scale: args.scale, seed: args.seed });
  } finally {
    await stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: Error) => {
    console.error(
      `seed:synthetic: ${error instanceof SyntheticDataError ? error.message : (error.stack ?? error.message)}`,
    );
    process.exit(1);
  });
}
