// What a run tells its user while it works and when it is done: rows and rates per table.
import type { GenerateResult } from "./generate.js";
import { TABLES } from "./plan.js";
import type { World } from "./world.js";

export class Progress {
  private lastLine = performance.now();
  private readonly started = performance.now();

  constructor(
    private readonly world: World,
    readonly log: (line: string) => void,
  ) {}

  /** A progress line at most every two seconds, and one at the end. */
  meetingsDone(done: number): void {
    const { batches, meetings } = this.world;
    const now = performance.now();
    if (now - this.lastLine < 2000 && done < meetings.length) return;
    this.lastLine = now;
    const rows = TABLES.reduce((sum, t) => sum + batches[t].stats.rows, 0);
    const seconds = (now - this.started) / 1000;
    const perTable = (["meeting", "participation", "commitment", "commitment_party", "citation"] as const)
      .map((t) => `${t} ${rate(batches[t].stats)?.toLocaleString("en-US") ?? "-"}/s`)
      .join(", ");
    this.log(
      `synthetic: ${done.toLocaleString("en-US")}/${meetings.length.toLocaleString("en-US")} meetings, ${rows.toLocaleString("en-US")} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString("en-US")} rows/s; ${perTable})`,
    );
  }

  /** One line per table: rows written, time spent writing them, rate. */
  tables(): void {
    for (const table of TABLES) {
      const stats = this.world.batches[table].stats;
      this.log(
        `synthetic: ${table.padEnd(24)} ${String(stats.rows).padStart(9)} rows  ${(stats.ms / 1000).toFixed(1).padStart(6)} s  ${(rate(stats) ?? 0).toLocaleString("en-US").padStart(9)} rows/s`,
      );
    }
  }

  result(seconds: number): GenerateResult {
    const { world } = this;
    const tables = Object.fromEntries(
      TABLES.map((t) => {
        const s = world.batches[t].stats;
        return [t, { rows: s.rows, ms: Math.round(s.ms), rowsPerSecond: rate(s) ?? 0 }];
      }),
    ) as GenerateResult["tables"];
    return {
      seed: world.seed,
      scale: world.scale,
      plan: world.plan,
      tables,
      totalRows: TABLES.reduce((sum, t) => sum + tables[t].rows, 0),
      seconds,
    };
  }
}

function rate(stats: { rows: number; ms: number }): number | null {
  return stats.ms > 0 ? Math.round((stats.rows / stats.ms) * 1000) : null;
}
