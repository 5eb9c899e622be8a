// Read replicas (DATABASE_REPLICA_URLS): which server a read goes to. Writes, transactions and
// reads that must see a caller's own writes run on the primary (see `onPrimary`); other reads go
// to a replica that is up, lags less than REPLICA_MAX_LAG_MS, and has replayed every change this
// server has been told of (the change feed). That last rule keeps the response cache coherent: a
// response computed after a change notification reflects that change, wherever it was read.
// We route ourselves rather than with @prisma/extension-read-replicas: it picks a replica at
// random with no notion of health or lag, and sends raw reads to the primary.
import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client.js";
import { poolConfigFromUrl } from "./db-url.js";
import { logger } from "./logger.js";

export type ReplicaStatus = "serving" | "catching-up" | "lagging" | "down";

export interface ReplicaState {
  name: string;
  status: ReplicaStatus;
  /** Time behind the primary (0 when it has replayed everything); null while down. */
  lagMs: number | null;
  /** WAL bytes not yet replayed; null while down. */
  lagBytes: number | null;
  /** Reads sent to it since this server started. */
  reads: number;
  /** Why it is down, when it is. */
  problem?: string;
}

export interface ReplicaSettings {
  poolConfig: pg.PoolConfig;
  maxLagMs: number;
  checkIntervalMs: number;
}

/** How soon a replica that is behind the latest change is looked at again. */
const CATCH_UP_POLL_MS = 10;

