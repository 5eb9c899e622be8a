// `npm run bench -- [--scale N] [--quick] [--connections N] [--database-url URL] [--database-name NAME] [--duration S] [--warmup S] [--only key,key] [--pool N] [--node-options FLAGS] [--no-cache] [--no-peer]`
//
// Load-tests Accord in production mode against a synthetic dataset, beside the "floor"
// (tests/bench/floor.ts: node:http + pg, one hand-written SQL statement per request) and
// PostGraphile v5 (tests/bench/peer.ts), on the same database in the same run:
//
//   1. finds or makes the bench database (database.ts) and counts the SQL statements each query
//      sends, in-process (checks.ts);
//   2. builds Accord and starts it as in production, timing it from spawn to a 200 on /ready, and a
//      second Accord with its response cache off (what every cache miss costs), the floor and,
//      installed on demand, PostGraphile (targets.ts, peer.ts);
//   3. checks that Accord and the floor return the same data for every request of queries 1 and 2;
//   4. drives each query on each target with autocannon (load.ts): warm-up, then a measured run;
//   5. prints a table, writes tests/bench/reports/<timestamp>.json and ends with the lines
//      `uncached-vs-floor=`, `uncached-vs-postgraphile=` and `vs-floor=` (report.ts).
//
// --quick (about two minutes) shortens every run; it must stay under three minutes.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { checkParity, countStatements } from "./checks.js";
import { createBenchKey, prepareDatabase, redact, removeBenchWrites, withClient } from "./database.js";
import { drive, type RunResult, type Target } from "./load.js";
import { ROOT, say, started } from "./log.js";
import { parseOptions } from "./options.js";
import { installPeer, peerQueries, startPostgraphile } from "./peer.js";
import { type Child, rssMb, stopChild } from "./processes.js";
import { printDiagnoses, printRatios, printTable, printVerdict, throughputRatios, writeReport } from "./report.js";
import { SERVE_ARGS, startAccord, startFloor } from "./targets.js";
import { type BenchContext, loadContext, readQueries } from "./workload.js";

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const runId = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "").replace("T", "-");
  say(
    `scale ${options.scale}, ${options.connections} connections, ${options.warmup} s warm-up + ${options.duration} s per run${options.quick ? " (quick)" : ""}`,
  );
  const database = await prepareDatabase(options);
  const notes: string[] = [];
  const children: Partial<Record<Target, Child>> = {};
  let apiKey: { id: string; key: string } | null = null;
  try {
    const context: BenchContext = await withClient(database.url, loadContext);
    const schemaText = readFileSync(join(ROOT, "schema.graphql"), "utf8");
    const mutations =
      /\btype Mutation\b/.test(schemaText) &&
      schemaText.includes("updateCommitmentStatus(") &&
      schemaText.includes("createPerson(");
    if (!mutations) {
      context.writableCommitments = [];
      notes.push("(5) write mix skipped: schema.graphql has no updateCommitmentStatus/createPerson mutations");
    } else apiKey = await createBenchKey(database.url, runId);
    let queries = readQueries(context, runId);
    if (options.only) queries = queries.filter((q) => options.only?.includes(q.key));

    say("counting SQL statements per request (in-process: Prisma query events and compiled statements)");
    const sql = await countStatements(database.url, queries, apiKey?.key ?? null, options.pool);

    say("building Accord (npm run build)");
    const build = spawnSync("npm", ["run", "build"], { cwd: ROOT, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
    say(`starting Accord as npm run serve does: node ${SERVE_ARGS.join(" ")} (NODE_ENV=production)`);
    const accord = await startAccord("Accord", database.url, options, true);
    children.accord = accord;
    say(
      `Accord ready in ${accord.startupMs.toFixed(0)} ms (spawn to 200 on /ready, migrated database), pid ${accord.serverPid}, RSS ${rssMb(accord.serverPid)?.toFixed(0)} MB`,
    );
    const compared = queries.some((q) => q.floor);
    if (compared) {
      children["accord-uncached"] = await startAccord("Accord (uncached)", database.url, options, false);
      say(`Accord without its response cache ready, pid ${children["accord-uncached"].serverPid}`);
    }
    const floor = await startFloor(database.url, options.pool);
    children.floor = floor;
    say(`floor ready in ${floor.startupMs.toFixed(0)} ms, pid ${floor.serverPid}`);

    const peer = compared && options.peer ? installPeer() : { ok: false as const, reason: "--no-peer" };
    const peerBodies = peer.ok ? await withClient(database.url, (c) => peerQueries(c, context.topics)) : {};
    if (peer.ok) {
      children.postgraphile = await startPostgraphile(database.url);
      say(
        `PostGraphile ready in ${children.postgraphile.startupMs.toFixed(0)} ms, pid ${children.postgraphile.serverPid}`,
      );
      for (const query of queries.filter((q) => q.floor)) {
        const subset = peerBodies[query.key]?.bodies.length ?? 0;
        notes.push(
          `PostGraphile answers ${subset} of the ${query.bodies.length} request bodies of ${query.key} (the filters its default conditions express)`,
        );
      }
    } else if (compared) {
      say(`PostGraphile skipped: ${peer.reason}`);
      notes.push(`PostGraphile skipped: ${peer.reason}`);
    }

    const parity = await checkParity(accord, floor, queries);
    say(`parity: ${parity.checked} request bodies of queries 1 and 2, ${parity.mismatches.length} mismatches`);
    for (const m of parity.mismatches.slice(0, 5)) say(`  mismatch: ${m}`);
    if (parity.mismatches.length)
      notes.push(
        `floor parity: ${parity.mismatches.length} of ${parity.checked} bodies differ; the vs-floor ratio is not a fair comparison until fixed`,
      );

    const results: RunResult[] = [];
    for (const query of queries) {
      const targets = (
        query.floor ? (["accord", "accord-uncached", "floor", "postgraphile"] as const) : (["accord"] as const)
      ).filter((t) => children[t]);
      for (const name of targets) {
        const target = children[name] as Child;
        const asked = name === "postgraphile" ? { ...query, ...peerBodies[query.key] } : query;
        say(`${query.key} on ${name}: warm-up ${options.warmup} s, then ${options.duration} s`);
        const drived = {
          connections: options.connections,
          apiKey: apiKey?.key ?? null,
          database: database.name,
          diagnose: options.diagnose && name.startsWith("accord"),
        };
        const run = await drive(target, asked, { ...drived, warmup: options.warmup, seconds: options.duration });
        results.push({
          query: query.key,
          title: query.title,
          target: name,
          sqlPerRequest:
            name === "floor"
              ? { mean: 1, max: 1, samples: 0 }
              : name === "postgraphile"
                ? null
                : (sql[query.key] ?? null),
          ...run,
        });
        say(
          `${query.key} on ${name}: ${run.requestsPerSecond.toFixed(0)} req/s, p50 ${run.latencyMs.p50.toFixed(1)} ms, p99 ${run.latencyMs.p99.toFixed(1)} ms, errors ${run.errors.socket + run.errors.timeouts + run.errors.graphql}, non2xx ${run.errors.non2xx}`,
        );
        if (run.errors.firstError) say(`  first error: ${run.errors.firstError}`);
      }
    }
    const accordIdleRss = rssMb(accord.serverPid);
    const ratios = throughputRatios(results);

    console.log("");
    for (const q of queries) console.log(`${q.key.padEnd(12)} ${q.title}`);
    console.log("");
    printTable(results);
    console.log("");
    printDiagnoses(results);
    console.log(
      `Accord startup (spawn to /ready, migrated database): ${accord.startupMs.toFixed(0)} ms; floor: ${floor.startupMs.toFixed(0)} ms`,
    );
    console.log(
      `Accord RSS after the runs: ${accordIdleRss?.toFixed(0) ?? "?"} MB (server process ${accord.serverPid})`,
    );
    printRatios(ratios);
    for (const note of notes) console.log(`note: ${note}`);

    const report = {
      startedAt: new Date(Date.now() - (performance.now() - started)).toISOString(),
      options: { ...options, databaseUrl: options.databaseUrl ? redact(options.databaseUrl) : undefined },
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
        memoryGb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
      },
      database: {
        name: database.name,
        url: redact(database.url),
        reused: database.reused,
        rows: database.rows,
        generation: database.generation,
      },
      startup: {
        accordMs: Math.round(accord.startupMs),
        floorMs: Math.round(floor.startupMs),
        postgraphileMs: children.postgraphile ? Math.round(children.postgraphile.startupMs) : null,
      },
      rss: { accordAfterRunsMb: accordIdleRss },
      parity,
      queries: queries.map((q) => ({
        key: q.key,
        title: q.title,
        operationName: q.operationName,
        requestBodies: typeof q.bodies === "function" ? "generated per request" : q.bodies.length,
      })),
      results,
      ratios,
      notes,
      seconds: (performance.now() - started) / 1000,
    };
    console.log(`report: ${writeReport(runId, report)} (${report.seconds.toFixed(0)} s)`);
    printVerdict(ratios);
  } finally {
    for (const child of Object.values(children)) await stopChild(child);
    if (apiKey)
      await removeBenchWrites(database.url, apiKey.id).catch((error: Error) => say(`cleanup failed: ${error.message}`));
    await database.stop();
  }
}

if (!existsSync(join(ROOT, "node_modules/.bin/tsx")))
  throw new Error("node_modules/.bin/tsx is missing: run npm install");
main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`bench: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
