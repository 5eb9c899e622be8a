// Follows committed writes to the database, from this server or any other writer, through
// PostgreSQL's LISTEN/NOTIFY: statement triggers on every table the API reads notify
// `accord_data_changed` with the table, the operation and the changed rows' ids (migration
// 20261130230000_data_change_ids). PostgreSQL delivers them at commit, in commit order, to every
// listening connection, so any number of servers follow the same changes without shared state.
// The response cache drops what a change affects; subscriptions turn changes into events.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { logger } from "./logger.js";

const CHANNEL = "accord_data_changed";
const RECONNECT_DELAY_MS = 1_000;

export type DataChangeOp = "INSERT" | "UPDATE" | "DELETE" | "TRUNCATE";

/** One statement's committed change to one table. */
export interface DataChange {
  table: string;
  op: DataChangeOp;
  /** The changed rows' ids; absent when the statement changed too many rows to list, or on TRUNCATE. */
  ids?: string[];
}

/**
 * What a listener hears: a change, or `null` when changes may have been missed (the listening
 * connection was lost or has just been re-established), so anything may have changed.
 */
export type DataChangeListener = (change: DataChange | null) => void;

/** A change, a sync marker this server sent (see `caughtUp`), or null for "something changed". */
function parse(payload: string | undefined): DataChange | { sync: string } | null {
  try {
    const message = JSON.parse(payload ?? "") as DataChange | { sync: string };
    if ("sync" in message && typeof message.sync === "string") return message;
    return "table" in message && typeof message.table === "string" && typeof message.op === "string" ? message : null;
  } catch {
    // A payload from an older trigger (just a table name) says no more than "something changed".
    return null;
  }
}

export class DataChangeFeed {
  /** Increases with every change heard; work begun under an older value may have missed one. */
  generation = 0;
  private client: pg.Client | undefined;
  private connected = false;
  private stopped = false;
  /** Set while retrying after a warning, so a long outage is logged once, not every second. */
  private warned = false;
  private readonly listeners = new Set<DataChangeListener>();
  private readonly syncWaiters = new Map<string, () => void>();
  private syncing: Promise<void> | undefined;
  private nextSync: Promise<void> | undefined;
  private readonly connectWaiters = new Set<() => void>();

  constructor(private readonly config: pg.ClientConfig) {}

  /** True while notifications arrive: without them, changes could go unseen. */
  get following(): boolean {
    return this.connected;
  }

  /** Opens the listening connection, once; reconnects by itself when it is lost. */
  start(): void {
    if (this.client || this.stopped) return;
    // Named, so operators (and tests) can tell it apart in pg_stat_activity.
    const client = new pg.Client({ ...this.config, application_name: "accord change feed" });
    this.client = client;
    client.on("notification", (notification) => {
      const message = parse(notification.payload);
      if (message && "sync" in message) this.syncWaiters.get(message.sync)?.();
      else this.announce(message);
    });
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client));
    client
      .connect()
      .then(() => client.query(`LISTEN ${CHANNEL}`))
      .then(() => {
        if (this.client !== client) return;
        this.connected = true;
        for (const resolve of this.connectWaiters) resolve();
        this.connectWaiters.clear();
        if (this.warned) logger.info("following data-change notifications again; responses are cached again");
        this.warned = false;
        // Whatever changed while no one was listening is unknown: treat everything as changed.
        this.announce(null);
      })
      .catch((error: Error) => this.lost(client, error));
  }

  /** Tells every listener of a change: called for every notification, and by this server for its own writes. */
  announce(change: DataChange | null): void {
    this.generation++;
    for (const listener of this.listeners) listener(change);
  }

  /** Starts following if needed; resolves true once notifications arrive, false if not within `timeoutMs`. */
  async whenFollowing(timeoutMs = 5_000): Promise<boolean> {
    this.start();
    if (this.connected) return true;
    return new Promise<boolean>((resolve) => {
      const connected = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.connectWaiters.delete(connected);
        resolve(false);
      }, timeoutMs);
      this.connectWaiters.add(connected);
    });
  }

  /**
   * Resolves once every change committed before this call has been announced, so that what the
   * caller reads next reflects them: after this server's own writes, and before a cached response
   * is served (a write through another server is then seen here too). Callers share markers: one
   * that arrives while a marker is out waits for the next, whose NOTIFY is sure to follow it.
   */
  caughtUp(): Promise<void> {
    if (!this.syncing) {
      this.syncing = this.sync().finally(() => {
        this.syncing = undefined;
      });
      return this.syncing;
    }
    this.nextSync ??= this.syncing.then(() => {
      this.nextSync = undefined;
      return this.caughtUp();
    });
    return this.nextSync;
  }

  /**
   * Sends a marker on the listening connection itself and waits for it to come back: notifications
   * arrive in commit order, so every change committed before it has then been announced. If it
   * does not come back within `timeoutMs`, announces that anything may have changed.
   */
  private async sync(timeoutMs = 2_000): Promise<void> {
    const client = this.client;
    if (!this.connected || !client) return;
    const token = randomUUID();
    const arrived = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.syncWaiters.set(token, () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    try {
      await client.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify({ sync: token })]);
      if (!(await arrived)) this.announce(null);
    } catch {
      this.announce(null);
    } finally {
      this.syncWaiters.delete(token);
    }
  }

  onChange(listener: DataChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = undefined;
    this.connected = false;
    await client?.end().catch(() => undefined);
  }

  private lost(client: pg.Client, error?: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.connected = false;
    this.announce(null);
    client.end().catch(() => undefined);
    if (this.stopped) return;
    if (!this.warned)
      logger.warn(
        { error: error?.message },
        "no data-change notifications; responses are not cached until they are back",
      );
    this.warned = true;
    setTimeout(() => this.start(), RECONNECT_DELAY_MS).unref();
  }
}
