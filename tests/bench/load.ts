// The load runner: drives one target with one query through autocannon for a given time and
// measures throughput, latency percentiles, errors, the server's RSS and the CPU each side used.
import autocannon from "autocannon";
import { type Child, cpuSeconds, postgresCpuDelta, postgresCpuSeconds, rssMb } from "./processes.js";
import type { BenchQuery } from "./workload.js";

/**
 * Accord as deployed; Accord with its response cache off (every request reaches the resolvers);
 * the floor; PostGraphile v5 (the peer).
 */
export type Target = "accord" | "accord-uncached" | "floor" | "postgraphile";

export interface SqlCount {
  mean: number;
  max: number;
  samples: number;
}

export interface RunResult {
  query: string;
  title: string;
  target: Target;
  requestsPerSecond: number;
  requests: number;
  seconds: number;
  latencyMs: { p50: number; p95: number; p99: number; mean: number; max: number };
  errors: { socket: number; timeouts: number; non2xx: number; graphql: number; firstError?: string };
  sqlPerRequest: SqlCount | null;
  rssMb: { start: number | null; peak: number | null; mean: number | null };
  /** CPU cores busy on average during the run: the server process, all of PostgreSQL, and this load generator. */
  cpuCores: { server: number; postgres: number; loadGenerator: number };
}

export type Measured = Omit<RunResult, "query" | "title" | "target" | "sqlPerRequest">;

function percentile(sorted: Float64Array, p: number): number {
  if (!sorted.length) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

export interface DriveOptions {
  connections: number;
  seconds: number;
  apiKey: string | null;
  /** The bench database's name, to count its PostgreSQL backends' CPU. */
  database: string;
}

export async function drive(target: Child, query: BenchQuery, { connections, seconds, apiKey, database }: DriveOptions): Promise<Measured> {
  let i = 0;
  const next = typeof query.bodies === "function" ? query.bodies : () => (query.bodies as string[])[i++ % (query.bodies as string[]).length] as string;
  const latencies: number[] = [];
  let graphqlErrors = 0;
  let firstError: string | undefined;
  const write = query.authenticated === true;
  const instance = autocannon({
    url: `http://127.0.0.1:${target.port}/graphql`,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: "POST",
        path: "/graphql",
        headers: { "content-type": "application/json", ...(write && apiKey ? { authorization: `Bearer ${apiKey}` } : {}) },
        setupRequest: (request) => ({ ...request, body: next() }),
        onResponse: (_status, body) => {
          if (body.includes('"errors":') || (write && body.includes('"message":'))) {
            graphqlErrors++;
            firstError ??= body.slice(0, 300);
          }
        },
      },
    ],
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const rss: number[] = [];
  const startRss = rssMb(target.serverPid);
  const cpuBefore = { server: cpuSeconds(target.serverPid), postgres: postgresCpuSeconds(database), self: process.cpuUsage() };
  const wallBefore = performance.now();
  const sampler = setInterval(() => {
    const value = rssMb(target.serverPid);
    if (value !== null) rss.push(value);
  }, 200);
  const result = await instance;
  clearInterval(sampler);
  const wall = (performance.now() - wallBefore) / 1000;
  const self = process.cpuUsage(cpuBefore.self);
  const cpuCores = {
    server: (cpuSeconds(target.serverPid) - cpuBefore.server) / wall,
    postgres: postgresCpuDelta(cpuBefore.postgres, postgresCpuSeconds(database)) / wall,
    loadGenerator: (self.user + self.system) / 1e6 / wall,
  };
  const sorted = Float64Array.from(latencies).sort();
  const total = latencies.length;
  return {
    requestsPerSecond: total / result.duration,
    requests: total,
    seconds: result.duration,
    latencyMs: {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      mean: total ? latencies.reduce((a, b) => a + b, 0) / total : Number.NaN,
      max: total ? (sorted[total - 1] as number) : Number.NaN,
    },
    errors: { socket: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, graphql: graphqlErrors, ...(firstError ? { firstError } : {}) },
    rssMb: { start: startRss, peak: rss.length ? Math.max(...rss) : null, mean: rss.length ? rss.reduce((a, b) => a + b, 0) / rss.length : null },
    cpuCores,
  };
}
