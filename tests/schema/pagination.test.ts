// Cursor pagination of the root connections: walking pages forwards or backwards visits every
// node exactly once in the connection's order, totalCount counts the table, and bad arguments
// get errors that say what was wrong.
import { describe, expect, test } from "vitest";
import { db } from "../../src/infra/db.js";
import { executeText as execute } from "../helpers/execute.js";

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: { id: string; slug: string } }[];
}

const ROOTS = {
  meetings: () => db.meeting.count(),
  people: () => db.person.count(),
  organizations: () => db.organization.count(),
  commitments: () => db.commitment.count(),
} as const;
type Root = keyof typeof ROOTS;

async function page(
  root: Root,
  args: { first?: number; after?: string | null; last?: number; before?: string | null },
): Promise<Page> {
  const result = await execute<Record<Root, Page>>(
    `query Page($first: Int, $after: String, $last: Int, $before: String) {
      ${root}(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id slug } }
      }
    }`,
    args,
  );
  expect(result.errors).toBeUndefined();
  return result.data?.[root] as Page;
}

const slugs = (p: Page) => p.edges.map((e) => e.node.slug);

describe.each(Object.keys(ROOTS) as Root[])("%s", (root) => {
  test("totalCount equals the number of rows", async () => {
    const all = await page(root, { first: 100 });
    const rows = await ROOTS[root]();
    expect(rows).toBeGreaterThan(5);
    expect(all.totalCount).toBe(rows);
    expect(all.edges).toHaveLength(rows);
    expect(all.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  test.each([1, 2, 4])("first/after pages of %i visit every node once, in order", async (size) => {
    const all = slugs(await page(root, { first: 100 }));
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 1; ; pages++) {
      const current: Page = await page(root, { first: size, after });
      expect(current.edges.length).toBeLessThanOrEqual(size);
      expect(current.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...slugs(current));
      if (!current.pageInfo.hasNextPage) break;
      expect(current.pageInfo.endCursor).toBe(current.edges.at(-1)?.cursor);
      after = current.pageInfo.endCursor;
      expect(pages).toBeLessThan(all.length + 2);
    }
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);
  });

  test.each([1, 3])("last/before pages of %i walk back through the same order", async (size) => {
    const all = slugs(await page(root, { first: 100 }));
    const seen: string[] = [];
    let before: string | null = null;
    for (let pages = 1; ; pages++) {
      const current: Page = await page(root, { last: size, before });
      expect(current.edges.length).toBeLessThanOrEqual(size);
      seen.unshift(...slugs(current));
      if (!current.pageInfo.hasPreviousPage) break;
      expect(current.pageInfo.startCursor).toBe(current.edges[0]?.cursor);
      before = current.pageInfo.startCursor;
      expect(pages).toBeLessThan(all.length + 2);
    }
    expect(seen).toEqual(all);
  });

  test("last: 2 is the end of the list, and before a cursor is what precedes it", async () => {
    const all = await page(root, { first: 100 });
    expect(slugs(await page(root, { last: 2 }))).toEqual(slugs(all).slice(-2));
    const third = all.edges[2]?.cursor as string;
    expect(slugs(await page(root, { last: 2, before: third }))).toEqual(slugs(all).slice(0, 2));
    expect(slugs(await page(root, { first: 2, after: third }))).toEqual(slugs(all).slice(3, 5));
  });
});

describe("page size", () => {
  test("first: 100 (the cap) is accepted", async () => {
    const result = await execute(`{ meetings(first: 100) { edges { node { slug } } } }`);
    expect(result.errors).toBeUndefined();
  });

  test.each(["meetings", "people", "organizations", "commitments"])(
    "first: 101 on %s is an error that names the cap",
    async (root) => {
      const result = await execute(`{ ${root}(first: 101) { totalCount edges { node { id } } } }`);
      expect(result.errors?.map((e) => e.message)).toEqual([expect.stringMatching(/\b100\b/)]);
      expect(result.data?.[root] ?? null).toBeNull();
    },
  );

  test("last: 101 is an error that names the cap", async () => {
    const result = await execute(`{ people(last: 101) { edges { node { id } } } }`);
    expect(result.errors?.map((e) => e.message)).toEqual([expect.stringMatching(/\b100\b/)]);
  });

  test("first: -1 is an error that says so", async () => {
    const result = await execute(`{ people(first: -1) { edges { node { id } } } }`);
    expect(result.errors?.[0]?.message).toBe('Argument "first" must be a non-negative integer');
  });
});

describe("cursors", () => {
  test("a garbage after cursor is a clear error naming it", async () => {
    const result = await execute(`{ meetings(first: 2, after: "garbage") { edges { node { slug } } } }`);
    expect(result.data?.meetings ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.message).toBe("Invalid cursor: garbage");
    expect(result.errors?.[0]?.path).toEqual(["meetings"]);
  });

  test("a garbage before cursor is a clear error naming it", async () => {
    const result = await execute(`{ people(last: 2, before: "not-a-cursor") { edges { node { slug } } } }`);
    expect(result.errors?.[0]?.message).toBe("Invalid cursor: not-a-cursor");
  });
});
