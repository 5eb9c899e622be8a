// The bench's report: the table on stdout, the throughput ratios (the last lines are
// `uncached-vs-floor=`, `uncached-vs-postgraphile=` and `vs-floor=`), and the JSON file under
// tests/bench/reports/.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { RunResult, Target } from "./load.js";
import { ROOT } from "./log.js";

/** The queries every target answers: the ratios are the lowest over these. */
const COMPARED = ["nested", "commitments"] as const;

export function printTable(results: RunResult[]): void {
  const header = [
    "query",
    "target",
    "req/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "1st on new conn ms",
    "errors",
    "non2xx",
    "SQL/req",
    "RSS MB (peak)",
    "CPU server/pg/load",
  ];
  const rows = results.map((r) => [
    r.query,
    r.target,
    r.requestsPerSecond.toFixed(0),
    r.latencyMs.p50.toFixed(1),
    r.latencyMs.p95.toFixed(1),
    r.latencyMs.p99.toFixed(1),
    r.latencyMs.firstResponseMax.toFixed(0),
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
  printRows(header, rows);
}

function printRows(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}

/** With --diagnose: where each Accord run's time went besides its own work (diagnostics.ts). */
export function printDiagnoses(results: RunResult[]): void {
  const diagnosed = results.filter((r) => r.diagnosis);
  if (!diagnosed.length) return;
  const header = [
    "query",
    "target",
    "p99/p50",
    "GC %",
    "scavenges",
    "full GCs",
    "max pause ms",
    "pauses>=50ms",
    "heap after full MB",
    "/metrics p50/max ms",
    "pool wait mean/max",
    "pool busy",
  ];
  const rows = diagnosed.map((r) => {
    const { gc, queues } = r.diagnosis as NonNullable<RunResult["diagnosis"]>;
    return [
      r.query,
      r.target,
      (r.latencyMs.p99 / r.latencyMs.p50).toFixed(1),
      (gc.share * 100).toFixed(1),
      String(gc.scavenges),
      String(gc.fullCollections),
      gc.maxPauseMs.toFixed(0),
      String(gc.longPauses),
      gc.maxHeapAfterFullMb?.toFixed(0) ?? "-",
      `${queues.metricsRoundTripMs.p50.toFixed(0)}/${queues.metricsRoundTripMs.max.toFixed(0)}`,
      `${queues.poolWaiting.mean.toFixed(1)}/${queues.poolWaiting.max}`,
      queues.poolBusy.toFixed(1),
    ];
  });
  printRows(header, rows);
  console.log("");
}

/** `target`'s throughput over `baseline`'s per compared query, and the lowest of them. */
function ratios(results: RunResult[], target: Target, baseline: Target) {
  const perQuery: Record<string, number | null> = {};
  for (const key of COMPARED) {
    const a = results.find((r) => r.query === key && r.target === target);
    const b = results.find((r) => r.query === key && r.target === baseline);
    perQuery[key] = a && b && b.requestsPerSecond > 0 ? a.requestsPerSecond / b.requestsPerSecond : null;
  }
  const known = Object.values(perQuery).filter((r): r is number => r !== null);
  return { ...perQuery, min: known.length ? Math.min(...known) : null };
}

export function throughputRatios(results: RunResult[]) {
  return {
    vsFloor: ratios(results, "accord", "floor"),
    uncachedVsFloor: ratios(results, "accord-uncached", "floor"),
    uncachedVsPostgraphile: ratios(results, "accord-uncached", "postgraphile"),
    postgraphileVsFloor: ratios(results, "postgraphile", "floor"),
  };
}

const show = (ratio: number | null | undefined) => (ratio == null ? "-" : ratio.toFixed(2));

/** The ratio lines, ending with the three machine-readable ones. */
export function printRatios(r: ReturnType<typeof throughputRatios>): void {
  const line = (label: string, x: Record<string, number | null>) =>
    console.log(`${label}: ${COMPARED.map((key) => `${key} ${show(x[key])}`).join(", ")}`);
  line("Accord/floor throughput", r.vsFloor);
  line("Accord/floor throughput with the response cache off", r.uncachedVsFloor);
  line("Accord/PostGraphile throughput with the response cache off", r.uncachedVsPostgraphile);
  line("PostGraphile/floor throughput", r.postgraphileVsFloor);
}

export function printVerdict(r: ReturnType<typeof throughputRatios>): void {
  console.log(`uncached-vs-floor=${r.uncachedVsFloor.min === null ? "n/a" : show(r.uncachedVsFloor.min)}`);
  console.log(
    `uncached-vs-postgraphile=${r.uncachedVsPostgraphile.min === null ? "n/a" : show(r.uncachedVsPostgraphile.min)}`,
  );
  console.log(`vs-floor=${r.vsFloor.min === null ? "n/a" : show(r.vsFloor.min)}`);
}

/** Writes tests/bench/reports/<runId>.json and returns its path relative to the project. */
export function writeReport(runId: string, report: object): string {
  const reportsDir = join(ROOT, "tests/bench/reports");
  mkdirSync(reportsDir, { recursive: true });
  const file = join(reportsDir, `${runId}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  // biome.json lints tests/**: keep the report in the formatter's style so `npm run lint` passes.
  spawnSync(join(ROOT, "node_modules/.bin/biome"), ["format", "--write", file], { cwd: ROOT, stdio: "ignore" });
  return file.slice(ROOT.length + 1);
}
