// The load runner: drives one target with one query through autocannon for a given time and
// measures throughput, latency percentiles, errors, the server's RSS and the CPU each side used.
import autocannon from "autocannon";
import { type Diagnosis, watch } from "./diagnostics.js";
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
  /** Of requests sent after the warm-up; firstResponseMax: the slowest first answer on a new connection. */
  latencyMs: { p50: number; p95: number; p99: number; mean: number; max: number; firstResponseMax: number };
  /** socket and timeouts: over the whole run, warm-up included; the others: the measured part. */
  errors: { socket: number; timeouts: number; non2xx: number; graphql: number; firstError?: string };
  sqlPerRequest: SqlCount | null;
  rssMb: { start: number | null; peak: number | null; mean: number | null };
  /** CPU cores busy on average during the run: the server process, all of PostgreSQL, and this load generator. */
  cpuCores: { server: number; postgres: number; loadGenerator: number };
  /** With --diagnose, on Accord's targets: GC pauses and queueing during the run. */
  diagnosis?: Diagnosis;
}

export type Measured = Omit<RunResult, "query" | "title" | "target" | "sqlPerRequest">;

function percentile(sorted: Float64Array, p: number): number {
  if (!sorted.length) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

export interface DriveOptions {
  connections: number;
  /** Seconds of warm-up (connections opened, JIT warm) before the measured seconds. */
  warmup: number;
  seconds: number;
  apiKey: string | null;
  /** The bench database's name, to count its PostgreSQL backends' CPU. */
  database: string;
  /** Watch GC and queues (the target runs with --trace-gc and serves /metrics). */
  diagnose?: boolean;
}

/**
 * One autocannon run of warm-up + measured seconds on the same connections. The warm-up opens the
 * connections: a CPU-bound Node server accepts one new connection per event-loop iteration (libuv
 * since Node 20), so a burst of fresh connections queues for seconds, and measuring from a fresh
 * start would report that burst as the server's tail. Latency percentiles cover the requests sent
 * after the warm-up; `firstResponseMaxMs` keeps the burst visible (the slowest first answer on a
 * new connection).
 */
export async function drive(
  target: Child,
  query: BenchQuery,
  { connections, warmup, seconds, apiKey, database, diagnose }: DriveOptions,
): Promise<Measured> {
  let i = 0;
  const next =
    typeof query.bodies === "function"
      ? query.bodies
      : () => (query.bodies as string[])[i++ % (query.bodies as string[]).length] as string;
  const latencies: number[] = [];
  let completed = 0;
  let non2xx = 0;
  let graphqlErrors = 0;
  let firstError: string | undefined;
  let measuring = false;
  const write = query.authenticated === true;
  const instance = autocannon({
    url: `http://127.0.0.1:${target.port}/graphql`,
    connections,
    duration: warmup + seconds,
    timeout: 30,
    requests: [
      {
        method: "POST",
        path: "/graphql",
        headers: {
          "content-type": "application/json",
          ...(write && apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
        },
        setupRequest: (request) => ({ ...request, body: next() }),
        onResponse: (_status, body) => {
          if (measuring && (body.includes('"errors":') || (write && body.includes('"message":')))) {
            graphqlErrors++;
            firstError ??= body.slice(0, 300);
          }
        },
      },
    ],
  });
  let measuredFrom = Number.POSITIVE_INFINITY;
  const answered = new Set<unknown>();
  let firstResponseMaxMs = 0;
  instance.on("response", (client: unknown, status: number, _bytes: number, responseTime: number) => {
    if (!answered.has(client)) {
      answered.add(client);
      firstResponseMaxMs = Math.max(firstResponseMaxMs, responseTime);
    }
    if (!measuring) return;
    completed++;
    if (status < 200 || status >= 300) non2xx++;
    if (performance.now() - responseTime >= measuredFrom) latencies.push(responseTime);
  });
  const rss: number[] = [];
  let startRss: number | null = null;
  let cpuBefore = { server: 0, postgres: new Map<number, number>(), self: process.cpuUsage() };
  let watcher: ReturnType<typeof watch> | null = null;
  const begin = setTimeout(() => {
    measuring = true;
    measuredFrom = performance.now();
    startRss = rssMb(target.serverPid);
    cpuBefore = {
      server: cpuSeconds(target.serverPid),
      postgres: postgresCpuSeconds(database),
      self: process.cpuUsage(),
    };
    watcher = diagnose ? watch(target) : null;
  }, warmup * 1000);
  const sampler = setInterval(() => {
    const value = measuring ? rssMb(target.serverPid) : null;
    if (value !== null) rss.push(value);
  }, 200);
  const result = await instance;
  clearTimeout(begin);
  clearInterval(sampler);
  const wall = (performance.now() - measuredFrom) / 1000;
  const diagnosis = (watcher as ReturnType<typeof watch> | null)?.stop(wall);
  const self = process.cpuUsage(cpuBefore.self);
  const cpuCores = {
    server: (cpuSeconds(target.serverPid) - cpuBefore.server) / wall,
    postgres: postgresCpuDelta(cpuBefore.postgres, postgresCpuSeconds(database)) / wall,
    loadGenerator: (self.user + self.system) / 1e6 / wall,
  };
  const sorted = Float64Array.from(latencies).sort();
  const total = latencies.length;
  return {
    requestsPerSecond: completed / wall,
    requests: completed,
    seconds: wall,
    latencyMs: {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      mean: total ? latencies.reduce((a, b) => a + b, 0) / total : Number.NaN,
      max: total ? (sorted[total - 1] as number) : Number.NaN,
      firstResponseMax: firstResponseMaxMs,
    },
    errors: {
      socket: result.errors,
      timeouts: result.timeouts,
      non2xx,
      graphql: graphqlErrors,
      ...(firstError ? { firstError } : {}),
    },
    rssMb: {
      start: startRss,
      peak: rss.length ? Math.max(...rss) : null,
      mean: rss.length ? rss.reduce((a, b) => a + b, 0) / rss.length : null,
    },
    cpuCores,
    ...(diagnosis ? { diagnosis } : {}),
  };
}
