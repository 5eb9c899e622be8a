// Issue 14 item 4: strings that PostgreSQL cannot store or that are absurdly long, once answered
// "Unexpected error.", are each a BAD_USER_INPUT naming where and what; errors never echo a
// megabyte back.
import { beforeAll, describe, expect, test } from "vitest";
import { INPUT_LIMITS } from "../../src/schema/input-limits.js";
import { executeText as execute } from "../helpers/execute.js";
import { createDocument, createPerson, editorKey, type TestKey, uniqueSlug } from "../helpers/writes.js";

let editor: TestKey;
beforeAll(async () => {
  editor = await editorKey("hostile-strings-editor");
});

const NUL = "a\u0000b";
const LONE_SURROGATE = "a\ud800b";
const MEGABYTE = "x".repeat(1_000_000);

/** One BAD_USER_INPUT naming the limit and the path, nothing written or read. */
async function expectRefused(
  query: string,
  variables: Record<string, unknown>,
  limit: string,
  path: Array<string | number>,
  message: RegExp,
) {
  const result = await execute(query, variables, editor.headers);
  expect(result.errors, JSON.stringify(result.errors).slice(0, 400)).toHaveLength(1);
  expect(result.errors?.[0]?.message).toMatch(message);
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", limit, path });
  expect(JSON.stringify(result).length).toBeLessThan(2_000);
  expect(result.sql).toBeLessThanOrEqual(1); // the API key's lookup; nothing of the operation
}

const SEARCH = "query ($q: String!, $after: String) { search(query: $q, after: $after) { totalCount } }";
const PEOPLE = "query ($s: String!) { people(filter: { name: { contains: $s } }) { totalCount } }";
const PERSON = "query ($slug: String!) { person(slug: $slug) { name } }";
const CREATE =
  "mutation ($input: CreatePersonInput!, $key: String) { createPerson(input: $input, idempotencyKey: $key) { __typename } }";
const STATUS =
  "mutation ($input: UpdateCommitmentStatusInput!) { updateCommitmentStatus(input: $input) { __typename } }";

describe("characters text cannot hold", () => {
  for (const [name, value, problem] of [
    ["NUL", NUL, /contains a NUL character \(U\+0000\)/],
    ["a lone surrogate", LONE_SURROGATE, /not well-formed Unicode: it contains a lone surrogate/],
  ] as const) {
    test(`${name} in a search, a filter, a slug, a name or a note`, async () => {
      await expectRefused(SEARCH, { q: value }, "text", ["search", "query"], problem);
      await expectRefused(PEOPLE, { s: value }, "text", ["people", "filter", "name", "contains"], problem);
      await expectRefused(PERSON, { slug: value }, "text", ["person", "slug"], problem);
      await expectRefused(
        CREATE,
        { input: { slug: uniqueSlug("p"), name: value } },
        "text",
        ["createPerson", "input", "name"],
        problem,
      );
      const note = {
        commitmentId: "Q29tbWl0bWVudDowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA",
        status: "OPEN",
        note: value,
      };
      await expectRefused(STATUS, { input: note }, "text", ["updateCommitmentStatus", "input", "note"], problem);
    });
  }

  test("a surrogate pair (an emoji) is fine", async () => {
    const created = await execute(CREATE, { input: { slug: uniqueSlug("emoji"), name: "Smile 😀" } }, editor.headers);
    expect(created.data?.createPerson.__typename).toBe("MutationCreatePersonSuccess");
  });
});

describe("lengths", () => {
  test("a 1 MB name (once 'index row too large') and a 2.7 KB idempotency key are refused with the limit", async () => {
    await expectRefused(
      CREATE,
      { input: { slug: uniqueSlug("p"), name: MEGABYTE } },
      "maxLength",
      ["createPerson", "input", "name"],
      /is 1000000 characters long; the limit there is 500/,
    );
    const key = "k".repeat(2_700);
    await expectRefused(
      CREATE,
      { input: { slug: uniqueSlug("p"), name: "Key" }, key },
      "maxLength",
      ["createPerson", "idempotencyKey"],
      /is 2700 characters long/,
    );
  });

  test(`statements and notes take ${INPUT_LIMITS.longText} characters, document bodies ${INPUT_LIMITS.documentText}`, async () => {
    const document = await createDocument(
      editor.headers,
      uniqueSlug("long-doc"),
      `${"A long sentence. ".repeat(20_000)}The end.`,
    );
    expect(document).toEqual(expect.any(String));
    const person = await createPerson(editor.headers, "n".repeat(INPUT_LIMITS.shortText));
    expect(person).toEqual(expect.any(String));
    const overlong = {
      commitmentId: "Q29tbWl0bWVudDowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA",
      status: "OPEN",
      note: "n".repeat(INPUT_LIMITS.longText + 1),
    };
    await expectRefused(
      STATUS,
      { input: overlong },
      "maxLength",
      ["updateCommitmentStatus", "input", "note"],
      /the limit there is 10000/,
    );
  });

  test("NOT_FOUND quotes at most 100 characters of the slug it did not find", async () => {
    const slug = "s".repeat(INPUT_LIMITS.shortText);
    const result = await execute(PERSON, { slug });
    expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(result.errors?.[0]?.message).toBe(`Person with slug "${"s".repeat(100)}… (500 characters)" not found`);
  });
});

describe("search cursors", () => {
  const cursor = (text: string) => Buffer.from(text).toString("base64url");

  test("a cursor with a huge offset is BAD_USER_INPUT, not a database error", async () => {
    for (const offset of ["99999999999999999999999", "1e308", "10000"]) {
      const result = await execute(SEARCH, { q: "engineers", after: cursor(`search:${offset}`) });
      expect(result.errors?.[0]?.extensions?.code, offset).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0]?.message).toMatch(
        /Invalid cursor|search pages stop at 10000: narrow the query instead/,
      );
    }
    const deepest = await execute(SEARCH, { q: "engineers", after: cursor("search:9998") });
    expect(deepest.errors).toBeUndefined();
  });
});
