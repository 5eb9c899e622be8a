// Cursor pagination of the root connections: walking pages forwards or backwards visits every
// node exactly once in the connection's order, totalCount counts the table, and bad arguments
// get errors that say what was wrong.
import { describe, expect, test } from "vitest";
import { db } from "../../src/infra/db.js";
import { graphql } from "../generated/index.js";
import { execute, type ResultOf, type VariablesOf } from "../helpers/execute.js";

const PAGINATION_MEETINGS = graphql(`
  query PaginationMeetings($first: Int, $after: String, $last: Int, $before: String) {
    meetings(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        edges {
          cursor
          node {
            id
            slug
          }
        }
    }
  }
`);
const PAGINATION_PEOPLE = graphql(`
  query PaginationPeople($first: Int, $after: String, $last: Int, $before: String) {
    people(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        edges {
          cursor
          node {
            id
            slug
          }
        }
    }
  }
`);
const PAGINATION_ORGANIZATIONS = graphql(`
  query PaginationOrganizations($first: Int, $after: String, $last: Int, $before: String) {
    organizations(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        edges {
          cursor
          node {
            id
            slug
          }
        }
    }
  }
`);
const PAGINATION_COMMITMENTS = graphql(`
  query PaginationCommitments($first: Int, $after: String, $last: Int, $before: String) {
    commitments(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        edges {
          cursor
          node {
            id
            slug
          }
        }
    }
  }
`);
type Page = ResultOf<typeof PAGINATION_MEETINGS>["meetings"];
type PageArgs = VariablesOf<typeof PAGINATION_MEETINGS>;

const ROOTS = {
  meetings: () => db.meeting.count(),
  people: () => db.person.count(),
  organizations: () => db.organization.count(),
  commitments: () => db.commitment.count(),
} as const;
type Root = keyof typeof ROOTS;

/** One page of a root connection, as the response the server gave (`data` keyed by the root). */
async function pageResult(root: Root, args: PageArgs) {
  const result =
    root === "meetings"
      ? await execute(PAGINATION_MEETINGS, args)
      : root === "people"
        ? await execute(PAGINATION_PEOPLE, args)
        : root === "organizations"
          ? await execute(PAGINATION_ORGANIZATIONS, args)
          : await execute(PAGINATION_COMMITMENTS, args);
  return result as typeof result & { data?: Partial<Record<Root, Page>> | null };
}

async function page(root: Root, args: PageArgs): Promise<Page> {
  const result = await pageResult(root, args);
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
    let after: string | null | undefined = null;
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
    let before: string | null | undefined = null;
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

const PAGINATION_MEETINGS_CAP = graphql(`
  query PaginationMeetingsCap {
    meetings(first: 100) {
      edges {
        node {
          slug
        }
      }
    }
  }
`);
const PAGINATION_PEOPLE_IDS = graphql(`
  query PaginationPeopleIds($first: Int, $last: Int) {
    people(first: $first, last: $last) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

describe("page size", () => {
  test("first: 100 (the cap) is accepted", async () => {
    const result = await execute(PAGINATION_MEETINGS_CAP);
    expect(result.errors).toBeUndefined();
  });

  test.each(["meetings", "people", "organizations", "commitments"] as Root[])(
    "first: 101 on %s is an error that names the cap",
    async (root) => {
      const result = await pageResult(root, { first: 101 });
      expect(result.errors?.map((e) => e.message)).toEqual([expect.stringMatching(/\b100\b/)]);
      expect(result.data?.[root] ?? null).toBeNull();
    },
  );

  test("last: 101 is an error that names the cap", async () => {
    const result = await execute(PAGINATION_PEOPLE_IDS, { last: 101 });
    expect(result.errors?.map((e) => e.message)).toEqual([expect.stringMatching(/\b100\b/)]);
  });

  test("first: -1 is an error that says so", async () => {
    const result = await execute(PAGINATION_PEOPLE_IDS, { first: -1 });
    expect(result.errors?.[0]?.message).toBe('Argument "first" must be a non-negative integer');
  });
});

const PAGINATION_MEETINGS_AFTER = graphql(`
  query PaginationMeetingsAfter($after: String) {
    meetings(first: 2, after: $after) {
      edges {
        node {
          slug
        }
      }
    }
  }
`);
const PAGINATION_PEOPLE_BEFORE = graphql(`
  query PaginationPeopleBefore($before: String) {
    people(last: 2, before: $before) {
      edges {
        node {
          slug
        }
      }
    }
  }
`);

describe("cursors", () => {
  test("a garbage after cursor is a clear error naming it", async () => {
    const result = await execute(PAGINATION_MEETINGS_AFTER, { after: "garbage" });
    expect(result.data?.meetings ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.message).toBe("Invalid cursor: garbage");
    expect(result.errors?.[0]?.path).toEqual(["meetings"]);
  });

  test("a garbage before cursor is a clear error naming it", async () => {
    const result = await execute(PAGINATION_PEOPLE_BEFORE, { before: "not-a-cursor" });
    expect(result.errors?.[0]?.message).toBe("Invalid cursor: not-a-cursor");
  });
});
