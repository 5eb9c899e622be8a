// `npm run bench -- [--scale N] [--quick] [--connections N] [--database-url URL] [--duration S] [--warmup S] [--only key,key] [--pool N] [--node-options FLAGS] [--no-cache]`
//
// Load-tests Accord in production mode against a synthetic dataset, beside the "floor"
// (tests/bench/floor.ts: node:http + pg, one hand-written SQL statement per request), on the same
// database in the same run:
//
//   1. finds or makes the database accord_bench_<scale> on the server given by --database-url
//      (any database URL on it) or on an embedded PostgreSQL under .data/bench: migrates it, loads
//      the seed and generates the synthetic data once (seed/synthetic/generate.ts), then reuses it;
//   2. counts the SQL statements each query sends, in-process (yoga.fetch + Prisma query events);
//   3. builds Accord (`npm run build`) and starts it as in production (`node dist/src/index.js`,
//      NODE_ENV=production) and the floor as child processes, timing
//      Accord from spawn to a 200 on /ready, and a second Accord with its response cache off, so
//      queries 1 and 2 are measured both as deployed and as every cache miss pays for them;
//   4. checks that Accord and the floor return the same data for every request of queries 1 and 2;
//   5. drives each query with autocannon (warm-up, then a measured run), sampling the server's RSS;
//   6. prints a table, writes tests/bench/reports/<timestamp>.json, and ends with the line
//      `vs-floor=<lowest Accord/floor throughput ratio of queries 1 and 2>`.
//
// --quick (about two minutes) shortens every run; it must stay under three minutes.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import autocannon from "autocannon";
import getPort from "get-port";
import pg from "pg";
import { type BenchContext, type BenchQuery, loadContext, readQueries } from "./workload.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** Node's arguments in `npm run serve` (flags, then the compiled server): the bench runs the same. */
const SERVE_ARGS = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.serve as string).split(" ").slice(1);
const SERVER = SERVE_ARGS.at(-1) as string;
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s`;
const say = (line: string) => console.log(`[bench ${elapsed()}] ${line}`);

// ---------------------------------------------------------------------------------------------
// Options

interface Options {
  scale: number;
  quick: boolean;
  connections: number;
  databaseUrl?: string;
  duration: number;
  warmup: number;
  only?: string[];
  pool: number;
  /** V8/Node flags for Accord's processes only (NODE_OPTIONS), e.g. heap limits to try. */
  nodeOptions?: string;
  /** False with --no-cache: every Accord target runs with its response cache off. */
  cache: boolean;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { scale: 1, quick: false, connections: 32, duration: 20, warmup: 5, pool: 10, cache: true };
  let duration: number | undefined;
  let warmup: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.includes("=") ? (arg.split(/=(.*)/s, 2) as [string, string]) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === "--scale") options.scale = Number(value());
    else if (flag === "--quick") options.quick = true;
    else if (flag === "--connections") options.connections = Number(value());
    else if (flag === "--database-url") options.databaseUrl = value();
    else if (flag === "--duration") duration = Number(value());
    else if (flag === "--warmup") warmup = Number(value());
    else if (flag === "--only") options.only = value().split(",");
    else if (flag === "--pool") options.pool = Number(value());
    else if (flag === "--node-options") options.nodeOptions = value();
    else if (flag === "--no-cache") options.cache = false;
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!(options.scale > 0)) throw new Error(`--scale must be positive, got ${options.scale}`);
  if (!(options.connections > 0)) throw new Error(`--connections must be positive, got ${options.connections}`);
  options.duration = duration ?? (options.quick ? 8 : 20);
  options.warmup = warmup ?? (options.quick ? 2 : 5);
  return options;
}

// ---------------------------------------------------------------------------------------------
// The database

const withDatabase = (url: string, database: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};
const redact = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

interface PreparedDatabase {
  url: string;
  name: string;
  reused: boolean;
  generation: unknown;
  rows: Record<string, number>;
  stop(): Promise<void>;
}

async function prepareDatabase(options: Options): Promise<PreparedDatabase> {
  let serverUrl = options.databaseUrl;
  let stop = async () => {};
  if (!serverUrl) {
    const { startEmbeddedPostgres } = await import("../../src/infra/embedded-postgres.js");
    say("starting the embedded PostgreSQL under .data/bench");
    const server = await startEmbeddedPostgres({ dataDir: join(ROOT, ".data/bench") });
    serverUrl = server.url;
    stop = server.stop;
  }
  const name = `accord_bench_${String(options.scale).replace(/[^0-9a-z]/gi, "_")}`;
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
    seeded: Boolean((await c.query("SELECT 1 FROM source_document WHERE slug NOT LIKE 'synthetic-%' LIMIT 1")).rowCount),
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
    for (const table of ["meeting", "participation", "commitment", "commitment_party", "person", "organization", "source_document", "citation"]) {
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
      await c.query<{ name: string }>("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL")
    ).rows.map((r) => r.name);
  });
  return expected.filter((name) => !applied.includes(name));
}

/** An EDITOR key for the write mix, inserted directly (the format of src/modules/auth/api-key.service.ts). */
async function createBenchKey(url: string, runId: string): Promise<{ id: string; key: string }> {
  const prefix = randomBytes(12).toString("hex").slice(0, 12);
  const secret = randomBytes(32).toString("base64url");
  const hash = createHash("sha256").update(secret).digest("hex");
  const { rows } = await withClient(url, (c) =>
    c.query<{ id: string }>(`INSERT INTO api_key (id, name, prefix, secret_hash, scopes) VALUES (gen_random_uuid(), $1, $2, $3, '{EDITOR}') RETURNING id`, [
      `accord-bench ${runId}`,
      prefix,
      hash,
    ]),
  );
  return { id: rows[0]?.id as string, key: `acc_${prefix}_${secret}` };
}

// ---------------------------------------------------------------------------------------------
// Processes

interface Child {
  process: ChildProcess;
  /** The pid of the process that serves (tsx runs the script in a child of its own). */
  serverPid: number;
  port: number;
  startupMs: number;
  output: string[];
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** The deepest descendant running `script`, else the process itself. */
function serverPidOf(pid: number, script: string): number {
  const queue = [pid];
  let found = pid;
  while (queue.length) {
    const next = queue.shift() as number;
    try {
      if (readFileSync(`/proc/${next}/cmdline`, "utf8").includes(script)) found = next;
    } catch {}
    queue.push(...childrenOf(next));
  }
  return found;
}

const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/** CPU seconds (user + system) a process has used. */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/**
 * CPU seconds used so far by each PostgreSQL backend serving `database` (their titles read
 * "postgres: user database host(port) state"), so other servers on the machine do not count.
 */
function postgresCpuSeconds(database: string): Map<number, number> {
  const seconds = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      if (!stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")).startsWith("postgres")) continue;
      if (!readFileSync(`/proc/${entry}/cmdline`, "utf8").includes(` ${database} `)) continue;
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      seconds.set(Number(entry), (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS);
    } catch {}
  }
  return seconds;
}

/** CPU seconds the backends used between two snapshots (a backend that exited meanwhile is not counted). */
function postgresCpuDelta(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

function rssMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

async function startChild(label: string, command: string, args: string[], env: NodeJS.ProcessEnv, port: number, script: string): Promise<Child> {
  const output: string[] = [];
  const spawnedAt = performance.now();
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.on("data", (chunk) => output.push(String(chunk)));
  child.stderr?.on("data", (chunk) => output.push(String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const deadline = spawnedAt + 120_000;
  while (performance.now() < deadline) {
    const code = await Promise.race([exited, new Promise<"pending">((r) => setTimeout(() => r("pending"), 25))]);
    if (code !== "pending") throw new Error(`${label} exited with ${code} before it was ready:\n${output.join("").slice(-3000)}`);
    const ready = await fetch(`http://127.0.0.1:${port}/ready`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) {
      const startupMs = performance.now() - spawnedAt;
      return { process: child, serverPid: serverPidOf(child.pid as number, script), port, startupMs, output };
    }
  }
  child.kill("SIGKILL");
  throw new Error(`${label} was not ready within 120 s:\n${output.join("").slice(-3000)}`);
}

