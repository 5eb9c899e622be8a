// Two Accord processes on one primary and one streaming replica, with their response caches on
// as deployed: a write through one is visible on the next read through the other, and stopping
// the replica in the middle of writes and reads through both loses no acknowledged write and
// gives readers no error.
import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Server } from "../helpers/server.js";
import { type Cluster, startCluster } from "./support/replication.js";

const DATABASE = "accord";

const cluster: Cluster = await startCluster(DATABASE);
const primaryUrl = cluster.primary.urlFor(DATABASE);
// Before any application module loads: this process writes the API key to the dedicated primary.
process.env.DATABASE_URL = primaryUrl;
const { createApiKey } = await import("../../src/modules/auth/api-key.service.js");
const { post, startServer } = await import("../helpers/server.js");

let servers: [Server, Server];
let headers: Record<string, string>;

beforeAll(async () => {
  const env = {
    DATABASE_URL: primaryUrl,
    DATABASE_REPLICA_URLS: cluster.replica.urlFor(DATABASE),
    REPLICA_CHECK_INTERVAL_MS: "200",
    RESPONSE_CACHE_MB: "16",
    RATE_LIMIT_WRITES_PER_MINUTE: "1000000",
  };
  servers = await Promise.all([startServer(env), startServer(env)]);
  const key = await createApiKey({ name: "two-servers-editor", scopes: ["EDITOR"] });
  headers = { authorization: `Bearer ${key.key}` };
  for (const server of servers) await replicaStatus(server, "serving");
}, 240_000);

afterAll(async () => {
  await Promise.all((servers ?? []).map((server) => server.stop()));
  await cluster.stop();
});

/** Waits until `server`'s /ready reports the replica in `status`. */
async function replicaStatus(server: Server, status: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const body = (await (await fetch(`${server.url}/ready`)).json()) as { replicas: Array<{ status: string }> };
    if (body.replicas[0]?.status === status) return;
    if (Date.now() > deadline)
      throw new Error(`the replica is not ${status} on ${server.url}: ${JSON.stringify(body)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function replicaReads(server: Server): Promise<number> {
  const metrics = await (await fetch(`${server.url}/metrics`)).text();
  return Number(/accord_replica_reads_total\{replica="[^"]+"\} (\d+)/.exec(metrics)?.[1] ?? Number.NaN);
}

const NAMED =
  "query($name: String!) { people(first: 5, filter: { name: { equals: $name } }) { totalCount edges { node { slug } } } }";
const CREATE = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { __typename ... on MutationCreatePersonSuccess { data { slug } } } }`;

test("a write through one server is visible on the next read through the other, from its cache and its replica", {
  timeout: 120_000,
}, async () => {
  const [first, second] = servers;
  const readsBefore = await Promise.all(servers.map(replicaReads));
  for (let i = 0; i < 10; i++) {
    const [writer, reader] = i % 2 === 0 ? [first, second] : [second, first];
    const name = `Two Servers ${i}`;
    // The reader caches the answer from before the write.
    const before = await post(reader.url, NAMED, { name });
    expect(before.body.data).toEqual({ people: { totalCount: 0, edges: [] } });
    expect((await post(reader.url, NAMED, { name })).body).toEqual(before.body);

    const slug = `two-servers-${i}`;
    const created = await post(writer.url, CREATE, { input: { slug, name } }, headers);
    expect(created.body.data).toEqual({ createPerson: { __typename: "MutationCreatePersonSuccess", data: { slug } } });

    const after = { people: { totalCount: 1, edges: [{ node: { slug } }] } };
    expect((await post(reader.url, NAMED, { name })).body.data, "anonymous read through the other server").toEqual(
      after,
    );
    expect(
      (await post(reader.url, NAMED, { name }, headers)).body.data,
      "the writer's read through the other server",
    ).toEqual(after);
  }
  // The anonymous reads were the replica's to serve: both servers sent it reads.
  const readsAfter = await Promise.all(servers.map(replicaReads));
  expect(readsAfter[0]).toBeGreaterThan(readsBefore[0] as number);
  expect(readsAfter[1]).toBeGreaterThan(readsBefore[1] as number);
});

test("the replica stopped while both servers write and read: no reader error, every acknowledged write stored and replicated", {
  timeout: 180_000,
}, async () => {
  const acknowledged: string[] = [];
  const failures: string[] = [];
  let reads = 0;
  let running = true;
  let counter = 0;
  const writer = async (server: Server) => {
    while (running) {
      const slug = `replica-stop-${counter++}`;
      const response = await post(server.url, CREATE, { input: { slug, name: "Replica Stop" } }, headers);
      if ((response.body.data?.createPerson as { data?: { slug: string } } | undefined)?.data?.slug === slug)
        acknowledged.push(slug);
      else failures.push(`write ${slug}: ${JSON.stringify(response.body)}`);
    }
  };
  const reader = async (server: Server) => {
    while (running) {
      const response = await post(server.url, NAMED, { name: "Replica Stop" });
      if (response.status === 200 && !response.body.errors && response.body.data) reads++;
      else failures.push(`read: ${response.status} ${JSON.stringify(response.body)}`);
    }
  };
  const load = servers.flatMap((server) => [writer(server), reader(server), reader(server)]);
  const until = async (condition: () => boolean) => {
    const deadline = Date.now() + 60_000;
    while (!condition() && failures.length === 0) {
      if (Date.now() > deadline) throw new Error(`load stalled: ${acknowledged.length} writes, ${reads} reads`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  await until(() => acknowledged.length >= 20 && reads >= 40);
  await cluster.replica.stop();
  await Promise.all(servers.map((server) => replicaStatus(server, "down")));
  const [writesAtStop, readsAtStop] = [acknowledged.length, reads];
  await until(() => acknowledged.length >= writesAtStop + 20 && reads >= readsAtStop + 40);
  running = false;
  await Promise.all(load);
  console.log(
    `two servers, replica stopped mid-load: ${acknowledged.length} writes acknowledged, ${reads} reads, ${failures.length} failures`,
  );
  expect(failures).toEqual([]);

  const stored = async (url: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ slug: string }>("SELECT slug FROM person WHERE slug LIKE 'replica-stop-%'");
      return new Set(rows.map((row) => row.slug));
    } finally {
      await client.end();
    }
  };
  const onPrimary = await stored(primaryUrl);
  expect(acknowledged.filter((slug) => !onPrimary.has(slug))).toEqual([]);

  // Back up, the replica catches up from its slot and holds every acknowledged write too.
  await cluster.replica.start();
  await Promise.all(servers.map((server) => replicaStatus(server, "serving")));
  const [{ lsn }] = (await cluster.sql<{ lsn: string }>("primary", "SELECT pg_current_wal_lsn()::text AS lsn")) as [
    { lsn: string },
  ];
  const deadline = Date.now() + 30_000;
  while (
    !(
      await cluster.sql<{ done: boolean }>("replica", "SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done", [lsn])
    )[0]?.done
  ) {
    if (Date.now() > deadline) throw new Error("the replica did not catch up within 30 s");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const onReplica = await stored(cluster.replica.urlFor(DATABASE));
  expect(acknowledged.filter((slug) => !onReplica.has(slug))).toEqual([]);
});
