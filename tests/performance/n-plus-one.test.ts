// No N+1: representative queries four relation levels deep, with connections inside
// connections, send the same number of SQL statements whether each page holds one row or
// many. The seed is too small for page sizes to matter, so 40 meetings with 5 participants
// and 3 commitments each are added first.
//
// Budgets are the counts measured when this was written (about one statement per relation
// level); a higher count, or one that grows with the page size, is a regression. Large page
// sizes are as large as the API's query-cost limit allows for each shape.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "../../src/infra/db.js";
import { executeText as execute } from "../helpers/execute.js";
import { createSource, partialDate, uuid } from "../helpers/generate.js";
import { type Edges, nodes } from "../helpers/graphql.js";

const MEETINGS = 40;
const PEOPLE = 10;

beforeAll(async () => {
  const source = await createSource("n-plus-one-source");
  const citationId = await source.cite();
  const japan = await db.country.findUniqueOrThrow({ where: { slug: "jp" } });
  const china = await db.country.findUniqueOrThrow({ where: { slug: "cn" } });

  // Two ministries with five bureaus each; one person per bureau, each with two positions.
  const ministries = [
    {
      id: uuid(),
      slug: "n1-ministry-jp",
      name: "N1 Japanese Ministry",
      kind: "MINISTRY" as const,
      countryId: japan.id,
    },
    { id: uuid(), slug: "n1-ministry-cn", name: "N1 Chinese Ministry", kind: "MINISTRY" as const, countryId: china.id },
  ];
  for (const ministry of ministries) await db.organization.create({ data: ministry });
  const people = Array.from({ length: PEOPLE }, (_, i) => {
    const ministry = ministries[i % 2] as (typeof ministries)[number];
    return {
      ministry,
      bureau: {
        id: uuid(),
        slug: `n1-bureau-${i}`,
        name: `N1 Bureau ${i}`,
        kind: "BUREAU" as const,
        countryId: ministry.countryId,
        parentId: ministry.id,
      },
      person: { id: uuid(), slug: `n1-person-${i}`, name: `N1 Delegate ${i}`, countryId: ministry.countryId },
    };
  });
  for (const { bureau } of people) await db.organization.create({ data: bureau });
  await db.person.createMany({ data: people.map((p) => p.person) });
  await db.position.createMany({
    data: people.flatMap(({ person, bureau, ministry }, i) => [
      {
        slug: `n1-position-${i}-bureau`,
        personId: person.id,
        organizationId: bureau.id,
        title: "Director",
        current: true,
        citationId,
      },
      {
        slug: `n1-position-${i}-ministry`,
        personId: person.id,
        organizationId: ministry.id,
        title: "Counsellor",
        current: false,
        citationId,
      },
    ]),
  });

  // Each meeting: five consecutive delegates (Japanese hosts, Chinese guests) and three
  // commitments made by its first delegate and their bureau, to Japan.
  const meetings = Array.from({ length: MEETINGS }, (_, m) => {
    const { date, precision } = partialDate(
      `2019-${String((m % 12) + 1).padStart(2, "0")}-${String((m % 28) + 1).padStart(2, "0")}`,
    );
    return {
      id: uuid(),
      slug: `n1-meeting-${m}`,
      title: `N1 meeting ${m}`,
      kind: "OTHER" as const,
      status: "HELD" as const,
      date,
      datePrecision: precision,
      citationId,
    };
  });
  await db.meeting.createMany({ data: meetings });
  await db.participation.createMany({
    data: meetings.flatMap((meeting, m) =>
      [0, 1, 2, 3, 4].map((k) => {
        const { person, bureau, ministry } = people[(m + k) % PEOPLE] as (typeof people)[number];
        return {
          meetingId: meeting.id,
          personId: person.id,
          organizationId: bureau.id,
          roleTitle: "Delegate",
          side: ministry === ministries[0] ? ("HOST" as const) : ("GUEST" as const),
          citationId,
        };
      }),
    ),
  });
  const commitments = meetings.flatMap((meeting, m) =>
    [0, 1, 2].map((c) => ({
      id: uuid(),
      slug: `n1-commitment-${m}-${c}`,
      kind: "PLEDGE" as const,
      statement: `N1 pledge ${m}.${c}`,
      status: "OPEN" as const,
      meetingId: meeting.id,
      citationId,
      m,
    })),
  );
  await db.commitment.createMany({ data: commitments.map(({ m: _m, ...commitment }) => commitment) });
  await db.commitmentParty.createMany({
    data: commitments.flatMap(({ id, m }) => {
      const { person, bureau } = people[m % PEOPLE] as (typeof people)[number];
      return [
        { commitmentId: id, role: "MAKER" as const, personId: person.id, position: 0 },
        { commitmentId: id, role: "MAKER" as const, organizationId: bureau.id, position: 1 },
        { commitmentId: id, role: "ADDRESSEE" as const, countryId: japan.id, position: 0 },
      ];
    }),
  });
});