async function stopChild(child: Child | undefined): Promise<void> {
  if (!child || child.process.exitCode !== null) return;
  const exited = new Promise((resolve) => child.process.once("exit", resolve));
  child.process.kill("SIGTERM");
  const timer = setTimeout(() => child.process.kill("SIGKILL"), 25_000);
  await exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------------------------------------
// Measuring

interface SqlCount {
  mean: number;
  max: number;
  samples: number;
}

/** Runs each query's first few request bodies in-process and counts the SQL statements each sends. */
async function countStatements(url: string, queries: BenchQuery[], apiKey: string | null, pool: number): Promise<Record<string, SqlCount>> {
  // Cache off: a repeated body would be answered without SQL, and this counts what resolvers send.
  Object.assign(process.env, benchServerEnv(url, 0, { pool, cache: false }));
  const { closeDb, db } = await import("../../src/infra/db.js");
  const { yoga } = await import("../../src/server/yoga.js");
  let statements = 0;
  db.$on("query", () => {
    statements++;
  });
  const counts: Record<string, SqlCount> = {};
  try {
    for (const query of queries) {
      const bodies = typeof query.bodies === "function" ? Array.from({ length: 4 }, query.bodies) : query.bodies.slice(0, 6);
      const perRequest: number[] = [];
      for (const [i, body] of bodies.entries()) {
        const send = () =>
          yoga.fetch("http://bench.local/graphql", {
            method: "POST",
            headers: { "content-type": "application/json", ...(query.authenticated && apiKey ? { authorization: `Bearer ${apiKey}` } : {}) },
            body,
          });
        if (i === 0 && !query.authenticated) await (await send()).text(); // warm caches, compile plans
        const before = statements;
        await (await send()).text();
        perRequest.push(statements - before);
      }
      counts[query.key] = { mean: perRequest.reduce((a, b) => a + b, 0) / perRequest.length, max: Math.max(...perRequest), samples: perRequest.length };
    }
  } finally {
    await closeDb();
  }
  return counts;
}

function benchServerEnv(url: string, port: number, { pool, nodeOptions, cache }: Pick<Options, "pool" | "nodeOptions" | "cache">): Record<string, string> {
  return {
    ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
    NODE_ENV: "production",
    DATABASE_URL: url,
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    DB_POOL_MAX: String(pool),
    // The bench is one client hammering the server: per-caller rate limits would measure the
    // limiter, not the server.
    RATE_LIMIT_SEARCHES_PER_MINUTE: "1000000000",
    RATE_LIMIT_WRITES_PER_MINUTE: "1000000000",
    // As deployed (the default, spelled out so nothing inherited can change it), unless --no-cache.
    RESPONSE_CACHE_MB: cache ? "16" : "0",
  };
}

/** Accord as deployed; Accord with its response cache off (every request reaches the resolvers); the floor. */
type Target = "accord" | "accord-uncached" | "floor";

interface RunResult {
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

function percentile(sorted: Float64Array, p: number): number {
  if (!sorted.length) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

async function drive(
  target: Child,
  query: BenchQuery,
  options: Options,
  seconds: number,
  apiKey: string | null,
  database: string,
): Promise<Omit<RunResult, "query" | "title" | "target" | "sqlPerRequest">> {
  let i = 0;
  const next = typeof query.bodies === "function" ? query.bodies : () => (query.bodies as string[])[i++ % (query.bodies as string[]).length] as string;
  const latencies: number[] = [];
  let graphqlErrors = 0;
  let firstError: string | undefined;
  const write = query.authenticated === true;
  const instance = autocannon({
    url: `http://127.0.0.1:${target.port}/graphql`,
    connections: options.connections,
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

/** Every request body of queries 1 and 2, answered by both servers: the data must be identical. */
async function checkParity(accord: Child, floor: Child, queries: BenchQuery[]): Promise<{ checked: number; mismatches: string[] }> {
  const mismatches: string[] = [];
  let checked = 0;
  for (const query of queries.filter((q) => q.floor)) {
    for (const body of query.bodies as string[]) {
      const post = (port: number) =>
        fetch(`http://127.0.0.1:${port}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body }).then((r) => r.text());
      const [a, b] = await Promise.all([post(accord.port), post(floor.port)]);
      checked++;
      const accordData = (JSON.parse(a) as { data?: unknown; errors?: unknown }).data;
      const floorData = (JSON.parse(b) as { data?: unknown }).data;
      if (JSON.stringify(accordData) !== JSON.stringify(floorData) || !isDeepStrictEqual(accordData, floorData) || a.includes('"errors":')) {
        mismatches.push(`${query.key} ${JSON.stringify(JSON.parse(body).variables)}: ${a.includes('"errors":') ? a.slice(0, 200) : "data differs"}`);
      }
    }
  }
  return { checked, mismatches };
}

// ---------------------------------------------------------------------------------------------

function printTable(results: RunResult[]): void {
  const header = ["query", "target", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "non2xx", "SQL/req", "RSS MB (peak)", "CPU server/pg/load"];
  const rows = results.map((r) => [
    r.query,
    r.target,
    r.requestsPerSecond.toFixed(0),
    r.latencyMs.p50.toFixed(1),
    r.latencyMs.p95.toFixed(1),
    r.latencyMs.p99.toFixed(1),
    String(r.errors.socket + r.errors.timeouts + r.errors.graphql),
    String(r.errors.non2xx),
    r.sqlPerRequest
      ? r.sqlPerRequest.mean === r.sqlPerRequest.max
        ? String(r.sqlPerRequest.max)
        : `${r.sqlPerRequest.mean.toFixed(1)} (max ${r.sqlPerRequest.max})`
      : "-",
    r.rssMb.peak !== null ? r.rssMb.peak.toFixed(0) : "-",
    `${r.cpuCores.server.toFixed(2)}/${r.cpuCores.postgres.toFixed(2)}/${r.cpuCores.loadGenerator.toFixed(2)}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const runId = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "").replace("T", "-");
  say(
    `scale ${options.scale}, ${options.connections} connections, ${options.warmup} s warm-up + ${options.duration} s per run${options.quick ? " (quick)" : ""}`,
  );
  const database = await prepareDatabase(options);
  const notes: string[] = [];
  let accord: Child | undefined;
  let uncached: Child | undefined;
  let floor: Child | undefined;
  let apiKey: { id: string; key: string } | null = null;
  try {
    const context: BenchContext = await withClient(database.url, loadContext);
    const schemaText = readFileSync(join(ROOT, "schema.graphql"), "utf8");
    const mutations = /\btype Mutation\b/.test(schemaText) && schemaText.includes("updateCommitmentStatus(") && schemaText.includes("createPerson(");
    if (!mutations) {
      context.writableCommitments = [];
      notes.push("(5) write mix skipped: schema.graphql has no updateCommitmentStatus/createPerson mutations");
    } else apiKey = await createBenchKey(database.url, runId);
    let queries = readQueries(context, runId);
    if (options.only) queries = queries.filter((q) => options.only?.includes(q.key));

    say("counting SQL statements per request (in-process, Prisma query events)");
    const sql = await countStatements(database.url, queries, apiKey?.key ?? null, options.pool);

    const accordPort = await getPort();
    say("building Accord (npm run build)");
    const build = spawnSync("npm", ["run", "build"], { cwd: ROOT, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
    say(`starting Accord as npm run serve does: node ${SERVE_ARGS.join(" ")} (NODE_ENV=production)`);
    accord = await startChild(
      "Accord",
      process.execPath,
      SERVE_ARGS,
      { ...process.env, ...benchServerEnv(database.url, accordPort, options) },
      accordPort,
      SERVER,
    );
    say(
      `Accord ready in ${accord.startupMs.toFixed(0)} ms (spawn to 200 on /ready, migrated database), pid ${accord.serverPid}, RSS ${rssMb(accord.serverPid)?.toFixed(0)} MB`,
    );
    // The same server with its response cache off, for queries 1 and 2: what every cache miss costs.
    if (queries.some((q) => q.floor)) {
      const uncachedPort = await getPort();
      uncached = await startChild(
        "Accord (uncached)",
        process.execPath,
        SERVE_ARGS,
        { ...process.env, ...benchServerEnv(database.url, uncachedPort, options), RESPONSE_CACHE_MB: "0" },
        uncachedPort,
        SERVER,
      );
      say(`Accord without its response cache ready, pid ${uncached.serverPid}`);
    }
    const floorPort = await getPort();
    floor = await startChild(
      "floor",
      join(ROOT, "node_modules/.bin/tsx"),
      ["tests/bench/floor.ts", "--database-url", database.url, "--port", String(floorPort), "--pool", String(options.pool)],
      { ...process.env, NODE_ENV: "production" },
      floorPort,
      "tests/bench/floor.ts",
    );
    say(`floor ready in ${floor.startupMs.toFixed(0)} ms, pid ${floor.serverPid}`);

    const parity = await checkParity(accord, floor, queries);
    say(`parity: ${parity.checked} request bodies of queries 1 and 2, ${parity.mismatches.length} mismatches`);
    for (const m of parity.mismatches.slice(0, 5)) say(`  mismatch: ${m}`);
    if (parity.mismatches.length)
      notes.push(`floor parity: ${parity.mismatches.length} of ${parity.checked} bodies differ; the vs-floor ratio is not a fair comparison until fixed`);

    const results: RunResult[] = [];
    for (const query of queries) {
      const targets: Array<[Target, Child]> =
        query.floor && uncached
          ? [
              ["accord", accord],
              ["accord-uncached", uncached],
              ["floor", floor],
            ]
          : [["accord", accord]];
      for (const [name, target] of targets) {
        say(`${query.key} on ${name}: warm-up ${options.warmup} s, then ${options.duration} s`);
        await drive(target, query, options, options.warmup, apiKey?.key ?? null, database.name);
        const run = await drive(target, query, options, options.duration, apiKey?.key ?? null, database.name);
        results.push({
          query: query.key,
          title: query.title,
          target: name,
          sqlPerRequest: name === "floor" ? { mean: 1, max: 1, samples: 0 } : (sql[query.key] ?? null),
          ...run,
        });
        say(
          `${query.key} on ${name}: ${run.requestsPerSecond.toFixed(0)} req/s, p50 ${run.latencyMs.p50.toFixed(1)} ms, p99 ${run.latencyMs.p99.toFixed(1)} ms, errors ${run.errors.socket + run.errors.timeouts + run.errors.graphql}, non2xx ${run.errors.non2xx}`,
        );
        if (run.errors.firstError) say(`  first error: ${run.errors.firstError}`);
      }
    }
    const accordIdleRss = rssMb(accord.serverPid);

    const ratio = (key: string, target: Target = "accord") => {
      const a = results.find((r) => r.query === key && r.target === target);
      const f = results.find((r) => r.query === key && r.target === "floor");
      return a && f && f.requestsPerSecond > 0 ? a.requestsPerSecond / f.requestsPerSecond : null;
    };
    const ratios = { nested: ratio("nested"), commitments: ratio("commitments") };
    const uncachedRatios = { nested: ratio("nested", "accord-uncached"), commitments: ratio("commitments", "accord-uncached") };
    const lowest = (values: Record<string, number | null>) => {
      const known = Object.values(values).filter((r): r is number => r !== null);
      return known.length ? Math.min(...known) : null;
    };
    const vsFloor = lowest(ratios);

    console.log("");
    for (const q of queries) console.log(`${q.key.padEnd(12)} ${q.title}`);
    console.log("");
    printTable(results);
    console.log("");
    console.log(`Accord startup (spawn to /ready, migrated database): ${accord.startupMs.toFixed(0)} ms; floor: ${floor.startupMs.toFixed(0)} ms`);
    console.log(`Accord RSS after the runs: ${accordIdleRss?.toFixed(0) ?? "?"} MB (server process ${accord.serverPid})`);
    console.log(`Accord/floor throughput: nested ${ratios.nested?.toFixed(2) ?? "-"}, commitments ${ratios.commitments?.toFixed(2) ?? "-"}`);
    console.log(
      `Accord/floor throughput with the response cache off: nested ${uncachedRatios.nested?.toFixed(2) ?? "-"}, commitments ${uncachedRatios.commitments?.toFixed(2) ?? "-"}`,
    );
    for (const note of notes) console.log(`note: ${note}`);

    const report = {
      startedAt: new Date(Date.now() - (performance.now() - started)).toISOString(),
      options: { ...options, databaseUrl: options.databaseUrl ? redact(options.databaseUrl) : undefined },
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
      database: { name: database.name, url: redact(database.url), reused: database.reused, rows: database.rows, generation: database.generation },
      startup: { accordMs: Math.round(accord.startupMs), floorMs: Math.round(floor.startupMs) },
      rss: { accordAfterRunsMb: accordIdleRss },
      parity,
      queries: queries.map((q) => ({
        key: q.key,
        title: q.title,
        operationName: q.operationName,
        requestBodies: typeof q.bodies === "function" ? "generated per request" : q.bodies.length,
      })),
      results,
      vsFloor: { ...ratios, min: vsFloor, uncached: { ...uncachedRatios, min: lowest(uncachedRatios) } },
      notes,
      seconds: (performance.now() - started) / 1000,
    };
    const reportsDir = join(ROOT, "tests/bench/reports");
    mkdirSync(reportsDir, { recursive: true });
    const file = join(reportsDir, `${runId}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    // biome.json lints tests/**: keep the report in the formatter's style so `npm run lint` passes.
    spawnSync(join(ROOT, "node_modules/.bin/biome"), ["format", "--write", file], { cwd: ROOT, stdio: "ignore" });
    console.log(`report: ${file.slice(ROOT.length + 1)} (${report.seconds.toFixed(0)} s)`);
    console.log(`vs-floor=${vsFloor === null ? "n/a" : vsFloor.toFixed(2)}`);
  } finally {
    await stopChild(accord);
    await stopChild(uncached);
    await stopChild(floor);
    if (apiKey) {
      // The write mix's people go; the key is revoked (status history, append-only, keeps its id).
      await withClient(database.url, async (c) => {
        await c.query("DELETE FROM person WHERE slug LIKE 'bench-%' AND NOT EXISTS (SELECT 1 FROM participation p WHERE p.person_id = person.id)");
        await c.query("UPDATE api_key SET revoked_at = now() WHERE id = $1", [apiKey?.id]);
      }).catch((error: Error) => say(`cleanup failed: ${error.message}`));
    }
    await database.stop();
  }
}

if (!existsSync(join(ROOT, "node_modules/.bin/tsx"))) throw new Error("node_modules/.bin/tsx is missing: run npm install");
main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`bench: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
