// Issue 14 item 3: arguments big enough to stall every client. Each is refused with one
// BAD_USER_INPUT naming the limit and the path, before any SQL, whether it arrives in a variable,
// a literal, a variable's default or a fragment. (Times measured are in the closing note;
// these tests assert the refusal, not the speed.)
import { describe, expect, test } from "vitest";
import { db } from "../../src/infra/db.js";
import { INPUT_LIMITS } from "../../src/schema/input-limits.js";
import { yoga } from "../../src/server/yoga.js";
import { executeText as execute } from "../helpers/execute.js";

const PEOPLE =
  "query ($filter: PersonFilter) { people(filter: $filter, first: 5) { totalCount edges { node { slug } } } }";

/** One error: BAD_USER_INPUT, the limit and the path in its extensions, and no SQL sent. */
async function expectLimit(
  query: string,
  variables: Record<string, unknown>,
  limit: string,
  path: Array<string | number>,
  message: RegExp,
) {
  const result = await execute(query, variables);
  expect(result.errors, JSON.stringify(result.errors).slice(0, 500)).toHaveLength(1);
  const [error] = result.errors ?? [];
  expect(error?.message).toMatch(message);
  expect(error?.extensions).toMatchObject({ code: "BAD_USER_INPUT", limit, path });
  expect(result.data ?? null).toBeNull();
  expect(result.sql).toBe(0);
}

/** `{ not: { not: ... { name: { equals: "Kan" } } } }`, `levels` input objects deep in all. */
function nestedNot(levels: number): Record<string, unknown> {
  let filter: Record<string, unknown> = { name: { equals: "Kan" } };
  for (let level = 2; level < levels; level++) filter = { not: filter };
  return filter;
}

/**
 * The same as JSON text, built without JSON.stringify (which overflows the stack on it, as the
 * server's own code did), posted as is. Counts the SQL statements sent, like execute().
 */
