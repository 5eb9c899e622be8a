// Nested lookups four levels deep, in both directions across the graph. Each query must return
// the seed's facts and send a fixed, small number of SQL statements however many parent rows it
// loads (no N+1): the count is the same for `first: 2` as for `first: 20` at the root. Nested
// pages are sized to hold every row of the seed and keep each query within the complexity limit.
import { describe, expect, test } from "vitest";
import { EXAMPLE_QUERY } from "../../src/server/yoga.js";
import { executeText as execute } from "../helpers/execute.js";
import { JOINT } from "../helpers/seed-slugs.js";

/** Runs a query that must succeed; returns its data and SQL statement count. */
async function run<T>(query: string, first: number): Promise<{ data: T; sql: number }> {
  const result = await execute<T>(query, { first });
  expect(result.errors).toBeUndefined();
  return { data: result.data as T, sql: result.sql };
}

type Edges<T> = { edges: { node: T }[] };
const nodes = <T>(connection: Edges<T>) => connection.edges.map((e) => e.node);

describe("meeting → participants → person → positions → organization", () => {
  const QUERY = `query Nested($first: Int) {
    meetings(first: $first) { edges { node {
      slug
      participants(first: 10) { edges { node {
        roleTitle
        person {
          slug
          positions(first: 5) { edges { node { title current organization { slug name } } } }
        }
      } } }
    } } }
  }`;
  const SQL_BUDGET = 5;
  type Result = {
    meetings: Edges<{
      slug: string;
      participants: Edges<{
        roleTitle: string;
        person: {
          slug: string;
          positions: Edges<{ title: string; current: boolean; organization: { slug: string; name: string } }>;
        };
      }>;
    }>;
  };

  test("returns each participant's positions and their organizations", async () => {
    const { data, sql } = await run<Result>(QUERY, 20);
    const meetings = nodes(data.meetings);
    expect(meetings.map((m) => m.slug)).toContain("kitazawa-ban-2011-08-09");

    const kitazawaBan = meetings.find((m) => m.slug === "kitazawa-ban-2011-08-09");
    expect(
      nodes(kitazawaBan?.participants ?? { edges: [] }).map((p) => ({
        role: p.roleTitle,
        person: p.person.slug,
        positions: nodes(p.person.positions),
      })),
    ).toEqual([
      {
        role: "Defense Minister",
        person: "kitazawa",
        positions: [
          {
            title: "Defense Minister",
            current: false,
            organization: { slug: "japan-ministry-of-defense", name: "Ministry of Defense" },
          },
        ],
      },
      {
        role: "Secretary-General",
        person: "ban-ki-moon",
        positions: [
          {
            title: "Secretary-General",
            current: true,
            organization: { slug: "united-nations", name: "United Nations" },
          },
        ],
      },
    ]);

    const vm9 = meetings.find((m) => m.slug === "japan-china-defense-vice-ministerial-9");
    const organizationOf = Object.fromEntries(
      nodes(vm9?.participants ?? { edges: [] }).map((p) => [
        p.person.slug,
        nodes(p.person.positions).map((pos) => pos.organization.slug),
      ]),
    );
    expect(organizationOf).toEqual({
      nakae: ["japan-ministry-of-defense"],
      takamizawa: ["japan-bureau-of-defense-policy"],
      sakurai: ["japan-bureau-of-operational-policy"],
      kawano: ["japan-joint-staff"],
      "ma-xiaotian": ["pla-general-staff"],
      "xu-jingming": ["peoples-liberation-army"],
    });
    expect(sql).toBeLessThanOrEqual(SQL_BUDGET);
  });

  test(`stays within ${SQL_BUDGET} SQL statements from first: 2 to first: 20`, async () => {
    const small = await run<Result>(QUERY, 2);
    const large = await run<Result>(QUERY, 20);
    expect(nodes(small.data.meetings)).toHaveLength(2);
    expect(nodes(large.data.meetings)).toHaveLength(6);
    expect(small.sql).toBeLessThanOrEqual(SQL_BUDGET);
    expect(large.sql).toBe(small.sql);
  });
});

describe("organization → participations → meeting → commitments → makers", () => {
  const QUERY = `query Nested($first: Int) {
    organizations(first: $first) { edges { node {
      slug
      participations(first: 5, includeSubOrganizations: false) { edges { node {
        person { slug }
        meeting {
          slug
          commitments(first: 10) { edges { node {
            slug kind
            makers { __typename ... on Person { slug } ... on Organization { slug } ... on Country { code } }
          } } }
        }
      } } }
    } } }
  }`;
  const SQL_BUDGET = 9;
  type Party = { __typename: string; slug?: string; code?: string };
  type Result = {
    organizations: Edges<{
      slug: string;
      participations: Edges<{
        person: { slug: string };
        meeting: { slug: string; commitments: Edges<{ slug: string; kind: string; makers: Party[] }> };
      }>;
    }>;
  };
  const party = (p: Party) => `${p.__typename}:${p.slug ?? p.code}`;

  test("returns who made each commitment at the meetings an organization attended", async () => {
    const { data, sql } = await run<Result>(QUERY, 20);
    const ministry = nodes(data.organizations).find((o) => o.slug === "japan-ministry-of-defense");
    const participations = nodes(ministry?.participations ?? { edges: [] });

    // Most recent meeting first.
    expect(participations.map((p) => [p.person.slug, p.meeting.slug])).toEqual([
      ["kitazawa", "kitazawa-ban-2011-08-09"],
      ["nakae", "japan-china-defense-vice-ministerial-9"],
    ]);
    const [kitazawaBan, vm9] = participations.map((p) => nodes(p.meeting.commitments));
    expect(kitazawaBan?.map((c) => c.slug)).toHaveLength(8);
    expect(kitazawaBan?.[0]).toEqual({
      slug: "ban-calls-again-sdf-south-sudan",
      kind: "REQUEST",
      makers: [
        { __typename: "Person", slug: "ban-ki-moon" },
        { __typename: "Organization", slug: "united-nations" },
      ],
    });
    expect(vm9?.map((c) => [c.slug, c.makers.map(party)])).toEqual([
      ["nakae-thanks-china-earthquake-support", ["Person:nakae", "Organization:japan-ministry-of-defense"]],
      ...JOINT.map((slug) => [
        slug,
        [
          "Country:JP",
          "Country:CN",
          "Organization:japan-ministry-of-defense",
          "Organization:china-ministry-of-national-defense",
        ],
      ]),
    ]);
    expect(sql).toBeLessThanOrEqual(SQL_BUDGET);
  });

  test(`stays within ${SQL_BUDGET} SQL statements from first: 2 to first: 20`, async () => {
    const small = await run<Result>(QUERY, 2);
    const large = await run<Result>(QUERY, 20);
    expect(nodes(small.data.organizations)).toHaveLength(2);
    expect(nodes(large.data.organizations)).toHaveLength(15);
    expect(small.sql).toBeLessThanOrEqual(SQL_BUDGET);
    expect(large.sql).toBe(small.sql);
  });
});

