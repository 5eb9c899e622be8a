// Two real Accord processes on one database (issue 13 item 4, subscriptions): a subscriber on one
// receives a change made through the other, and a change made from psql reaches subscribers on
// both. How long each event took is printed, not asserted (speed belongs in the benchmark).
import { afterAll, describe, expect, test } from "vitest";
import { BAN_MADE } from "../helpers/seed-slugs.js";
import { post, type Server, startServer } from "../helpers/server.js";
import { type Subscription, subscribe } from "../helpers/sse.js";
import { editorKey, gid, sql } from "../helpers/writes.js";

const servers: Server[] = [];
const subscriptions: Subscription<unknown>[] = [];
afterAll(async () => {
  await Promise.all(subscriptions.map((subscription) => subscription.close()));
  await Promise.all(servers.map((server) => server.stop()));
});

type Change = { commitmentChanged: { kind: string; commitment: { slug: string; status: string } } };
const COMMITMENT_CHANGED = `subscription($filter: CommitmentFilter) { commitmentChanged(filter: $filter) { kind commitment { slug status } } }`;

async function listen(server: Server, variables: Record<string, unknown> = {}) {
  const subscription = await subscribe<Change>(fetch, `${server.url}/graphql`, COMMITMENT_CHANGED, variables);
  subscriptions.push(subscription as Subscription<unknown>);
  expect(subscription.status).toBe(200);
  return subscription;
}

describe("subscriptions across two servers", () => {
  test("a change through one server reaches a subscriber on the other; a change from psql reaches both", {
    timeout: 300_000,
  }, async () => {
    const env = { DATABASE_URL: process.env.DATABASE_URL, RESPONSE_CACHE_MB: "16" };
    const [first, second] = await Promise.all([startServer(env), startServer(env)]);
    servers.push(first, second);
    const editor = await editorKey();

    const onFirst = await listen(first, { filter: { maker: await gid("Person", "ban-ki-moon") } });
    const commitmentId = await gid("Commitment", BAN_MADE[0] as string);
    const sent = performance.now();
    const written = await post(
      second.url,
      `mutation($input: UpdateCommitmentStatusInput!) { updateCommitmentStatus(input: $input) { __typename } }`,
      { input: { commitmentId, status: "FULFILLED", note: "two servers" } },
      editor.headers,
    );
    expect(written.body.data).toEqual({
      updateCommitmentStatus: { __typename: "MutationUpdateCommitmentStatusSuccess" },
    });
    const acknowledged = performance.now();
    expect(await onFirst.next()).toEqual({
      data: { commitmentChanged: { kind: "UPDATED", commitment: { slug: BAN_MADE[0], status: "FULFILLED" } } },
    });
    const received = performance.now();
    console.info(
      `two servers: the event reached the other server's subscriber ${(received - sent).toFixed(0)} ms after the mutation was sent, ${(received - acknowledged).toFixed(0)} ms after it was acknowledged`,
    );

    const onSecond = await listen(second);
    const fromPsql = performance.now();
    await sql("UPDATE commitment SET status = 'DEFERRED' WHERE slug = $1", [BAN_MADE[1]]);
    const expected = {
      data: { commitmentChanged: { kind: "UPDATED", commitment: { slug: BAN_MADE[1], status: "DEFERRED" } } },
    };
    const arrivals = await Promise.all(
      [onFirst, onSecond].map(async (subscription) => {
        expect(await subscription.next()).toEqual(expected);
        return performance.now() - fromPsql;
      }),
    );
    console.info(
      `two servers: a psql change reached the subscribers on both servers after ${arrivals.map((ms) => ms.toFixed(0)).join(" and ")} ms`,
    );
  });
});