interface Sizes {
  outer: number;
  inner: number;
}
const SMALL: Sizes = { outer: 1, inner: 1 };

/** Runs the query at both sizes; both must succeed and send the same number of statements. */
async function measure<T>(query: string, large: Sizes, budget: number): Promise<{ small: T; large: T; sql: number }> {
  const small = await execute<T>(query, { ...SMALL });
  expect(small.errors).toBeUndefined();
  const big = await execute<T>(query, { ...large });
  expect(big.errors).toBeUndefined();
  expect(big.sql, `statements with first: ${large.outer}/${large.inner} vs first: 1/1`).toBe(small.sql);
  expect(small.sql).toBeLessThanOrEqual(budget);
  return { small: small.data as T, large: big.data as T, sql: small.sql };
}

describe("meetings → participants → person → positions → organization", () => {
  const QUERY = `query ($outer: Int, $inner: Int) {
    meetings(first: $outer) { edges { node {
      slug
      participants(first: $inner) { edges { node {
        roleAtMeeting { title current }
        person { slug positions(first: $inner) { edges { node { title organization { slug parent { slug } } } } } }
      } } }
    } } }
  }`;
  const BUDGET = 9;
  type Result = {
    meetings: Edges<{
      slug: string;
      participants: Edges<{
        person: {
          slug: string;
          positions: Edges<{ title: string; organization: { slug: string; parent: { slug: string } | null } }>;
        };
      }>;
    }>;
  };

  test(`${BUDGET} statements for one meeting or fifty, one participant or five`, async () => {
    const { small, large } = await measure<Result>(QUERY, { outer: 50, inner: 5 }, BUDGET);
    expect(nodes(small.meetings)).toHaveLength(1);
    const meetings = nodes(large.meetings);
    expect(meetings).toHaveLength(MEETINGS + 6);
    const generated = meetings.find((m) => m.slug === "n1-meeting-0");
    expect(
      nodes(generated?.participants ?? { edges: [] })
        .map((p) => p.person.slug)
        .sort(),
    ).toEqual(["n1-person-0", "n1-person-1", "n1-person-2", "n1-person-3", "n1-person-4"]);
    for (const participant of nodes(generated?.participants ?? { edges: [] })) {
      // A bureau position (under its ministry) and a ministry position (at the top).
      const organizations = nodes(participant.person.positions).map((position) => position.organization);
      expect(organizations).toHaveLength(2);
      expect(
        organizations.filter((o) => o.slug.startsWith("n1-bureau-") && o.parent?.slug.startsWith("n1-ministry-")),
      ).toHaveLength(1);
      expect(organizations.filter((o) => o.slug.startsWith("n1-ministry-") && o.parent === null)).toHaveLength(1);
    }
  });
});

describe("organizations → participations → meeting → commitments → makers", () => {
  const QUERY = `query ($outer: Int, $inner: Int) {
    organizations(first: $outer) { edges { node {
      slug
      participations(first: $inner) { edges { node {
        meeting { slug commitments(first: $inner) { edges { node { slug makers { __typename ... on Person { slug } ... on Organization { slug } ... on Country { code } } } } } }
      } } }
    } } }
  }`;
  const BUDGET = 8;
  type Result = {
    organizations: Edges<{
      slug: string;
      participations: Edges<{
        meeting: { slug: string; commitments: Edges<{ slug: string; makers: { __typename: string }[] }> };
      }>;
    }>;
  };

  test(`${BUDGET} statements for one organization or fifty`, async () => {
    const { small, large } = await measure<Result>(QUERY, { outer: 50, inner: 5 }, BUDGET);
    expect(nodes(small.organizations)).toHaveLength(1);
    const organizations = nodes(large.organizations);
    expect(organizations.length).toBe(15 + 12);
    const bureau = organizations.find((o) => o.slug === "n1-bureau-0");
    const participations = nodes(bureau?.participations ?? { edges: [] });
    expect(participations).toHaveLength(5);
    expect(
      nodes(participations[0]?.meeting.commitments ?? { edges: [] }).map((c) => c.makers.map((m) => m.__typename)),
    ).toEqual([
      ["Person", "Organization"],
      ["Person", "Organization"],
      ["Person", "Organization"],
    ]);
  });
});