describe("person → commitments → commitment → meeting → participants", () => {
  const QUERY = `query Nested($first: Int) {
    people(first: $first) { edges { node {
      slug
      commitments(first: 10) { edges { node {
        role
        commitment {
          slug
          meeting {
            slug
            participants(first: 10) { edges { node { side roleTitle } } }
          }
        }
      } } }
    } } }
  }`;
  const SQL_BUDGET = 5;
  type Result = {
    people: Edges<{
      slug: string;
      commitments: Edges<{
        role: string;
        commitment: {
          slug: string;
          meeting: { slug: string; participants: Edges<{ side: string; roleTitle: string }> } | null;
        };
      }>;
    }>;
  };

  test("returns the meetings where a person's commitments were made, and who attended", async () => {
    const { data, sql } = await run<Result>(QUERY, 20);
    const kitazawa = nodes(data.people).find((p) => p.slug === "kitazawa");
    const parties = nodes(kitazawa?.commitments ?? { edges: [] });

    expect(parties.map((p) => `${p.role}:${p.commitment.slug}`).sort()).toEqual([
      "ADDRESSEE:ban-calls-again-sdf-south-sudan",
      "MAKER:kitazawa-response-minustah",
      "MAKER:kitazawa-response-south-sudan-engineers",
      "MAKER:kitazawa-response-south-sudan-hq-personnel",
    ]);
    for (const { commitment } of parties) {
      expect(commitment.meeting?.slug).toBe("kitazawa-ban-2011-08-09");
      expect(nodes(commitment.meeting?.participants ?? { edges: [] }).map((p) => `${p.side}:${p.roleTitle}`)).toEqual([
        "HOST:Defense Minister",
        "GUEST:Secretary-General",
      ]);
    }

    const kan = nodes(data.people).find((p) => p.slug === "kan");
    expect(
      nodes(kan?.commitments ?? { edges: [] }).map((p) => [p.role, p.commitment.slug, p.commitment.meeting?.slug]),
    ).toEqual([["ADDRESSEE", "ban-requests-kan-sdf-engineers-south-sudan", "ban-kan-2011"]]);
    expect(sql).toBeLessThanOrEqual(SQL_BUDGET);
  });

  test(`stays within ${SQL_BUDGET} SQL statements from first: 2 to first: 20`, async () => {
    const small = await run<Result>(QUERY, 2);
    const large = await run<Result>(QUERY, 20);
    expect(nodes(small.data.people)).toHaveLength(2);
    expect(nodes(large.data.people)).toHaveLength(9);
    expect(small.sql).toBeLessThanOrEqual(SQL_BUDGET);
    expect(large.sql).toBe(small.sql);
  });
});

describe("the query GraphiQL opens with", () => {
  const SQL_BUDGET = 14;

  test(`runs, within ${SQL_BUDGET} SQL statements`, async () => {
    const result = await execute<{
      meetings: {
        totalCount: number;
        edges: {
          node: {
            title: string;
            participants: Edges<{ person: { name: string } }>;
            commitments: Edges<{ statement: string; responses: Edges<{ statement: string }> }>;
          };
        }[];
      };
    }>(EXAMPLE_QUERY);
    expect(result.errors).toBeUndefined();
    const meetings = nodes(result.data?.meetings ?? { edges: [] });
    expect(result.data?.meetings.totalCount).toBe(6);
    expect(meetings.map((m) => m.title)).toEqual([
      "Meeting between Defense Minister Kitazawa and UN Secretary-General Ban",
      "Meeting between UN Secretary-General Ban and Prime Minister Kan",
      "9th Japan-China Defense Vice-Ministerial Meeting",
    ]);
    expect(nodes(meetings[0]?.participants ?? { edges: [] }).map((p) => p.person.name)).toEqual(["Kitazawa", "Ban"]);
    expect(nodes(meetings[0]?.commitments ?? { edges: [] })).toHaveLength(5);
    expect(nodes(nodes(meetings[0]?.commitments ?? { edges: [] })[0]?.responses ?? { edges: [] })).toHaveLength(2);
    expect(result.sql).toBeLessThanOrEqual(SQL_BUDGET);
  });
});
