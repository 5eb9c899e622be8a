// Attack on the write and search limits: they used to count only the plain fields at the top of
// the operation, so writes and searches wrapped in fragments or inline fragments ran past them.
// Limits now count the root fields execution would run, whatever the document's shape.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { post, type Server, startServer } from "../helpers/server.js";
import { editorKey, sql, uniqueSlug } from "../helpers/writes.js";

let server: Server;
beforeAll(async () => {
  server = await startServer({ RATE_LIMIT_WRITES_PER_MINUTE: "3", RATE_LIMIT_SEARCHES_PER_MINUTE: "3" });
}, 180_000);
afterAll(async () => {
  await server?.stop();
});

const CREATE = (alias: string, slug: string, directive = "") =>
  `${alias}: createPerson(input: { slug: "${slug}", name: "Flood" }) ${directive} { __typename }`;
const SEARCH = (alias: string) => `${alias}: search(query: "Kitazawa", first: 1) { totalCount }`;

async function peopleWithSlugs(slugs: string[]): Promise<number> {
  const [row] = await sql<{ count: number }>("SELECT count(*)::int AS count FROM person WHERE slug = ANY($1)", [slugs]);
  return row?.count ?? 0;
}

describe("writes", () => {
  test("four writes in one request, hidden in an inline fragment, a named fragment and aliases, exceed a limit of 3: refused, nothing written", async () => {
    const editor = await editorKey();
    const slugs = Array.from({ length: 4 }, () => uniqueSlug("flood"));
    const response = await post(
      server.url,
      `mutation { ${CREATE("a", slugs[0] as string)} ... on Mutation { ${CREATE("b", slugs[1] as string)} } ...More }
       fragment More on Mutation { ${CREATE("c", slugs[2] as string)} ${CREATE("d", slugs[3] as string)} }`,
      {},
      editor.headers,
    );
    expect(response.status).toBe(429);
    expect(response.body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(await peopleWithSlugs(slugs)).toBe(0);
  });

  test("writes sent one per request inside inline fragments are counted: the fourth is refused", async () => {
    const editor = await editorKey();
    const slugs = Array.from({ length: 4 }, () => uniqueSlug("fragment"));
    const codes: Array<string | undefined> = [];
    for (const slug of slugs) {
      const response = await post(
        server.url,
        `mutation { ... on Mutation { ${CREATE("created", slug)} } }`,
        {},
        editor.headers,
      );
      codes.push(response.body.errors?.[0]?.extensions?.code as string | undefined);
    }
    expect(codes).toEqual([undefined, undefined, undefined, "RATE_LIMITED"]);
    expect(await peopleWithSlugs(slugs)).toBe(3);
  });

  test("a write skipped by @skip is not counted", async () => {
    const editor = await editorKey();
    const slugs = Array.from({ length: 3 }, () => uniqueSlug("skipped"));
    const skipped = await post(
      server.url,
      `mutation { ${CREATE("skipped", uniqueSlug("never"), "@skip(if: true)")} ${CREATE("kept", slugs[0] as string)} }`,
      {},
      editor.headers,
    );
    expect(skipped.body.errors).toBeUndefined();
    for (const slug of slugs.slice(1))
      expect(
        (await post(server.url, `mutation { ${CREATE("created", slug)} }`, {}, editor.headers)).body.errors,
      ).toBeUndefined();
    expect(await peopleWithSlugs(slugs)).toBe(3);
  });
});

describe("searches", () => {
  test("four searches in one request through fragments and aliases exceed a limit of 3", async () => {
    const caller = await editorKey();
    const response = await post(
      server.url,
      `query { ${SEARCH("a")} ... on Query { ${SEARCH("b")} } ...Searches } fragment Searches on Query { ${SEARCH("c")} ${SEARCH("d")} }`,
      {},
      caller.headers,
    );
    expect(response.status).toBe(429);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED", limit: "searches" });
    expect(response.body.data ?? null).toBeNull();
  });

  test("searches inside inline fragments, one a request, are counted: the fourth is refused", async () => {
    const caller = await editorKey();
    const codes: Array<string | undefined> = [];
    for (let i = 0; i < 4; i++) {
      const response = await post(
        server.url,
        `query Hidden${i} { ... on Query { ${SEARCH("hit")} } }`,
        {},
        caller.headers,
      );
      codes.push(response.body.errors?.[0]?.extensions?.code as string | undefined);
    }
    expect(codes).toEqual([undefined, undefined, undefined, "RATE_LIMITED"]);
  });
});
