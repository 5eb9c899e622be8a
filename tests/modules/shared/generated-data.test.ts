// Edge cases the seed does not have, written with the Prisma client and read back through
// GraphQL: ties in sort keys under cursor paging, partial dates of every precision against
// ranges, a deep organization tree that is moved, and a cycle the database must refuse.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "../../../src/infra/db.js";
import { dataText as data } from "../../helpers/execute.js";
import { createSource, type GeneratedSource, globalId, partialDate } from "../../helpers/generate.js";
import { type Edges, slugsOf, sorted } from "../../helpers/graphql.js";

let source: GeneratedSource;
beforeAll(async () => {
  source = await createSource("generated-data-test-source");
});

async function createMeeting(slug: string, title: string, date?: string) {
  const when = date ? partialDate(date) : undefined;
  return db.meeting.create({
    data: {
      slug,
      title,
      kind: "OTHER",
      status: when ? "HELD" : "PLANNED",
      date: when?.date,
      datePrecision: when?.precision,
      citationId: await source.cite(),
    },
  });
}

type Page = {
  meetings: Edges<{ slug: string }> & {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};
const PAGE = `query ($filter: MeetingFilter, $orderBy: MeetingOrder, $first: Int, $after: String) {
  meetings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    edges { node { slug } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Every meeting the filter matches, fetched `pageSize` at a time by following endCursor. */
async function pageThrough(
  filter: unknown,
  orderBy: string,
  pageSize: number,
): Promise<{ slugs: string[]; pages: number }> {
  const slugs: string[] = [];
  let after: string | null = null;
  for (let pages = 1; pages <= 100; pages++) {
    const page: Page = await data<Page>(PAGE, { filter, orderBy, first: pageSize, after });
    slugs.push(...slugsOf(page.meetings));
    if (!page.meetings.pageInfo.hasNextPage) return { slugs, pages };
    expect(page.meetings.edges).toHaveLength(pageSize);
    after = page.meetings.pageInfo.endCursor;
  }
  throw new Error("paging did not end after 100 pages");
}

describe("ties in sort keys", () => {
  const TITLE = "Tie meeting";
  const filter = { title: { equals: TITLE } };
  const dated = Array.from({ length: 11 }, (_, i) => `tie-dated-${String(i).padStart(2, "0")}`);
  const undated = Array.from({ length: 3 }, (_, i) => `tie-undated-${i}`);

  beforeAll(async () => {
    // Same title and same day for all, no date for three: only the id tells them apart.
    const citationId = await source.cite();
    const day = partialDate("2030-01-15");
    await db.meeting.createMany({
      data: [
        ...dated.map((slug) => ({
          slug,
          title: TITLE,
          kind: "OTHER" as const,
          status: "HELD" as const,
          date: day.date,
          datePrecision: day.precision,
          citationId,
        })),
        ...undated.map((slug) => ({
          slug,
          title: TITLE,
          kind: "OTHER" as const,
          status: "PLANNED" as const,
          citationId,
        })),
      ],
    });
  });

  test.each(["DATE_DESC", "DATE_ASC", "TITLE_ASC", "CREATED_DESC"])(
    "paging by 3 with %s yields each tied meeting once, in the order of one big page",
    async (orderBy) => {
      const all = await data<Page>(PAGE, { filter, orderBy, first: 100 });
      expect(all.meetings.totalCount).toBe(14);
      const big = slugsOf(all.meetings);
      expect(sorted(big)).toEqual(sorted([...dated, ...undated]));

      const { slugs, pages } = await pageThrough(filter, orderBy, 3);
      expect(pages).toBe(5);
      expect(slugs).toEqual(big);
      expect(new Set(slugs).size).toBe(14);
      if (orderBy.startsWith("DATE")) expect(sorted(slugs.slice(-3))).toEqual(undated); // undated last either way
    },
  );

  test.each(["DATE_DESC", "DATE_ASC"])(
    "paging by 3 through every meeting (seed and generated) with %s crosses from dated to undated without loss",
    async (orderBy) => {
      const all = await data<Page>(PAGE, { orderBy, first: 100 });
      const big = slugsOf(all.meetings);
      const { slugs } = await pageThrough(null, orderBy, 3);
      expect(slugs).toEqual(big);
      expect(new Set(slugs).size).toBe(all.meetings.totalCount);
      expect(big.indexOf("japan-china-maritime-working-level-talk-3")).toBeGreaterThan(
        big.indexOf("japan-china-defense-vice-ministerial-8"),
      );
    },
  );
});

describe("partial dates of each precision against ranges", () => {
  beforeAll(async () => {
    await createMeeting("precision-year", "Precision year", "2030");
    await createMeeting("precision-month", "Precision month", "2030-06");
    await createMeeting("precision-day", "Precision day", "2030-06-15");
    await createMeeting("leap-month", "Leap month", "2032-02");
    const due = (slug: string, value: string) => ({ ...partialDate(value), slug });
    for (const { slug, date, precision } of [
      due("due-year", "2030"),
      due("due-month", "2030-06"),
      due("due-day", "2030-06-15"),
    ]) {
      await db.commitment.create({
        data: {
          slug,
          kind: "PLEDGE",
          statement: `Generated pledge ${slug}`,
          status: "OPEN",
          dueDate: date,
          duePrecision: precision,
          citationId: await source.cite(),
        },
      });
    }
  });

  async function matching(date: { from?: string; to?: string }): Promise<string[]> {
    const result = await data<{ meetings: Edges<{ slug: string }> }>(
      `query ($date: PartialDateRange) { meetings(first: 100, filter: { title: { startsWith: "Precision" }, date: $date }) { edges { node { slug } } } }`,
      { date },
    );
    return sorted(slugsOf(result.meetings));
  }

  test("each precision reports the period it covers", async () => {
    const result = await data<{
      meetings: Edges<{ slug: string; date: { value: string; precision: string; earliest: string; latest: string } }>;
    }>(
      `{ meetings(orderBy: TITLE_ASC, filter: { or: [{ title: { startsWith: "Precision" } }, { title: { startsWith: "Leap" } }] }) {
          edges { node { slug date { value precision earliest latest } } } } }`,
    );
    expect(result.meetings.edges.map((edge) => edge.node)).toEqual([
      {
        slug: "leap-month",
        date: { value: "2032-02", precision: "MONTH", earliest: "2032-02-01", latest: "2032-02-29" },
      },
      {
        slug: "precision-day",
        date: { value: "2030-06-15", precision: "DAY", earliest: "2030-06-15", latest: "2030-06-15" },
      },
      {
        slug: "precision-month",
        date: { value: "2030-06", precision: "MONTH", earliest: "2030-06-01", latest: "2030-06-30" },
      },
      {
        slug: "precision-year",
        date: { value: "2030", precision: "YEAR", earliest: "2030-01-01", latest: "2030-12-31" },
      },
    ]);
  });

  test.each([
    [{ from: "2030-06-15", to: "2030-06-15" }, ["precision-day", "precision-month", "precision-year"]],
    [{ from: "2030-06", to: "2030-06" }, ["precision-day", "precision-month", "precision-year"]],
    [{ from: "2030", to: "2030" }, ["precision-day", "precision-month", "precision-year"]],
    [{ from: "2030-06-16", to: "2030-06-30" }, ["precision-month", "precision-year"]],
    [{ from: "2030-06-01", to: "2030-06-14" }, ["precision-month", "precision-year"]],
    [{ from: "2030-07" }, ["precision-year"]],
    [{ to: "2030-05" }, ["precision-year"]],
    [{ from: "2030-12-31" }, ["precision-year"]],
    [{ to: "2030-01-01" }, ["precision-year"]],
    [{ from: "2031" }, []],
    [{ to: "2029-12-31" }, []],
  ])("range %j matches %j", async (range, expected) => {
    expect(await matching(range)).toEqual(expected);
  });

  test("a month range ends on the month's last day, leap days included", async () => {
    const leap = async (date: { from?: string; to?: string }) =>
      slugsOf(
        (
          await data<{ meetings: Edges<{ slug: string }> }>(
            `query ($date: PartialDateRange) { meetings(filter: { title: { equals: "Leap month" }, date: $date }) { edges { node { slug } } } }`,
            { date },
          )
        ).meetings,
      );
    expect(await leap({ from: "2032-02-29", to: "2032-02-29" })).toEqual(["leap-month"]);
    expect(await leap({ to: "2032-02" })).toEqual(["leap-month"]);
    expect(await leap({ from: "2032-03" })).toEqual([]);
    expect(await leap({ to: "2032-01-31" })).toEqual([]);
  });

  test.each([
    [{ from: "2030-06-15", to: "2030-06-15" }, ["due-day", "due-month", "due-year"]],
    [{ from: "2030-06-16" }, ["due-month", "due-year"]],
    [{ from: "2030-07", to: "2030-12" }, ["due-year"]],
    [{ to: "2029" }, ["kitazawa-response-minustah"]], // the seed's one dated deadline, January 2012
  ])("a commitment due range %j matches %j", async (due, expected) => {
    const result = await data<{ commitments: Edges<{ slug: string }> & { totalCount: number } }>(
      `query ($due: CommitmentDueFilter) { commitments(filter: { due: $due }) { totalCount edges { node { slug } } } }`,
      { due },
    );
    expect(sorted(slugsOf(result.commitments))).toEqual(expected);
    expect(result.commitments.totalCount).toBe(expected.length);
  });
});

describe("a deep organization tree", () => {
  // root → level-1 → … → level-6 (the leaf), and a second root to move a branch under.
  const levels = [
    "deep-root",
    "deep-level-1",
    "deep-level-2",
    "deep-level-3",
    "deep-level-4",
    "deep-level-5",
    "deep-level-6",
  ];
  const orgId: Record<string, string> = {};
  const gid = (slug: string) => globalId("Organization", orgId[slug] as string);

  beforeAll(async () => {
    let parentId: string | null = null;
    for (const slug of [...levels, "other-root"]) {
      const organization: { id: string } = await db.organization.create({
        data: { slug, name: `Generated ${slug}`, kind: "OTHER", parentId: slug === "other-root" ? null : parentId },
      });
      orgId[slug] = organization.id;
      parentId = organization.id;
    }
    // Someone attended a meeting for the leaf and made a pledge on its behalf there.
    const person = await db.person.create({ data: { slug: "deep-leaf-delegate", name: "Leaf Delegate" } });
    const meeting = await createMeeting("deep-leaf-meeting", "Meeting attended for the leaf", "2030-03-03");
    await db.participation.create({
      data: {
        meetingId: meeting.id,
        personId: person.id,
        organizationId: orgId["deep-level-6"],
        roleTitle: "Delegate",
        side: "GUEST",
        citationId: await source.cite(),
      },
    });
    await db.commitment.create({
      data: {
        slug: "deep-leaf-pledge",
        kind: "PLEDGE",
        statement: "The leaf pledged something.",
        status: "OPEN",
        meetingId: meeting.id,
        citationId: await source.cite(),
        parties: { create: [{ role: "MAKER", organizationId: orgId["deep-level-6"] as string }] },
      },
    });
  });

  async function reach(rootSlug: string) {
    const result = await data<{
      organizations: Edges<{ slug: string }>;
      meetings: Edges<{ slug: string }>;
      direct: Edges<{ slug: string }>;
      commitments: Edges<{ slug: string }>;
      people: Edges<{ slug: string }>;
    }>(
      `query ($id: ID!) {
        organizations(filter: { within: $id }, first: 100) { edges { node { slug } } }
        meetings(filter: { organization: { id: $id } }) { edges { node { slug } } }
        direct: meetings(filter: { organization: { id: $id, includeSubOrganizations: false } }) { edges { node { slug } } }
        commitments(filter: { maker: $id }) { edges { node { slug } } }
        people(filter: { organization: { id: $id } }) { edges { node { slug } } }
      }`,
      { id: gid(rootSlug) },
    );
    return {
      within: sorted(slugsOf(result.organizations)),
      meetings: slugsOf(result.meetings),
      direct: slugsOf(result.direct),
      commitments: slugsOf(result.commitments),
      people: slugsOf(result.people),
    };
  }

  test("a filter on the root's subtree reaches the leaf six levels down", async () => {
    expect(await reach("deep-root")).toEqual({
      within: sorted(levels.slice(1)),
      meetings: ["deep-leaf-meeting"],
      direct: [],
      commitments: ["deep-leaf-pledge"],
      people: ["deep-leaf-delegate"],
    });
    expect((await reach("deep-level-3")).within).toEqual(["deep-level-4", "deep-level-5", "deep-level-6"]);
    expect(await reach("deep-level-6")).toEqual({
      within: [],
      meetings: ["deep-leaf-meeting"],
      direct: ["deep-leaf-meeting"],
      commitments: ["deep-leaf-pledge"],
      people: ["deep-leaf-delegate"],
    });
  });

  test("moving a branch re-derives every descendant's ancestry, and the filters follow", async () => {
    await db.organization.update({ where: { id: orgId["deep-level-3"] }, data: { parentId: orgId["other-root"] } });

    expect(await reach("deep-root")).toEqual({
      within: ["deep-level-1", "deep-level-2"],
      meetings: [],
      direct: [],
      commitments: [],
      people: [],
    });
    expect(await reach("other-root")).toEqual({
      within: ["deep-level-3", "deep-level-4", "deep-level-5", "deep-level-6"],
      meetings: ["deep-leaf-meeting"],
      direct: [],
      commitments: ["deep-leaf-pledge"],
      people: ["deep-leaf-delegate"],
    });
    // The trigger keeps the leaf's ancestry root first.
    const leaf = await db.organization.findUniqueOrThrow({ where: { id: orgId["deep-level-6"] } });
    expect(leaf.ancestorIds).toEqual(
      ["other-root", "deep-level-3", "deep-level-4", "deep-level-5"].map((slug) => orgId[slug]),
    );
    // The API's parent chain agrees.
    const chain = await data<{
      organization: {
        parent: {
          slug: string;
          parent: { slug: string; parent: { slug: string; parent: { slug: string; parent: null } } };
        };
      };
    }>(
      `{ organization(slug: "deep-level-6") { parent { slug parent { slug parent { slug parent { slug parent { slug } } } } } } }`,
    );
    expect(chain.organization.parent.parent.parent.parent).toEqual({ slug: "other-root", parent: null });
  });

  test("the database refuses to put an organization under its own descendant", async () => {
    const chain: string[] = [];
    for (const slug of ["cycle-a", "cycle-b", "cycle-c", "cycle-d"]) {
      const organization = await db.organization.create({
        data: { slug, name: `Generated ${slug}`, kind: "OTHER", parentId: chain.at(-1) ?? null },
      });
      chain.push(organization.id);
    }
    const [a, b, c, d] = chain as [string, string, string, string];
    const snapshot = () =>
      db.organization.findMany({
        where: { id: { in: chain } },
        select: { slug: true, parentId: true, ancestorIds: true },
        orderBy: { slug: "asc" },
      });
    const before = await snapshot();
    expect(before.map((row) => row.ancestorIds.length)).toEqual([0, 1, 2, 3]);

    await expect(db.organization.update({ where: { id: a }, data: { parentId: d } })).rejects.toThrow(
      /cannot be placed under its own descendant/,
    );
    await expect(db.organization.update({ where: { id: b }, data: { parentId: c } })).rejects.toThrow(
      /cannot be placed under its own descendant/,
    );
    await expect(db.organization.update({ where: { id: c }, data: { parentId: c } })).rejects.toThrow();

    expect(await snapshot()).toEqual(before);
  });
});
