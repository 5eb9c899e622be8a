// The response cache (src/server/plugins/response-cache.ts): repeated queries are answered without SQL, and no
// answer outlives a committed change, whether the change comes through the API or from another
// connection. The rest of the suite runs with the cache off (vitest.config.ts) so that its SQL
// counts measure the resolvers; this file turns it on before the app loads.
import { describe, expect, test, vi } from "vitest";
import type { DataChange } from "../../src/infra/data-changes.js";

process.env.RESPONSE_CACHE_MB = "16";
const { dataChanges } = await import("../../src/infra/db.js");
const { TABLES } = await import("../../src/server/plugins/cache-dependencies.js");
const { executeText: execute } = await import("../helpers/execute.js");
const { editorKey, sql } = await import("../helpers/writes.js");
const { yoga } = await import("../../src/server/yoga.js");

const PEOPLE = `query People($name: String!) { people(first: 10, filter: { name: { contains: $name } }) { edges { node { slug name } } } }`;
const names = async (name: string) => {
  const result = await execute<{ people: { edges: Array<{ node: { name: string } }> } }>(PEOPLE, { name });
  expect(result.errors).toBeUndefined();
  return { names: result.data?.people.edges.map((edge) => edge.node.name), sql: result.sql };
};

const changes: Array<DataChange | null> = [];
dataChanges.onChange((change) => changes.push(change));

/** Runs SQL on another connection and waits until its notification has reached the cache. */
async function changeAndWait(statement: string) {
  const before = changes.length;
  await sql(statement);
  await vi.waitFor(() => expect(changes.length).toBeGreaterThan(before), { timeout: 10_000 });
}

const following = () => vi.waitFor(() => expect(dataChanges.following).toBe(true), { timeout: 10_000 });

