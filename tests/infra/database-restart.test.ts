// The database goes away and comes back: a dedicated embedded PostgreSQL, a server process on top
// of it, and a burst of writes while the database is stopped and started again. Requests fail
// fast with SERVICE_UNAVAILABLE while it is down, the process stays up, the API recovers by
// itself, and every write that was acknowledged is in the database afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import getPort from "get-port";
import pg from "pg";
import { afterAll, expect, test } from "vitest";
import { type EmbeddedServer, startEmbeddedPostgres } from "../../src/infra/embedded-postgres.js";
import { type Server, startServer } from "../helpers/server.js";
import { spawnScript } from "../helpers/spawn.js";

const DATABASE = "accord_restart";
let dataDir: string | undefined;
let database: EmbeddedServer | undefined;
let server: Server | undefined;

afterAll(async () => {
  await server?.stop("SIGKILL");
  await database?.stop().catch(() => {});
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** `npm run apikey -- create <name>` against `url`; returns the key it prints. */
async function createKeyWithScript(url: string, name: string): Promise<string> {
  const script = spawnScript("scripts/api-keys.ts", ["create", name], { DATABASE_URL: url });
  const { code } = await script.exited;
  const output = script.output();
  const key = output.match(/^acc_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/m)?.[0];
  if (code !== 0 || !key) throw new Error(`api-keys.ts failed (exit ${code}):\n${output}`);
  return key;
}

type Outcome = { slug: string; ok: boolean; code?: string; status: number; ms: number; phase: string };

test("writes during a database restart: fail fast while it is down, recover by themselves, lose nothing acknowledged", {
  timeout: 300_000,
}, async () => {
  const setupStarted = performance.now();
  dataDir = mkdtempSync(join(tmpdir(), "accord-restart-"));
  const port = await getPort();
  database = await startEmbeddedPostgres({ dataDir, port, persistent: true });
  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${DATABASE}"`);
  await admin.end();
  const url = database.urlFor(DATABASE);

  // The server migrates and seeds the empty database; then the key script (which also migrates,
  // so not at the same time: concurrent `migrate deploy` runs time out on Prisma's lock).
  server = await startServer({ DATABASE_URL: url });
  const running = server;
  const key = await createKeyWithScript(url, "restart-editor");
  console.log(`database restart: setup took ${Math.round(performance.now() - setupStarted)} ms`);

  const outcomes: Outcome[] = [];
  let counter = 0;
  async function write(phase: string): Promise<Outcome> {
    const slug = `restart-${phase}-${counter++}`;
    const started = performance.now();
    const response = await fetch(`${running.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
      body: JSON.stringify({
        query: `mutation($input: CreatePersonInput!) { createPerson(input: $input) { __typename ... on MutationCreatePersonSuccess { data { slug } } } }`,
        variables: { input: { slug, name: "Restart" } },
      }),
      signal: AbortSignal.timeout(20_000),
    }).catch((error: Error) => ({
      status: 0,
      json: async () => ({ errors: [{ message: error.message, extensions: { code: "FETCH_FAILED" } }] }),
    }));
    const body = (await response.json()) as {
      data?: { createPerson?: { __typename: string; data?: { slug: string } } } | null;
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    };
    const outcome: Outcome = {
      slug,
      ok: body.data?.createPerson?.data?.slug === slug,
      code: body.errors?.[0]?.extensions?.code,
      status: response.status,
      ms: performance.now() - started,
      phase,
    };
    outcomes.push(outcome);
    return outcome;
  }

  // Before: writes are acknowledged.
  for (let i = 0; i < 10; i++) expect((await write("before")).ok).toBe(true);

  // An administrator terminates the server's connections while writes are in flight (57P01).
  const killer = new pg.Client({ connectionString: database.url });
  await killer.connect();
  const terminated = Array.from({ length: 20 }, () => write("terminated"));
  await new Promise((resolve) => setTimeout(resolve, 10));
  await killer.query(
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
    [DATABASE],
  );
  await Promise.all(terminated);
  await killer.end();

  // The database stops in the middle of a burst.
  const burst = Array.from({ length: 10 }, () => write("during-stop"));
  await database.stop();
  await Promise.all(burst);

  // While it is down: requests fail fast with SERVICE_UNAVAILABLE; the process stays up.
  const down: Outcome[] = [];
  for (let i = 0; i < 5; i++) down.push(await write("down"));
  for (const outcome of down) {
    expect(outcome.ok).toBe(false);
    expect(outcome.code, JSON.stringify(outcome)).toBe("SERVICE_UNAVAILABLE");
    expect(outcome.ms).toBeLessThan(10_000);
  }
  expect(running.child.exitCode).toBeNull();
  expect((await fetch(`${running.url}/health`)).status).toBe(200);
  expect((await fetch(`${running.url}/ready`)).status).toBe(503);

  // The database comes back on the same port and data directory; nobody restarts the API.
  const restartedAt = performance.now();
  database = await startEmbeddedPostgres({ dataDir, port, persistent: true });
  const databaseUpAt = performance.now();
  let recoveredAt: number | undefined;
  while (performance.now() - restartedAt < 60_000) {
    if ((await write("recovering")).ok) {
      recoveredAt = performance.now();
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  expect(recoveredAt, "the API did not recover within 60 s of the database restart").toBeDefined();
  for (let i = 0; i < 10; i++) expect((await write("after")).ok).toBe(true);
  expect((await fetch(`${running.url}/ready`)).status).toBe(200);
  expect(running.child.exitCode).toBeNull();

  // Every acknowledged write is stored.
  const acknowledged = outcomes.filter((outcome) => outcome.ok).map((outcome) => outcome.slug);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ slug: string }>("SELECT slug FROM person WHERE slug LIKE 'restart-%'");
  await client.end();
  const stored = new Set(rows.map((row) => row.slug));
  expect(acknowledged.filter((slug) => !stored.has(slug))).toEqual([]);
  expect(acknowledged.length).toBeGreaterThanOrEqual(21);

  // Nothing but SERVICE_UNAVAILABLE while the database was away: no crash, no masked internal error.
  const failures = outcomes.filter((outcome) => !outcome.ok);
  const downLatency = down.map((outcome) => Math.round(outcome.ms));
  console.log(
    `database restart: ${acknowledged.length} writes acknowledged and stored, ${failures.length} refused (codes ${JSON.stringify([...new Set(failures.map((f) => f.code))])}); latency while down ${JSON.stringify(downLatency)} ms; database start took ${Math.round(databaseUpAt - restartedAt)} ms, first acknowledged write ${Math.round((recoveredAt as number) - databaseUpAt)} ms after it was up`,
  );
  const logged = running
    .output()
    .split("\n")
    .filter((line) => line.includes('"level":50'))
    .map((line) => (JSON.parse(line) as { err?: { message?: string } }).err?.message ?? line);
  expect(
    failures.filter((outcome) => outcome.code !== "SERVICE_UNAVAILABLE").map((outcome) => JSON.stringify(outcome)),
    `errors the server logged as unexpected: ${JSON.stringify(logged)}`,
  ).toEqual([]);
});
