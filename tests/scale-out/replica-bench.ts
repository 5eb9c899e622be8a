// Reads from a replica should cost no more than reads from the primary: query (1) of the bench
// (nested meetings, the bench's variables) against two servers with their response caches off,
// one reading from the primary and one from a streaming replica of it, in alternating rounds; a
// third has the replica setting pointed at the primary itself (not a standby, so never used),
// which shows what the routing costs by itself. Besides throughput (noisy on a shared machine)
// it reports each server's CPU time per request, which other load disturbs less.
// Run: npx tsx tests/scale-out/replica-bench.ts [--seconds 10] [--connections 10] [--rounds 2]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { nestedMeetingVariables, readQuery } from "../bench/workload.js";
import { startCluster } from "./support/replication.js";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    rounds: { type: "string", default: "2" },
  },
});

const cluster = await startCluster("accord");
process.env.DATABASE_URL = cluster.primary.urlFor("accord");
const { startServer } = await import("../helpers/server.js");
const common = { DATABASE_URL: cluster.primary.urlFor("accord"), RESPONSE_CACHE_MB: "0", LOG_LEVEL: "warn" };
const targets = {
  primary: await startServer(common),
  replica: await startServer({ ...common, DATABASE_REPLICA_URLS: cluster.replica.urlFor("accord") }),
  routerOnly: await startServer({ ...common, DATABASE_REPLICA_URLS: cluster.primary.urlFor("accord") }),
};

const document = readQuery("nested-meetings.graphql");
const bodies = nestedMeetingVariables().map((variables) =>
  JSON.stringify({ query: document, operationName: "NestedMeetings", variables }),
);

/** User plus system CPU time of a process so far, in ms (Linux clock ticks are 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function run(port: number) {
  let index = 0;
  let errors = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    connections: Number(values.connections),
    duration: Number(values.seconds),
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        setupRequest: (request) => ({ ...request, body: bodies[index++ % bodies.length] }),
        onResponse: (status, body) => {
          if (status !== 200 || body.includes('"errors":')) errors++;
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: errors + result.non2xx + result.errors,
  };
}

try {
  for (let round = 1; round <= Number(values.rounds); round++) {
    for (const [name, server] of Object.entries(targets)) {
      const cpuBefore = cpuMs(server.child.pid as number);
      const measured = await run(server.port);
      const cpuPerRequest = (cpuMs(server.child.pid as number) - cpuBefore) / (measured.rps * Number(values.seconds));
      console.log(
        `round ${round} ${name.padEnd(10)} ${measured.rps.toFixed(1)} req/s, p50 ${measured.p50} ms, p99 ${measured.p99} ms, server CPU ${cpuPerRequest.toFixed(2)} ms/request, errors ${measured.errors}`,
      );
    }
  }
  const ready = (await (await fetch(`${targets.replica.url}/ready`)).json()) as {
    replicas: Array<{ reads: number; status: string }>;
  };
  console.log(`the replica server's replica: ${JSON.stringify(ready.replicas)}`);
} finally {
  await Promise.all(Object.values(targets).map((server) => server.stop()));
  await cluster.stop();
}
