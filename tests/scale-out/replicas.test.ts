// Read replicas against real PostgreSQL streaming replication: a dedicated primary and a replica
// made from it (support/replication.ts), this process's server on both (DATABASE_REPLICA_URLS).
// Reads are served by the replica, a write is read back at once, a replica that lags or stops is
// skipped with no error to readers, and /ready and /metrics say what each replica is doing.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Cluster, startCluster } from "./support/replication.js";

const DATABASE = "accord";

const cluster: Cluster = await startCluster(DATABASE);
process.env.DATABASE_URL = cluster.primary.urlFor(DATABASE);
process.env.DATABASE_REPLICA_URLS = cluster.replica.urlFor(DATABASE);
process.env.REPLICA_MAX_LAG_MS = "1000";
process.env.REPLICA_CHECK_INTERVAL_MS = "200";

const { connectForRead, db, onPrimary, queryForRead, replicaStates } = await import("../../src/infra/db.js");
const { postText, request } = await import("../helpers/server.js");
const { editorKey } = await import("../helpers/writes.js");

afterAll(async () => {
  await cluster.stop();
});

/** Polls until `condition` holds (a state the replica reaches by itself), failing after `timeoutMs`. */
async function eventually(
  what: string,
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline)
      throw new Error(`${what}: not within ${timeoutMs} ms; replicas: ${JSON.stringify(replicaStates())}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const replica = () => replicaStates()[0] as ReturnType<typeof replicaStates>[number];
const serving = () => eventually("the replica serves reads", () => replica().status === "serving");

const PEOPLE = "{ people(first: 5) { edges { node { slug name } } } }";
const PERSON = "query($slug: String!) { person(slug: $slug) { slug name } }";
const CREATE = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { __typename ... on MutationCreatePersonSuccess { data { slug } } } }`;

beforeAll(serving);

/** Whether each way of reading lands on a standby: Prisma's raw reads, queryForRead, connectForRead. */
async function readersOnStandby(): Promise<boolean[]> {
  const [prisma] = await db.$queryRaw<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS standby`;
  const { rows } = await queryForRead<{ standby: boolean }>("SELECT pg_is_in_recovery() AS standby");
  const client = await connectForRead();
  try {
    const connected = await client.query<{ standby: boolean }>("SELECT pg_is_in_recovery() AS standby");
    return [prisma?.standby, rows[0]?.standby, connected.rows[0]?.standby].map(Boolean);
  } finally {
    client.release();
  }
}

test("anonymous reads are served by the replica: raw SQL sees a standby, GraphQL reads count on it", async () => {
  expect(await readersOnStandby()).toEqual([true, true, true]);
  expect(await onPrimary(readersOnStandby)).toEqual([false, false, false]);

  const before = replica().reads;
  const response = await postText(PEOPLE);
  expect(response.json?.errors).toBeUndefined();
  expect((response.json?.data as { people?: { edges: unknown[] } } | undefined)?.people?.edges).toHaveLength(5);
  expect(replica().reads - before).toBeGreaterThanOrEqual(1);
});

test("a write followed at once by a read sees the write, with the writer's key and without one", async () => {
  const editor = await editorKey();
  for (let i = 0; i < 10; i++) {
    const slug = `replica-ryw-${i}`;
    const created = await postText(CREATE, { input: { slug, name: `Read Your Writes ${i}` } }, editor.headers);
    expect(created.json?.data).toEqual({ createPerson: { __typename: "MutationCreatePersonSuccess", data: { slug } } });
    const asWriter = await postText(PERSON, { slug }, editor.headers);
    expect(asWriter.json?.data).toEqual({ person: { slug, name: `Read Your Writes ${i}` } });
    const anonymous = await postText(PERSON, { slug });
    expect(anonymous.json?.data).toEqual({ person: { slug, name: `Read Your Writes ${i}` } });
  }
  // The anonymous reads still go to the replica once it has replayed the writes.
  await serving();
  const before = replica().reads;
  expect((await postText(PERSON, { slug: "replica-ryw-9" })).json?.data).toEqual({
    person: { slug: "replica-ryw-9", name: "Read Your Writes 9" },
  });
  expect(replica().reads).toBeGreaterThan(before);
});

describe("a replica that lags past REPLICA_MAX_LAG_MS", () => {
  test("is skipped: reads come from the primary, and /ready and /metrics show it lagging", async () => {
    await serving();
    await cluster.sql("replica", "SELECT pg_wal_replay_pause()");
    try {
      await writeDirectly("replica-paused", "Written While Paused");
      await eventually("the replica is reported lagging", () => replica().status === "lagging");
      const state = replica();
      expect(state.lagMs).toBeGreaterThan(1000);
      expect(state.lagBytes).toBeGreaterThan(0);

      // Only the primary has the row: an anonymous read that finds it was not served by the replica.
      const before = state.reads;
      expect((await postText(PERSON, { slug: "replica-paused" })).json?.data).toEqual({
        person: { slug: "replica-paused", name: "Written While Paused" },
      });
      expect(replica().reads).toBe(before);
      expect(await readersOnStandby()).toEqual([false, false, false]);

      const ready = await request({ path: "/ready" });
      expect(ready.status).toBe(200);
      expect(ready.json).toMatchObject({
        primary: "up",
        replicas: [{ name: new URL(cluster.replica.urlFor(DATABASE)).host + `/${DATABASE}`, status: "lagging" }],
      });
      const metrics = (await request({ path: "/metrics" })).text;
      expect(metrics).toMatch(/accord_replica_status\{replica="[^"]+",status="lagging"\} 1/);
      const lagSeconds = Number(/accord_replica_lag_seconds\{replica="[^"]+"\} ([\d.e+-]+)/.exec(metrics)?.[1]);
      expect(lagSeconds).toBeGreaterThan(1);
    } finally {
      await cluster.sql("replica", "SELECT pg_wal_replay_resume()");
    }
    await serving();
    expect(replica().lagBytes).toBe(0);
    const metrics = (await request({ path: "/metrics" })).text;
    expect(metrics).toMatch(/accord_replica_status\{replica="[^"]+",status="serving"\} 1/);
  });
});

/** A change made outside Accord (as psql or an import would), straight into the primary. */
async function writeDirectly(slug: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: cluster.primary.urlFor(DATABASE) });
  await client.connect();
  try {
    await client.query("INSERT INTO person (id, slug, name, updated_at) VALUES (gen_random_uuid(), $1, $2, now())", [
      slug,
      name,
    ]);
  } finally {
    await client.end();
  }
}

test("a replica stopped mid-load: readers get no errors, reads fall back to the primary, and return to the replica when it is back", {
  timeout: 120_000,
}, async () => {
  await serving();
  const outcomes: { ok: boolean; error?: string }[] = [];
  let running = true;
  const reader = async () => {
    while (running) {
      const response = await postText(PEOPLE);
      const edges = (response.json?.data as { people?: { edges: unknown[] } } | undefined)?.people?.edges;
      outcomes.push(edges?.length === 5 ? { ok: true } : { ok: false, error: response.text.slice(0, 300) });
    }
  };
  const readers = Array.from({ length: 6 }, reader);
  await eventually("reads reach the replica", () => outcomes.length >= 30);
  const readsBeforeStop = replica().reads;
  expect(readsBeforeStop).toBeGreaterThan(0);
  await cluster.replica.stop();
  await eventually("the replica is reported down", () => replica().status === "down");
  const countAtDown = outcomes.length;
  await eventually("reads continue on the primary", () => outcomes.length >= countAtDown + 30);
  running = false;
  await Promise.all(readers);

  const failures = outcomes.filter((outcome) => !outcome.ok);
  console.log(
    `replica stopped mid-load: ${outcomes.length} reads, ${failures.length} errors; replica served ${readsBeforeStop} reads before the stop`,
  );
  expect(failures).toEqual([]);
  expect(replica().status).toBe("down");
  const ready = await request({ path: "/ready" });
  expect(ready.status).toBe(200);
  expect(ready.json).toMatchObject({ primary: "up", replicas: [{ status: "down", lagMs: null }] });

  await cluster.replica.start();
  await serving();
  const before = replica().reads;
  expect((await postText(PEOPLE)).json?.errors).toBeUndefined();
  expect(replica().reads).toBeGreaterThan(before);
});
