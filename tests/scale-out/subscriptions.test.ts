// GraphQL subscriptions over Server-Sent Events (src/modules/shared/live-changes.ts): events come
// from changes committed to PostgreSQL, whoever made them, after commit, once, in commit order;
// subscriptions are limited per caller and end when the server drains. In process, through
// yoga.fetch; tests/scale-out/subscriptions-two-servers.test.ts runs them across real server processes.
import { afterAll, describe, expect, test, vi } from "vitest";
import { BAN_MADE, JOINT, KITAZAWA_RESPONSES } from "../helpers/seed-slugs.js";
import { type Subscription, subscribe } from "../helpers/sse.js";

process.env.SUBSCRIPTIONS_PER_CALLER = "3";
const { yoga } = await import("../../src/server/yoga.js");
const { editorKey, sql, gid, succeed, createDocument, DOCUMENT_BODY, uniqueSlug } = await import(
  "../helpers/writes.js"
);
const { endSubscriptions, openSubscriptions } = await import("../../src/modules/shared/live-changes.js");

const ENDPOINT = "http://accord.test/graphql";
const open: Subscription<unknown>[] = [];
afterAll(async () => {
  await Promise.all(open.map((subscription) => subscription.close()));
});

async function listen<T>(query: string, variables: Record<string, unknown> = {}) {
  const subscription = await subscribe<T>(async (url, init) => yoga.fetch(url, init), ENDPOINT, query, variables);
  open.push(subscription as Subscription<unknown>);
  return subscription;
}

const COMMITMENT_CHANGED = `subscription($filter: CommitmentFilter) {
  commitmentChanged(filter: $filter) { kind commitment { slug status } response { slug } }
}`;
type Change = {
  commitmentChanged: {
    kind: string;
    commitment: { slug: string; status: string } | null;
    response: { slug: string } | null;
  };
};

const setStatus = (slug: string, status: string) =>
  sql("UPDATE commitment SET status = $1 WHERE slug = $2", [status, slug]);