describe("response cache", () => {
  test("a repeated query is answered from the cache, without SQL, with the same data", async () => {
    await following();
    const first = await names("Kitazawa");
    expect(first.names).toEqual(["Kitazawa"]);
    expect(first.sql).toBeGreaterThan(0);
    const second = await names("Kitazawa");
    expect(second).toEqual({ names: ["Kitazawa"], sql: 0 });
    // Other variables are another response.
    expect((await names("Ban")).sql).toBeGreaterThan(0);
    // Operators see it in /metrics.
    const metrics = await (await yoga.fetch("http://accord.test/metrics")).text();
    expect(
      Number(/^accord_response_cache_lookups_total\{result="hit"\} (\d+)/m.exec(metrics)?.[1]),
    ).toBeGreaterThanOrEqual(1);
    expect(Number(/^accord_response_cache_bytes (\d+)/m.exec(metrics)?.[1])).toBeGreaterThan(0);
  });

  test("after a mutation, the next read on this server sees it: no wait for the notification", async () => {
    await following();
    expect((await names("Zhang Wanquan")).names).toEqual([]);
    expect((await names("Zhang Wanquan")).sql).toBe(0);
    const editor = await editorKey();
    const created = await execute(
      `mutation { createPerson(input: { slug: "zhang-wanquan", name: "Zhang Wanquan" }) { __typename } }`,
      {},
      editor.headers,
    );
    expect(created.data).toEqual({ createPerson: { __typename: "MutationCreatePersonSuccess" } });
    const after = await names("Zhang Wanquan");
    expect(after.names).toEqual(["Zhang Wanquan"]);
    expect(after.sql).toBeGreaterThan(0);
  });

  test("a change committed by another connection reaches the cache through its notification", async () => {
    await following();
    expect((await names("Kitazawa")).names).toEqual(["Kitazawa"]);
    expect((await names("Kitazawa")).sql).toBe(0);
    await changeAndWait("UPDATE person SET name = 'Kitazawa (renamed)' WHERE slug = 'kitazawa'");
    expect((await names("Kitazawa")).names).toEqual(["Kitazawa (renamed)"]);
    // Put the name back, and wait for that notification too, so it cannot land in the next test.
    await changeAndWait("UPDATE person SET name = 'Kitazawa' WHERE slug = 'kitazawa'");
  });

  test("while notifications are lost nothing is served from the cache; it resumes when they are back", async () => {
    await following();
    await names("Ban");
    expect((await names("Ban")).sql).toBe(0);
    const [listener] = await sql<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'accord change feed'",
    );
    expect(listener).toBeDefined();
    await sql("SELECT pg_terminate_backend($1)", [listener?.pid]);
    await vi.waitFor(() => expect(dataChanges.following).toBe(false), { timeout: 10_000 });
    // A change made now would go unseen: every read goes to the database.
    expect((await names("Ban")).sql).toBeGreaterThan(0);
    expect((await names("Ban")).sql).toBeGreaterThan(0);
    await following();
    await names("Ban");
    expect((await names("Ban")).sql).toBe(0);
  });

  test("a cached response carries an ETag; If-None-Match gets 304 until the data changes", async () => {
    await following();
    const request = (headers: Record<string, string> = {}) =>
      yoga.fetch("http://accord.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query: PEOPLE, variables: { name: "Gemba" } }),
      });
    await request();
    const etag = (await request()).headers.get("etag");
    expect(etag).toBeTruthy();
    expect((await request({ "if-none-match": etag as string })).status).toBe(304);
    await sql("UPDATE person SET name = name WHERE slug = 'kitazawa'");
    await vi.waitFor(() => expect((changes.at(-1) as DataChange | undefined)?.table).toBe("person"), {
      timeout: 10_000,
    });
    const changed = await request({ "if-none-match": etag as string });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toEqual({ data: { people: { edges: [] } } });
  });

  test("every table a query can read announces its changes, with the changed rows' ids where it has an id", async () => {
    const tables = await sql<{ table_name: string; triggers: string[] }>(`
      SELECT t.table_name, array(
        SELECT g.tgname::text FROM pg_trigger g WHERE g.tgrelid = format('public.%I', t.table_name)::regclass AND g.tgname LIKE 'data_changed%' ORDER BY 1
      ) AS triggers
      FROM information_schema.tables t
      WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND t.table_name NOT IN ('_prisma_migrations', 'api_key', 'idempotency_record')
      ORDER BY 1`);
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(["meeting", "person", "commitment", "citation"]),
    );
    const withIds = ["data_changed_delete", "data_changed_insert", "data_changed_truncate", "data_changed_update"];
    expect(tables.filter((t) => t.table_name !== "redirect" && t.triggers.join() !== withIds.join())).toEqual([]);
    expect(tables.find((t) => t.table_name === "redirect")?.triggers).toEqual([
      "data_changed_truncate",
      "data_changed_write",
    ]);
    // The cache maps every table back to its Prisma model.
    expect(tables.map((t) => t.table_name).filter((table) => !TABLES.has(table))).toEqual([]);
  });

  test("a notification names the table, the operation and the rows; a statement that changes nothing sends none", async () => {
    await following();
    const before = changes.length;
    const [kitazawa] = await sql<{ id: string }>("UPDATE person SET name = name WHERE slug = 'kitazawa' RETURNING id");
    await sql("UPDATE person SET name = name WHERE slug = 'no-such-person'");
    await vi.waitFor(() => expect(changes.length).toBeGreaterThan(before), { timeout: 10_000 });
    expect(changes.slice(before)).toEqual([{ table: "person", op: "UPDATE", ids: [kitazawa?.id] }]);
  });

  test("a change drops only responses that read its table; other tables' responses stay cached", async () => {
    await following();
    const TOPICS = "{ topics { slug name } }";
    const COMMITMENTS =
      "{ commitments(first: 3, filter: { status: { equals: OPEN } }) { totalCount edges { node { slug } } } }";
    for (const query of [TOPICS, COMMITMENTS]) await execute(query);
    await names("Kitazawa");
    expect((await execute(TOPICS)).sql).toBe(0);
    expect((await execute(COMMITMENTS)).sql).toBe(0);
    expect((await names("Kitazawa")).sql).toBe(0);
    await changeAndWait(
      "UPDATE commitment SET status = 'FULFILLED' WHERE slug = (SELECT slug FROM commitment WHERE status = 'OPEN' ORDER BY slug LIMIT 1)",
    );
    expect((await execute(TOPICS)).sql).toBe(0);
    expect((await names("Kitazawa")).sql).toBe(0);
    const commitments = await execute(COMMITMENTS);
    expect(commitments.sql).toBeGreaterThan(0);
  });

  test("an update of a record spares cached lookups of other records, and drops lists of its type", async () => {
    await following();
    const PERSON = "query Person($slug: String!) { person(slug: $slug) { name country { name } } }";
    const lookup = (slug: string) => execute<{ person: { name: string } }>(PERSON, { slug });
    for (const slug of ["kitazawa", "ban-ki-moon"]) await lookup(slug);
    await names("a");
    expect((await lookup("kitazawa")).sql).toBe(0);
    expect((await lookup("ban-ki-moon")).sql).toBe(0);
    expect((await names("a")).sql).toBe(0);
    await changeAndWait("UPDATE person SET name = 'Ban Ki-moon' WHERE slug = 'ban-ki-moon'");
    expect((await lookup("kitazawa")).sql).toBe(0);
    const ban = await lookup("ban-ki-moon");
    expect(ban).toMatchObject({ sql: expect.any(Number), data: { person: { name: "Ban Ki-moon" } } });
    expect(ban.sql).toBeGreaterThan(0);
    // A list can gain or lose the record: it is read again.
    expect((await names("a")).sql).toBeGreaterThan(0);
    // A new row of the type drops even the lookups (a lookup that found nothing may now find it).
    await changeAndWait(
      "INSERT INTO person (id, slug, name, updated_at) VALUES (gen_random_uuid(), 'new-person', 'New Person', now())",
    );
    expect((await lookup("kitazawa")).sql).toBeGreaterThan(0);
    await changeAndWait("UPDATE person SET name = 'Ban' WHERE slug = 'ban-ki-moon'");
  });
});