describe("people → counterparts → meetings → commitments", () => {
  const QUERY = `query ($outer: Int, $inner: Int) {
    people(first: $outer) { edges { node {
      slug
      counterparts { person { slug } meetingCount meetings { slug commitments(first: $inner) { edges { node { slug kind } } } } }
    } } }
  }`;
  const BUDGET = 6;
  type Result = {
    people: Edges<{
      slug: string;
      counterparts: {
        person: { slug: string };
        meetingCount: number;
        meetings: { slug: string; commitments: Edges<{ slug: string }> }[];
      }[];
    }>;
  };

  test(`${BUDGET} statements for one person or fifty`, async () => {
    // Counterparts and their meetings are unpaged lists, so the inner page stays at 1 to keep
    // fifty people within the query-cost limit.
    const { small, large } = await measure<Result>(QUERY, { outer: 50, inner: 1 }, BUDGET);
    expect(nodes(small.people)).toHaveLength(1);
    const people = nodes(large.people);
    expect(people).toHaveLength(9 + PEOPLE);
    const delegate = people.find((p) => p.slug === "n1-person-0");
    // A Japanese delegate meets the Chinese delegates who sit within four places of them, across the table.
    expect(delegate?.counterparts.map((c) => c.person.slug).sort()).toEqual([
      "n1-person-1",
      "n1-person-3",
      "n1-person-7",
      "n1-person-9",
    ]);
    expect(delegate?.counterparts.every((c) => c.meetings.length === c.meetingCount && c.meetingCount > 1)).toBe(true);
    expect(delegate?.counterparts[0]?.meetings.every((m) => nodes(m.commitments).length === 1)).toBe(true);
    const ma = people.find((p) => p.slug === "ma-xiaotian");
    expect(ma?.counterparts).toHaveLength(4);
  });
});

describe("search → meeting → participants → person → positions", () => {
  const QUERY = `query ($outer: Int, $inner: Int) {
    search(query: "N1 meeting", types: [MEETING], first: $outer) { edges { node {
      __typename
      ... on Meeting { slug participants(first: $inner) { edges { node { person { slug positions(first: $inner) { edges { node { title organization { slug } } } } } } } } }
    } } }
  }`;
  const BUDGET = 7;
  type Result = {
    search: {
      edges: {
        node: {
          __typename: string;
          slug: string;
          participants: Edges<{ person: { positions: Edges<{ title: string }> } }>;
        };
      }[];
    };
  };

  test(`${BUDGET} statements for one hit or forty`, async () => {
    const { small, large } = await measure<Result>(QUERY, { outer: 50, inner: 5 }, BUDGET);
    expect(small.search.edges).toHaveLength(1);
    expect(large.search.edges).toHaveLength(MEETINGS);
    const first = large.search.edges[0]?.node;
    expect(first?.__typename).toBe("Meeting");
    expect(nodes(first?.participants ?? { edges: [] })).toHaveLength(5);
    expect(nodes(nodes(first?.participants ?? { edges: [] })[0]?.person.positions ?? { edges: [] })).toHaveLength(2);
  });
});

describe("search → person → participations → meeting → commitments → makers", () => {
  const QUERY = `query ($outer: Int, $inner: Int) {
    search(query: "N1 delegate", types: [PERSON], first: $outer) { edges { node {
      __typename
      ... on Person { slug participations(first: $inner) { edges { node { meeting { slug commitments(first: $inner) { edges { node { slug makers { __typename } } } } } } } } }
    } } }
  }`;
  const BUDGET = 10;
  type Result = {
    search: {
      edges: {
        node: { slug: string; participations: Edges<{ meeting: { commitments: Edges<{ makers: unknown[] }> } }> };
      }[];
    };
  };

  test(`${BUDGET} statements for one hit or ten`, async () => {
    const { small, large } = await measure<Result>(QUERY, { outer: 50, inner: 5 }, BUDGET);
    expect(small.search.edges).toHaveLength(1);
    expect(large.search.edges).toHaveLength(PEOPLE);
    const participations = nodes(large.search.edges[0]?.node.participations ?? { edges: [] });
    expect(participations).toHaveLength(5);
    expect(nodes(participations[0]?.meeting.commitments ?? { edges: [] })).toHaveLength(3);
  });
});

describe("meetings by slug → commitments by ISO code → direction between two parties", () => {
  // Slugs and codes anywhere in the request are looked up in one statement before it runs; the
  // directions of a whole page take one statement per direction.
  const QUERY = `query ($outer: Int, $inner: Int) {
    meetings(first: $outer, filter: { party: "n1-ministry-jp" }) { edges { node {
      slug
      commitments(first: $inner, filter: { addressee: "JP" }) { edges { node { slug direction(a: "n1-ministry-jp", b: "jp") } } }
    } } }
  }`;
  const BUDGET = 5;
  type Result = { meetings: Edges<{ slug: string; commitments: Edges<{ slug: string; direction: string | null }> }> };

  test(`${BUDGET} statements for one meeting or fifty, one commitment or three`, async () => {
    const { small, large } = await measure<Result>(QUERY, { outer: 50, inner: 3 }, BUDGET);
    expect(nodes(small.meetings)).toHaveLength(1);
    const meetings = nodes(large.meetings);
    expect(meetings).toHaveLength(MEETINGS);
    const commitments = meetings.flatMap((meeting) => nodes(meeting.commitments));
    expect(commitments).toHaveLength(MEETINGS * 3);
    // A Japanese delegate and their bureau (under the Japanese ministry) made the Japanese side's
    // pledges: both parties are among the makers, so JOINT; the Chinese side's are not between them.
    expect(new Set(commitments.map((c) => c.direction))).toEqual(new Set(["JOINT", null]));
  });
});