describe("subscriptions", () => {
  test("a status change made through the API reaches a subscriber whose filter matches, with the new status", async () => {
    const ban = await gid("Person", "ban-ki-moon");
    const changes = await listen<Change>(COMMITMENT_CHANGED, { filter: { maker: ban } });
    expect(changes.status).toBe(200);
    const editor = await editorKey();
    const change = (slug: string, status: string) =>
      gid("Commitment", slug).then((commitmentId) =>
        succeed("updateCommitmentStatus", { commitmentId, status, note: "live test" }, editor.headers),
      );
    // Not Ban's: nothing is sent for it, so the first event is the second change.
    await change(JOINT[0] as string, "FULFILLED");
    await change(BAN_MADE[0] as string, "DECLINED");
    expect(await changes.next()).toEqual({
      data: {
        commitmentChanged: { kind: "UPDATED", commitment: { slug: BAN_MADE[0], status: "DECLINED" }, response: null },
      },
    });
    await changes.close();
  });

  test("changes committed by another connection arrive once each, in commit order", async () => {
    const changes = await listen<Change>(COMMITMENT_CHANGED);
    const [first, second] = [BAN_MADE[1] as string, BAN_MADE[2] as string];
    await setStatus(first, "FULFILLED");
    await setStatus(second, "DEFERRED");
    await setStatus(first, "DECLINED");
    const seen = [await changes.next(), await changes.next(), await changes.next()].map(
      (event) => event?.data?.commitmentChanged.commitment?.slug,
    );
    expect(seen).toEqual([first, second, first]);
    // Each change once: the next event is the next change, not a repeat.
    await setStatus(KITAZAWA_RESPONSES[0] as string, "OPEN");
    expect((await changes.next())?.data?.commitmentChanged.commitment?.slug).toBe(KITAZAWA_RESPONSES[0]);
    await changes.close();
  });

  test("a new commitment is CREATED, and a new response is RESPONDED on its request", async () => {
    const changes = await listen<Change>(COMMITMENT_CHANGED);
    const editor = await editorKey();
    const document = await createDocument(editor.headers);
    const person = await gid("Person", "kitazawa");
    const quote = (index: number) => DOCUMENT_BODY.split(". ")[index]?.replace(/\.?$/, ".") as string;
    const request = {
      slug: uniqueSlug("live-request"),
      kind: "REQUEST",
      statement: "Send engineers",
      status: "OPEN",
      makers: [person],
    };
    const requestId = (
      await succeed<{ id: string }>(
        "createCommitment",
        { ...request, citation: { document, quote: quote(1) } },
        editor.headers,
      )
    ).id;
    const response = {
      slug: uniqueSlug("live-response"),
      kind: "RESPONSE",
      statement: "Will study it",
      status: "OPEN",
      makers: [person],
      respondsTo: requestId,
    };
    await succeed("createCommitment", { ...response, citation: { document, quote: quote(2) } }, editor.headers);
    expect(
      [await changes.next(), await changes.next(), await changes.next()].map((event) => event?.data?.commitmentChanged),
    ).toEqual([
      { kind: "CREATED", commitment: { slug: request.slug, status: "OPEN" }, response: null },
      { kind: "CREATED", commitment: { slug: response.slug, status: "OPEN" }, response: null },
      { kind: "RESPONDED", commitment: { slug: request.slug, status: "OPEN" }, response: { slug: response.slug } },
    ]);
    await changes.close();
  });

  test("meetingRecorded sends each new meeting that matches its filter", async () => {
    const meetings = await listen<{ meetingRecorded: { title: string; status: string } }>(
      `subscription { meetingRecorded(filter: { title: { startsWith: "Live" } }) { title status } }`,
    );
    const insert = (title: string) =>
      sql(
        `INSERT INTO meeting (id, slug, title, kind, status, citation_id, updated_at)
         SELECT gen_random_uuid(), $1, $2, 'BILATERAL_MEETING', 'PLANNED', citation_id, now() FROM meeting LIMIT 1`,
        [uniqueSlug("live-meeting"), title],
      );
    await insert("Another talk");
    await insert("Live talk");
    expect(await meetings.next()).toEqual({ data: { meetingRecorded: { title: "Live talk", status: "PLANNED" } } });
    await meetings.close();
  });

  test("a caller may hold SUBSCRIPTIONS_PER_CALLER open subscriptions; one more is refused until one closes", async () => {
    // The earlier tests' subscriptions are released once their streams have ended.
    await vi.waitFor(() => expect(openSubscriptions()).toBe(0), { timeout: 10_000 });
    const held = await Promise.all([1, 2, 3].map(() => listen<Change>(COMMITMENT_CHANGED)));
    // The third is counted once its stream runs; a change proves all three are running.
    await setStatus(BAN_MADE[3] as string, "FULFILLED");
    for (const subscription of held)
      expect((await subscription.next())?.data?.commitmentChanged.commitment?.slug).toBe(BAN_MADE[3]);
    const refused = await listen<Change>(COMMITMENT_CHANGED);
    expect(await refused.next()).toMatchObject({
      errors: [
        {
          message: "At most 3 open subscriptions per caller; close one first",
          extensions: { code: "SUBSCRIPTION_LIMIT" },
        },
      ],
    });
    await held[0]?.close();
    await vi.waitFor(() => expect(openSubscriptions()).toBe(2), { timeout: 10_000 });
    const again = await listen<Change>(COMMITMENT_CHANGED);
    await setStatus(BAN_MADE[4] as string, "FULFILLED");
    expect((await again.next())?.data?.commitmentChanged.commitment?.slug).toBe(BAN_MADE[4]);
    await Promise.all([again, ...held].map((subscription) => subscription?.close()));
    await vi.waitFor(() => expect(openSubscriptions()).toBe(0), { timeout: 10_000 });
  });

  test("GraphiQL's way works: a GET for text/event-stream with the CSRF header its page is configured to send", async () => {
    const page = await (await yoga.fetch("http://accord.test/graphql", { headers: { accept: "text/html" } })).text();
    expect(page).toContain("x-graphql-yoga-csrf");
    expect(page).toContain("subscription RequestChanges");
    const query = encodeURIComponent("subscription { meetingRecorded { title } }");
    const response = await yoga.fetch(`${ENDPOINT}?query=${query}`, {
      headers: { accept: "text/event-stream", "x-graphql-yoga-csrf": "graphiql" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const reader = response.body?.getReader();
    expect(new TextDecoder().decode((await reader?.read())?.value)).toBe(":\n\n"); // the stream's opening ping
    await reader?.cancel();
    await vi.waitFor(() => expect(openSubscriptions()).toBe(0), { timeout: 10_000 });
  });

  test("shutdown ends every open subscription and refuses new ones", async () => {
    const held = await listen<Change>(COMMITMENT_CHANGED);
    endSubscriptions();
    expect(await held.next()).toBeNull();
    const refused = await listen<Change>(COMMITMENT_CHANGED);
    expect((await refused.next())?.errors?.[0]).toMatchObject({
      message: "The server is shutting down; subscribe to another one",
      extensions: { code: "SERVICE_UNAVAILABLE" },
    });
  });
});
