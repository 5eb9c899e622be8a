// The response cache (src/server/plugins/response-cache.ts): repeated queries are answered without SQL, and no
// answer outlives a committed change, whether the change comes through the API or from another
// connection. The rest of the suite runs with the cache off (vitest.config.ts) so that its SQL
// counts measure the resolvers; this file turns it on before the app loads.
import { describe, expect, test, vi } from "vitest";

process.env.RESPONSE_CACHE_MB = "16";
const { dataChanges } = await import("../../src/infra/db.js");
const { execute } = await import("../helpers/execute.js");
const { editorKey, sql } = await import("../helpers/writes.js");
const { yoga } = await import("../../src/server/yoga.js");

const PEOPLE = `query People($name: String!) { people(first: 10, filter: { name: { contains: $name } }) { edges { node { slug name } } } }`;
const names = async (name: string) => {
  const result = await execute<{ people: { edges: Array<{ node: { name: string } }> } }>(PEOPLE, { name });
  expect(result.errors).toBeUndefined();
  return { names: result.data?.people.edges.map((edge) => edge.node.name), sql: result.sql };
};

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
    expect(Number(/^accord_response_cache_lookups_total\{result="hit"\} (\d+)/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(1);
    expect(Number(/^accord_response_cache_bytes (\d+)/m.exec(metrics)?.[1])).toBeGreaterThan(0);
  });

  test("after a mutation, the next read on this server sees it: no wait for the notification", async () => {
    await following();
    expect((await names("Zhang Wanquan")).names).toEqual([]);
    expect((await names("Zhang Wanquan")).sql).toBe(0);
    const editor = await editorKey();
    const created = await execute(`mutation { createPerson(input: { slug: "zhang-wanquan", name: "Zhang Wanquan" }) { __typename } }`, {}, editor.headers);
    expect(created.data).toEqual({ createPerson: { __typename: "MutationCreatePersonSuccess" } });
    const after = await names("Zhang Wanquan");
    expect(after.names).toEqual(["Zhang Wanquan"]);
    expect(after.sql).toBeGreaterThan(0);
  });

  test("a change committed by another connection reaches the cache through its notification", async () => {
    await following();
    expect((await names("Kitazawa")).names).toEqual(["Kitazawa"]);
    expect((await names("Kitazawa")).sql).toBe(0);
    const generation = dataChanges.generation;
    await sql("UPDATE person SET name = 'Kitazawa (renamed)' WHERE slug = 'kitazawa'");
    await vi.waitFor(() => expect(dataChanges.generation).toBeGreaterThan(generation), { timeout: 10_000 });
    expect((await names("Kitazawa")).names).toEqual(["Kitazawa (renamed)"]);
    // Put the name back, and wait for that notification too, so it cannot land in the next test.
    const renamed = dataChanges.generation;
    await sql("UPDATE person SET name = 'Kitazawa' WHERE slug = 'kitazawa'");
    await vi.waitFor(() => expect(dataChanges.generation).toBeGreaterThan(renamed), { timeout: 10_000 });
  });

  test("while notifications are lost nothing is served from the cache; it resumes when they are back", async () => {
    await following();
    await names("Ban");
    expect((await names("Ban")).sql).toBe(0);
    const [listener] = await sql<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN accord_data_changed'",
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
    dataChanges.changed();
    const changed = await request({ "if-none-match": etag as string });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toEqual({ data: { people: { edges: [] } } });
  });

  test("every table a query can read announces its changes", async () => {
    const tables = await sql<{ table_name: string; announces: boolean }>(`
      SELECT t.table_name, EXISTS (
        SELECT 1 FROM pg_trigger g WHERE g.tgrelid = format('public.%I', t.table_name)::regclass AND g.tgname = 'data_changed'
      ) AS announces
      FROM information_schema.tables t
      WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND t.table_name NOT IN ('_prisma_migrations', 'api_key', 'idempotency_record')`);
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(["meeting", "person", "commitment", "citation"]));
    expect(tables.filter((t) => !t.announces)).toEqual([]);
  });
});