async function postDeep(wrap: (inner: string) => string, levels: number, inner: string) {
  let statements = 0;
  const count = () => statements++;
  db.$on("query", count);
  let filter = inner;
  for (let level = 0; level < levels; level++) filter = wrap(filter);
  const response = await yoga.fetch("http://accord.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: `{"query":${JSON.stringify(PEOPLE)},"variables":{"filter":${filter}}}`,
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
  return { status: response.status, ...body, sql: statements };
}

describe("filter lists", () => {
  test(`an 'or' of ${INPUT_LIMITS.maxObjectListLength} filters runs; one of 20,000 is refused`, async () => {
    const atLimit = Array.from({ length: INPUT_LIMITS.maxObjectListLength }, (_, i) => ({
      name: { equals: i === 0 ? "Kan" : `nobody-${i}` },
    }));
    const ok = await execute(PEOPLE, { filter: { or: atLimit } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.people.totalCount).toBe(1);

    const huge = Array.from({ length: 20_000 }, (_, i) => ({ name: { equals: `nobody-${i}` } }));
    await expectLimit(
      PEOPLE,
      { filter: { or: huge } },
      "maxObjectListLength",
      ["people", "filter", "or"],
      /^Input at people\.filter\.or is a list of 20000 items; the limit there is 20$/,
    );
  });

  test("an 'in:' list over PostgreSQL's 65,535 parameters is refused, not a database error", async () => {
    const names = Array.from({ length: 70_000 }, (_, i) => `n${i}`);
    await expectLimit(
      PEOPLE,
      { filter: { name: { in: names } } },
      "maxListLength",
      ["people", "filter", "name", "in"],
      /people\.filter\.name\.in is a list of 70000/,
    );
  });

  test("'and' lists are bounded too, also when written as a literal", async () => {
    const literal = `{ people(filter: { and: [${Array.from({ length: 21 }, () => '{ country: "JP" }').join(", ")}] }) { totalCount } }`;
    await expectLimit(
      literal,
      {},
      "maxObjectListLength",
      ["people", "filter", "and"],
      /is a list of 21 items; the limit there is 20/,
    );
  });

  test("a variable's default value is checked like a given one", async () => {
    const defaults = Array.from({ length: 101 }, (_, i) => `"n${i}"`).join(", ");
    const query = `query ($filter: PersonFilter = { name: { in: [${defaults}] } }) { people(filter: $filter) { totalCount } }`;
    await expectLimit(query, {}, "maxListLength", ["people", "filter", "name", "in"], /is a list of 101 items/);
  });
});

describe("filter nesting", () => {
  test(`${INPUT_LIMITS.maxDepth} levels of input objects run; one more is refused`, async () => {
    const ok = await execute(PEOPLE, { filter: nestedNot(INPUT_LIMITS.maxDepth) });
    expect(ok.errors).toBeUndefined();
    // An even number of nots cancels out: Kan himself.
    expect(ok.data?.people.totalCount).toBe(INPUT_LIMITS.maxDepth % 2 === 0 ? 1 : 8);
    const tooDeep = await execute(PEOPLE, { filter: nestedNot(INPUT_LIMITS.maxDepth + 1) });
    expect(tooDeep.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "maxDepth" });
    expect(tooDeep.sql).toBe(0);
  });

  test("'not' nested 5,000 deep (once a RangeError) and 'and' 1,000 deep (once an HTTP 500) are refused", async () => {
    const not = await postDeep((inner) => `{"not":${inner}}`, 5_000, `{"country":"JP"}`);
    expect(not.errors).toHaveLength(1);
    expect(not.errors?.[0]?.message).toMatch(
      /^Input at people\.filter(\.not){8} nests input objects more than 8 deep, the limit$/,
    );
    expect(not.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "maxDepth" });
    expect(not.sql).toBe(0);

    const and = await postDeep((inner) => `{"and":[${inner}]}`, 1_000, `{"country":"JP"}`);
    expect(and.status).toBe(200);
    expect(and.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      limit: "maxDepth",
      path: ["people", "filter", "and", 0, "and", 0, "and", 0, "and", 0, "and", 0, "and", 0, "and", 0, "and", 0],
    });
    expect(and.sql).toBe(0);
  });

  test("200,000 levels in a 1.8 MB body are refused the same way", async () => {
    const result = await postDeep((inner) => `{"not":${inner}}`, 200_000, `{"country":"JP"}`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "maxDepth" });
  });
});

describe("other lists and the total", () => {
  test("nodes(ids:) with 3,000 ids is refused before loading any", async () => {
    const ids = Array.from({ length: 3_000 }, () => "UGVyc29uOjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA");
    await expectLimit(
      "query ($ids: [ID!]!) { nodes(ids: $ids) { id } }",
      { ids },
      "maxListLength",
      ["nodes", "ids"],
      /nodes\.ids is a list of 3000 items/,
    );
  });

  test(`more than ${INPUT_LIMITS.maxValues.query} values in all are refused, each list being under its own limit`, async () => {
    const or = Array.from({ length: 20 }, () => ({ name: { in: Array.from({ length: 50 }, (_, i) => `n${i}`) } }));
    const result = await execute(PEOPLE, { filter: { or } });
    expect(result.errors?.[0]?.message).toMatch(/takes the arguments past 300 values, the most one operation may send/);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "maxValues" });
    expect(result.sql).toBe(0);
  });

  test("limits apply inside fragments and on nested fields, with the path through them", async () => {
    const query = `query ($names: [String!]) { organization(slug: "japan-ministry-of-defense") { ... on Organization { children(filter: { name: { in: $names } }) { totalCount } } } }`;
    const names = Array.from({ length: 101 }, (_, i) => `n${i}`);
    await expectLimit(
      query,
      { names },
      "maxListLength",
      ["organization", "children", "filter", "name", "in"],
      /organization\.children\.filter\.name\.in/,
    );
  });
});
