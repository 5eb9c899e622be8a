// `--diagnose`: where an Accord target's tail latency comes from, measured during each run.
//   - Garbage collection: Accord runs with --trace-gc; each pause in the run's window is parsed
//     from its output (kind, length, heap after), giving GC's share of the wall time, the longest
//     pause and how full the heap was after a full collection.
//   - Event-loop queueing and pool queueing: /metrics is fetched every 250 ms. Its round trip is
//     how long a trivial request waits behind the work already queued on the event loop; the
//     pool gauge (accord_db_pool_connections) says how many requests wait for a connection and
//     how many connections are busy.
import type { Child } from "./processes.js";

/** One line of V8's --trace-gc, e.g. `[1:0x1]  1234 ms: Mark-Compact 150.1 (190.2) -> 120.3 (185.0) MB, 12.3 / 0.1 ms ...`. */
const GC_LINE =
  /^\[\d+:0x[0-9a-f]+\]\s+(\d+) ms: (Scavenge|Mark-Compact(?: \(reduce\))?|Minor Mark-Compact|Mark-Sweep)\S* [\d.]+ \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB, ([\d.]+) /;

export interface GcSummary {
  /** Share of the run's wall time spent in GC pauses. */
  share: number;
  scavenges: number;
  fullCollections: number;
  /** Longest pause, ms. */
  maxPauseMs: number;
  /** Pauses of 50 ms or more. */
  longPauses: number;
  /** Heap in use after the fullest full collection, MB (the floor the heap cannot go below). */
  maxHeapAfterFullMb: number | null;
}

export interface QueueSummary {
  /** /metrics round trips: median and worst, ms. */
  metricsRoundTripMs: { p50: number; max: number };
  /** Requests waiting for a pool connection: mean and most seen. */
  poolWaiting: { mean: number; max: number };
  /** Connections in use (total - idle), mean. */
  poolBusy: number;
}

export interface Diagnosis {
  gc: GcSummary;
  queues: QueueSummary;
}

export function summarizeGc(lines: string[], wallSeconds: number): GcSummary {
  const pauses: Array<{ kind: string; ms: number; heapAfter: number }> = [];
  for (const text of lines.join("").split("\n")) {
    const match = GC_LINE.exec(text);
    if (match) pauses.push({ kind: match[2] as string, heapAfter: Number(match[3]), ms: Number(match[4]) });
  }
  const full = pauses.filter((p) => p.kind !== "Scavenge" && p.kind !== "Minor Mark-Compact");
  return {
    share: pauses.reduce((sum, p) => sum + p.ms, 0) / 1000 / wallSeconds,
    scavenges: pauses.length - full.length,
    fullCollections: full.length,
    maxPauseMs: pauses.length ? Math.max(...pauses.map((p) => p.ms)) : 0,
    longPauses: pauses.filter((p) => p.ms >= 50).length,
    maxHeapAfterFullMb: full.length ? Math.max(...full.map((p) => p.heapAfter)) : null,
  };
}

function gauge(metrics: string, state: string): number {
  const match = new RegExp(`^accord_db_pool_connections\\{state="${state}"\\} (\\d+)`, "m").exec(metrics);
  return match ? Number(match[1]) : 0;
}

/** Starts watching `target`; `stop()` ends the run's window and summarizes it. */
export function watch(target: Child): { stop(wallSeconds: number): Diagnosis } {
  const outputFrom = target.output.length;
  const roundTrips: number[] = [];
  const waiting: number[] = [];
  const busy: number[] = [];
  let inFlight = false;
  const timer = setInterval(async () => {
    if (inFlight) return;
    inFlight = true;
    const sent = performance.now();
    try {
      const metrics = await fetch(`http://127.0.0.1:${target.port}/metrics`).then((r) => r.text());
      roundTrips.push(performance.now() - sent);
      waiting.push(gauge(metrics, "waiting_clients"));
      busy.push(gauge(metrics, "total") - gauge(metrics, "idle"));
    } catch {
    } finally {
      inFlight = false;
    }
  }, 250);
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
  return {
    stop(wallSeconds) {
      clearInterval(timer);
      const sorted = [...roundTrips].sort((a, b) => a - b);
      return {
        gc: summarizeGc(target.output.slice(outputFrom), wallSeconds),
        queues: {
          metricsRoundTripMs: { p50: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted.at(-1) ?? 0 },
          poolWaiting: { mean: mean(waiting), max: waiting.length ? Math.max(...waiting) : 0 },
          poolBusy: mean(busy),
        },
      };
    },
  };
}
