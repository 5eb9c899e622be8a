// Subscriptions' source of events: committed changes from the change feed (src/infra/data-changes.ts),
// which PostgreSQL delivers to every server after commit and in commit order, whoever wrote. Each
// subscription turns the changes to its tables into events, one change at a time, so its events
// keep commit order. A subscription follows changes from the moment it is accepted (before the
// response starts). Open subscriptions are limited per caller and per process, and all of them
// end when the server starts draining for shutdown.
import { GraphQLError } from "graphql";
import { Gauge } from "prom-client";
import type { DataChange } from "../../infra/data-changes.js";
import { dataChanges } from "../../infra/db.js";
import { env } from "../../infra/env.js";
import { logger } from "../../infra/logger.js";
import { type Context, callerKeyOf } from "../../server/context.js";
import { EventStream } from "./event-stream.js";

/** Changes a subscription may fall behind by before it is ended: a client that does not read. */
const MAX_PENDING_CHANGES = 1_000;

const openByCaller = new Map<string, number>();
const streams = new Set<EventStream<unknown>>();
let draining = false;
new Gauge({
  name: "accord_subscriptions_open",
  help: "Subscriptions this server is streaming.",
  collect() {
    this.set(streams.size);
  },
});

function refuse(message: string, code = "SUBSCRIPTION_LIMIT", status = 429): never {
  throw new GraphQLError(message, { extensions: { code, http: { status } } });
}

/** Refuses a new subscription over the limits. */
function checkLimits(caller: string): void {
  if (draining) refuse("The server is shutting down; subscribe to another one", "SERVICE_UNAVAILABLE", 503);
  if ((openByCaller.get(caller) ?? 0) >= env.SUBSCRIPTIONS_PER_CALLER)
    refuse(`At most ${env.SUBSCRIPTIONS_PER_CALLER} open subscriptions per caller; close one first`);
  if (streams.size >= env.SUBSCRIPTIONS_MAX)
    refuse(`This server holds its limit of ${env.SUBSCRIPTIONS_MAX} open subscriptions; retry later or elsewhere`);
}

/**
 * The events a subscription sends: `toEvents` turns each committed change to one of `tables`
 * (with its changed ids) into zero or more events, in order. Changes too large to list their
 * ids (over 10,000 rows in one statement, TRUNCATE) produce no events.
 */
export async function liveEvents<Event>(
  context: Context,
  tables: string[],
  toEvents: (change: DataChange & { ids: string[] }) => Promise<Event[]>,
): Promise<AsyncIterable<Event>> {
  const caller = callerKeyOf(context, env.TRUST_PROXY);
  checkLimits(caller);
  if (!(await dataChanges.whenFollowing()))
    refuse("Live changes are unavailable right now; retry shortly", "SERVICE_UNAVAILABLE", 503);
  checkLimits(caller);
  let pending = 0;
  let chain = Promise.resolve();
  const stream: EventStream<Event> = new EventStream<Event>(() => {
    unsubscribe();
    streams.delete(stream as EventStream<unknown>);
    const left = (openByCaller.get(caller) ?? 1) - 1;
    if (left > 0) openByCaller.set(caller, left);
    else openByCaller.delete(caller);
  });
  const unsubscribe = dataChanges.onChange((change) => {
    if (!change?.ids || !tables.includes(change.table)) return;
    if (++pending > MAX_PENDING_CHANGES) {
      stream.end(
        new GraphQLError("This subscription fell too far behind the changes and was ended; subscribe again", {
          extensions: { code: "SUBSCRIPTION_BEHIND" },
        }),
      );
      return;
    }
    const ids = change.ids;
    chain = chain
      .then(async () => {
        for (const event of await toEvents({ ...change, ids })) stream.push(event);
      })
      .catch((error: Error) => {
        logger.error({ error: error.message }, "a subscription could not turn a change into events");
        stream.end(error);
      })
      .finally(() => {
        pending--;
      });
  });
  streams.add(stream as EventStream<unknown>);
  openByCaller.set(caller, (openByCaller.get(caller) ?? 0) + 1);
  return stream;
}

/** How many subscriptions this server is streaming. */
export function openSubscriptions(): number {
  return streams.size;
}

/** Ends every open subscription (their streams complete) and refuses new ones: the server is shutting down. */
export function endSubscriptions(): void {
  draining = true;
  for (const stream of streams) stream.end();
}
