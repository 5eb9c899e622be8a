// The response cache's memory: responses by key, bounded by their JSON size (least recently used
// go first), indexed by the tables each read so that a change finds the responses it affects.
import { LRUCache } from "lru-cache";
import type { DataChange } from "../../infra/data-changes.js";
import { encodeGlobalId } from "../../schema/global-id.js";

export interface StoredResponse {
  result: unknown;
  /** Tables the response read. */
  tables: Set<string>;
  /** `Typename:globalId` of every record it holds, when it is entity-scoped; null otherwise. */
  entities: Set<string> | null;
}

export class ResponseStore {
  private readonly responses: LRUCache<string, StoredResponse & { size: number }>;
  private readonly keysByTable = new Map<string, Set<string>>();
  /** The feed generation at which each table last changed, and at which everything may have. */
  private readonly tableChangedAt = new Map<string, number>();
  private everythingChangedAt = 0;

  /** `modelOfTable` gives the Node type whose global ids name a table's rows, if it has one. */
  constructor(
    maxBytes: number,
    private readonly modelOfTable: (table: string) => string | undefined,
  ) {
    this.responses = new LRUCache({
      maxSize: maxBytes,
      sizeCalculation: (entry) => entry.size,
      dispose: (entry, key) => {
        for (const table of entry.tables) this.keysByTable.get(table)?.delete(key);
      },
    });
  }

  get bytes(): number {
    return this.responses.calculatedSize;
  }

  get(key: string): unknown {
    return this.responses.get(key)?.result;
  }

  /**
   * Keeps a response read from generation `readAt` on, unless a table it read has changed since:
   * it may hold data from before that change, whose notification has already gone by.
   */
  set(key: string, response: StoredResponse, readAt: number, ttl: number): void {
    if (this.everythingChangedAt > readAt) return;
    for (const table of response.tables) if ((this.tableChangedAt.get(table) ?? 0) > readAt) return;
    // Weighed by its JSON; one bigger than the whole budget is not kept.
    this.responses.set(key, { ...response, size: JSON.stringify(response.result).length }, { ttl });
    if (!this.responses.has(key)) return;
    for (const table of response.tables) {
      const keys = this.keysByTable.get(table) ?? new Set<string>();
      keys.add(key);
      this.keysByTable.set(table, keys);
    }
  }

  /** Drops what a change can affect (everything for `null`); `generation` is the feed's after it. */
  invalidate(change: DataChange | null, generation: number): void {
    if (!change) {
      this.everythingChangedAt = generation;
      this.responses.clear();
      return;
    }
    this.tableChangedAt.set(change.table, generation);
    const keys = this.keysByTable.get(change.table);
    if (!keys) return;
    const model = this.modelOfTable(change.table);
    // Only an update or delete of known rows spares entity-scoped responses that hold none of them.
    const changedRecords =
      model && change.ids && (change.op === "UPDATE" || change.op === "DELETE")
        ? change.ids.map((id) => `${model}:${encodeGlobalId(model, id)}`)
        : null;
    for (const key of [...keys]) {
      const entities = this.responses.peek(key)?.entities;
      if (changedRecords && entities && !changedRecords.some((record) => entities.has(record))) continue;
      this.responses.delete(key);
    }
  }
}
