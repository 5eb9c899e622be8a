// Multi-row inserts: each batch is one `INSERT ... SELECT * FROM unnest($1::uuid[], ...)`, so a
// few thousand rows cost one round trip and one statement (pg-copy-streams is not installed).
import type pg from "pg";

export interface Column {
  name: string;
  /** PostgreSQL type of one element, e.g. `uuid`, `text`, `date`, `"MeetingKind"`. */
  type: string;
}

export interface TableStats {
  rows: number;
  /** Milliseconds spent sending batches and waiting for them. */
  ms: number;
}

/** Column-major rows waiting to be written to one table; a row names its columns. */
export class Batch<Row extends object> {
  readonly columns: Column[];
  private readonly names: Array<keyof Row>;
  private values: unknown[][];
  private readonly sql: string;
  readonly stats: TableStats = { rows: 0, ms: 0 };

  /** `columns` maps each column to its PostgreSQL type, in the order they are written. */
  constructor(
    readonly table: string,
    columns: { [Name in keyof Row]-?: string },
    private readonly batchSize = 4000,
  ) {
    this.names = Object.keys(columns) as Array<keyof Row>;
    this.columns = this.names.map((name) => ({ name: String(name), type: columns[name] }));
    this.values = this.columns.map(() => []);
    const names = this.columns.map((c) => `"${c.name}"`).join(", ");
    const arrays = this.columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ");
    this.sql = `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`;
  }

  get pending(): number {
    return this.values[0]?.length ?? 0;
  }

  /** Adds one row. */
  push(row: Row): void {
    for (const [i, name] of this.names.entries()) (this.values[i] as unknown[]).push(row[name] ?? null);
  }

  /** Writes everything pending, in batches of `batchSize` rows. */
  async flush(client: pg.ClientBase): Promise<void> {
    while (this.pending > 0) {
      const take = Math.min(this.batchSize, this.pending);
      const chunk = this.values.map((column) => column.slice(0, take));
      this.values = this.values.map((column) => column.slice(take));
      const started = performance.now();
      await client.query({ text: this.sql, values: chunk });
      this.stats.ms += performance.now() - started;
      this.stats.rows += take;
    }
  }
}
