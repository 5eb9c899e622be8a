// Follows committed writes to the database, from this server or any other writer, through
// PostgreSQL's LISTEN/NOTIFY: a statement trigger on every table the API reads notifies
// `accord_data_changed` (migration 20261127180000_data_change_notifications). The response cache
// uses it to drop what it cached; it works across any number of servers without shared state.
import pg from "pg";
import { logger } from "./logger.js";

const CHANNEL = "accord_data_changed";
const RECONNECT_DELAY_MS = 1_000;

export class DataChangeFeed {
  /** Increases with every change seen; a cache entry made under an older value is stale. */
  generation = 0;
  private client: pg.Client | undefined;
  private connected = false;
  private stopped = false;
  /** Set while retrying after a warning, so a long outage is logged once, not every second. */
  private warned = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly config: pg.ClientConfig) {}

  /** True while notifications arrive: without them, changes could go unseen. */
  get following(): boolean {
    return this.connected;
  }

  /** Opens the listening connection, once; reconnects by itself when it is lost. */
  start(): void {
    if (this.client || this.stopped) return;
    const client = new pg.Client(this.config);
    this.client = client;
    client.on("notification", () => this.changed());
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client));
    client
      .connect()
      .then(() => client.query(`LISTEN ${CHANNEL}`))
      .then(() => {
        if (this.client !== client) return;
        this.connected = true;
        if (this.warned) logger.info("following data-change notifications again; responses are cached again");
        this.warned = false;
        // Whatever changed while no one was listening is unknown: treat everything as changed.
        this.changed();
      })
      .catch((error: Error) => this.lost(client, error));
  }

  /** Records a change: called for every notification, and directly after this server's own writes. */
  changed(): void {
    this.generation++;
    for (const listener of this.listeners) listener();
  }

  onChange(listener: () => void): void {
    this.listeners.add(listener);
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
    this.changed();
    client.end().catch(() => undefined);
    if (this.stopped) return;
    if (!this.warned) logger.warn({ error: error?.message }, "no data-change notifications; responses are not cached until they are back");
    this.warned = true;
    setTimeout(() => this.start(), RECONNECT_DELAY_MS).unref();
  }
}
