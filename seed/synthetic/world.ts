// The state a run builds up and the primitives every phase uses: deterministic ids per table,
// the batches rows wait in, and what has been generated so far (actors, topics, meetings).
import type pg from "pg";
import type { Actor, MeetingPlan, Person, Position, Topic } from "./model.js";
import { type Plan, TABLES, type Table } from "./plan.js";
import { makeIdFactory, Rng } from "./random.js";
import { type Batches, type CommitmentStatusChangeRow, createBatches } from "./tables.js";

export class World {
  readonly rng: Rng;
  readonly batches: Batches = createBatches();
  /** Every actor: countries' delegations and international bodies. */
  readonly actors: Actor[] = [];
  readonly countryActors: Actor[] = [];
  readonly topics: Topic[] = [];
  readonly meetings: MeetingPlan[] = [];
  private readonly ids: Record<Table, (index: number) => string>;
  private readonly counters: Record<Table, number>;

  constructor(
    readonly client: pg.Client,
    readonly seed: number,
    readonly scale: number,
    readonly plan: Plan,
    private readonly onBatch?: (table: Table, rows: number) => void,
  ) {
    this.rng = new Rng(seed);
    this.ids = Object.fromEntries(TABLES.map((t) => [t, makeIdFactory(seed, t)])) as Record<
      Table,
      (index: number) => string
    >;
    this.counters = Object.fromEntries(TABLES.map((t) => [t, 0])) as Record<Table, number>;
  }

  /** The next row of a table: its id is derived from (seed, table, row number), never random. */
  next(table: Table): { id: string; index: number } {
    const index = this.counters[table]++;
    return { id: this.ids[table](index), index };
  }

  /** The id the next row of a table will get, without taking it. */
  peekId(table: Table): string {
    return this.ids[table](this.counters[table]);
  }

  /** How many rows of a table have been numbered so far. */
  count(table: Table): number {
    return this.counters[table];
  }

  async flush(...tables: Table[]): Promise<void> {
    for (const table of tables) {
      const batch = this.batches[table];
      if (!batch.pending) continue;
      await batch.flush(this.client);
      this.onBatch?.(table, batch.stats.rows);
    }
  }

  /** One line of a commitment's status history, as the database's trigger would record it. */
  statusChange(change: Omit<CommitmentStatusChangeRow, "id">): void {
    this.batches.commitment_status_change.push({ id: this.next("commitment_status_change").id, ...change });
  }
}

/** The position a person held on a day: the last one begun by then, else their first. */
export function positionAt(person: Person, date: string | null): Position {
  const positions = person.positions;
  if (!date) return positions[positions.length - 1] as Position;
  let found: Position | undefined;
  for (const p of positions) if (!p.start || p.start <= date) found = p;
  return found ?? (positions[0] as Position);
}