/** "16/B374D848" → a number that orders like the position it names. */
export function parseLsn(lsn: string): bigint {
  const [high, low] = lsn.split("/") as [string, string];
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

const primaryOnly = new AsyncLocalStorage<true>();

/**
 * Runs `work` with every read on the primary: mutations, and requests whose caller may have just
 * written. Awaited inside, because Prisma's queries are lazy: they start when awaited.
 */
export function onPrimary<T>(work: () => T | PromiseLike<T>): Promise<T> {
  return primaryOnly.run(true, async () => await work());
}

export function readsOnPrimary(): boolean {
  return primaryOnly.getStore() === true;
}

/** Host, port and database: a replica's name in logs, /ready and /metrics (never its password). */
function nameOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

export class Replica {
  readonly name: string;
  readonly pool: pg.Pool;
  readonly client;
  up = false;
  replayLsn = 0n;
  lagMs: number | null = null;
  lagBytes: number | null = null;
  problem: string | undefined = "not checked yet";
  reads = 0;

  constructor(url: string, settings: ReplicaSettings) {
    this.name = nameOf(url);
    this.pool = new pg.Pool({ ...settings.poolConfig, ...poolConfigFromUrl(url) });
    this.pool.on("error", (error) =>
      logger.warn(
        { replica: this.name, error: error.message },
        "an idle replica connection failed; the pool will replace it",
      ),
    );
    this.client = new PrismaClient({ adapter: new PrismaPg(this.pool), log: [{ emit: "event", level: "query" }] });
  }

  /** Reads how far this replica has replayed, against the primary's position `primaryLsn`. */
  async check(primaryLsn: bigint): Promise<void> {
    try {
      const { rows } = await this.pool.query<{
        standby: boolean;
        replay: string | null;
        since_replay_ms: number | null;
      }>(
        `SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS replay,
                (extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000)::float8 AS since_replay_ms`,
      );
      const row = rows[0];
      if (!row?.standby || !row.replay)
        throw new Error("it is not a standby (not in recovery): a promoted replica is not read from");
      this.replayLsn = parseLsn(row.replay);
      const behind = primaryLsn > this.replayLsn ? primaryLsn - this.replayLsn : 0n;
      this.lagBytes = Number(behind);
      // Behind: as old as the last transaction it replayed. Nothing replayed since it started: unknown.
      this.lagMs = behind === 0n ? 0 : (row.since_replay_ms ?? Number.POSITIVE_INFINITY);
      if (!this.up) logger.info({ replica: this.name }, "replica reachable; reads may go to it");
      this.up = true;
      this.problem = undefined;
    } catch (error) {
      this.failed(error);
    }
  }

  failed(error: unknown): void {
    const problem = error instanceof Error ? error.message : String(error);
    if (this.up || this.problem === "not checked yet")
      logger.warn({ replica: this.name, problem }, "replica unavailable; its reads go to the primary");
    this.up = false;
    this.lagMs = null;
    this.lagBytes = null;
    this.problem = problem;
  }

  async close(): Promise<void> {
    await this.client.$disconnect();
    await this.pool.end();
  }
}

export class ReplicaRouter {
  readonly replicas: Replica[];
  /** Change notifications seen, and how many of them `requiredLsn` covers. */
  private changes = 0;
  private coveredChanges = 0;
  /** Primary position after the latest change this server heard of: a replica must have replayed it. */
  private requiredLsn = 0n;
  private stopped = false;
  private wake: (() => void) | undefined;
  private loop: Promise<void> | undefined;
  private next = 0;

  constructor(
    private readonly primary: pg.Pool,
    urls: string[],
    private readonly settings: ReplicaSettings,
  ) {
    this.replicas = urls.map((url) => new Replica(url, settings));
  }

  /** Starts following the replicas; `changed` is then called for every change notification. */
  start(): void {
    this.loop ??= this.follow();
  }

  /** A change committed on the primary: no replica serves reads until it has replayed it. */
  changed(): void {
    this.changes++;
    this.wake?.();
  }

  /** A replica for the next read, or undefined for the primary. Round-robin over those that may serve. */
  pick(): Replica | undefined {
    if (readsOnPrimary()) return undefined;
    const serving = this.replicas.filter((replica) => this.statusOf(replica) === "serving");
    if (serving.length === 0) return undefined;
    this.next = (this.next + 1) % serving.length;
    const replica = serving[this.next] as Replica;
    replica.reads++;
    return replica;
  }

  /** A read on `replica` failed: it is looked at again at once, and the read repeated on the primary. */
  readFailed(replica: Replica, error: unknown): void {
    logger.warn(
      { replica: replica.name, error: error instanceof Error ? error.message : String(error) },
      "a read failed on a replica; repeated on the primary",
    );
    replica.failed(error);
    this.wake?.();
  }

  states(): ReplicaState[] {
    return this.replicas.map((replica) => ({
      name: replica.name,
      status: this.statusOf(replica),
      lagMs: replica.lagMs,
      lagBytes: replica.lagBytes,
      reads: replica.reads,
      ...(replica.problem ? { problem: replica.problem } : {}),
    }));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
    await Promise.all(this.replicas.map((replica) => replica.close()));
  }

  private statusOf(replica: Replica): ReplicaStatus {
    if (!replica.up) return "down";
    if ((replica.lagMs ?? Number.POSITIVE_INFINITY) > this.settings.maxLagMs) return "lagging";
    if (this.coveredChanges !== this.changes || replica.replayLsn < this.requiredLsn) return "catching-up";
    return "serving";
  }

  private async follow(): Promise<void> {
    while (!this.stopped) {
      await this.refresh();
      // A replica catching up with a change is looked at again soon, so reads return to it quickly.
      const soon = this.replicas.some((replica) => this.statusOf(replica) === "catching-up");
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, soon ? CATCH_UP_POLL_MS : this.settings.checkIntervalMs);
        timer.unref();
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  /** One look at the primary's position, then at every replica's. */
  private async refresh(): Promise<void> {
    const changesSeen = this.changes;
    let primaryLsn: bigint;
    try {
      const { rows } = await this.primary.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn");
      primaryLsn = parseLsn((rows[0] as { lsn: string }).lsn);
    } catch {
      return; // the primary is down: reads fail there anyway, and nothing can be compared
    }
    // Read after the notifications were received, so it is at or past every change they announced.
    if (this.coveredChanges !== changesSeen && primaryLsn > this.requiredLsn) this.requiredLsn = primaryLsn;
    this.coveredChanges = changesSeen;
    await Promise.all(this.replicas.map((replica) => replica.check(primaryLsn)));
  }
}
