// Names, not only ids: every filter field and argument that takes a record's global id also
// takes its slug, and a country's ISO code, in the same argument. All the slugs and codes of
// one request are looked up in one SQL statement, however many fields and nesting levels name
// them; unknown and ambiguous values are BAD_USER_INPUT errors that name the field and value.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "../../../src/infra/db.js";
import { graphql } from "../../generated/index.js";
import { data, execute, type Operation } from "../../helpers/execute.js";
import { countryId, type Edges, expectBadUserInput, idOf, slugsOf, sorted } from "../../helpers/graphql.js";
import {
  BAN_KAN,
  BAN_MADE,
  JOINT,
  KITAZAWA_BAN,
  KITAZAWA_RESPONSES,
  NAKAE_THANKS,
  VICE_MINISTERIAL_9,
} from "../../helpers/seed-slugs.js";

const ids: Record<string, string> = {};
beforeAll(async () => {
  for (const slug of ["kitazawa", "ban-ki-moon"]) ids[slug] = await idOf("person", slug);
  for (const slug of ["united-nations", "japan-ministry-of-defense", "china-ministry-of-national-defense"])
    ids[slug] = await idOf("organization", slug);
  ids[KITAZAWA_BAN] = await idOf("meeting", KITAZAWA_BAN);
  ids.JP = await countryId("JP");
  ids.CN = await countryId("CN");
});

const MEETINGS = graphql(`
  query ReferencesMeetings($filter: MeetingFilter) {
    meetings(filter: $filter, first: 100) { edges { node { slug } } }
  }
`);
const COMMITMENTS = graphql(`
  query ReferencesCommitments($filter: CommitmentFilter) {
    commitments(filter: $filter, first: 100) { edges { node { slug } } }
  }
`);
const ORGANIZATIONS = graphql(`
  query ReferencesOrganizations($filter: OrganizationFilter) {
    organizations(filter: $filter, first: 100) { edges { node { slug } } }
  }
`);
const PEOPLE = graphql(`
  query ReferencesPeople($filter: PersonFilter) {
    people(filter: $filter, first: 100) { edges { node { slug } } }
  }
`);

/** The sorted slugs of the one list the operation reads, filtered by `filter`. */
async function slugs<TResult extends object, TFilter>(
  operation: Operation<TResult, { filter?: TFilter | null }>,
  filter: TFilter,
): Promise<string[]> {
  const result = await data(operation, { filter });
  return sorted(slugsOf(Object.values(result)[0] as Edges<{ slug: string }>));
}

describe("a slug or ISO code finds what the global id finds", () => {
  test("the issue's examples: meetings with the United Nations, commitments made by Japan", async () => {
    expect(await slugs(MEETINGS, { party: "united-nations" })).toEqual(sorted([KITAZAWA_BAN, BAN_KAN]));
    expect(await slugs(MEETINGS, { party: "united-nations" })).toEqual(
      await slugs(MEETINGS, { party: ids["united-nations"] }),
    );
    expect(await slugs(COMMITMENTS, { maker: "JP" })).toEqual(sorted([...KITAZAWA_RESPONSES, NAKAE_THANKS, ...JOINT]));
    expect(await slugs(COMMITMENTS, { maker: "JP" })).toEqual(await slugs(COMMITMENTS, { maker: ids.JP }));
  });

  test("ISO codes in either case; slugs of people and organizations", async () => {
    expect(await slugs(COMMITMENTS, { maker: "jp" })).toEqual(await slugs(COMMITMENTS, { maker: "JP" }));
    expect(await slugs(COMMITMENTS, { addressee: "ban-ki-moon" })).toEqual(["kitazawa-response-south-sudan-engineers"]);
    expect(await slugs(COMMITMENTS, { maker: "united-nations" })).toEqual(sorted(BAN_MADE));
  });

  test("every marked field of every filter", async () => {
    expect(await slugs(MEETINGS, { participant: "kitazawa" })).toEqual(
      await slugs(MEETINGS, { participant: ids.kitazawa }),
    );
    expect(await slugs(MEETINGS, { organization: { id: "japan-ministry-of-defense" } })).toEqual(
      await slugs(MEETINGS, { organization: { id: ids["japan-ministry-of-defense"] as string } }),
    );
    expect(await slugs(MEETINGS, { country: ids.CN })).toEqual([VICE_MINISTERIAL_9]);
    expect(await slugs(COMMITMENTS, { meeting: KITAZAWA_BAN })).toEqual(
      await slugs(COMMITMENTS, { meeting: ids[KITAZAWA_BAN] }),
    );
    expect(await slugs(ORGANIZATIONS, { within: "japan-ministry-of-defense" })).toEqual(
      await slugs(ORGANIZATIONS, { within: ids["japan-ministry-of-defense"] }),
    );
    expect(await slugs(ORGANIZATIONS, { parent: "japan-ministry-of-defense" })).toEqual(
      await slugs(ORGANIZATIONS, { parent: ids["japan-ministry-of-defense"] }),
    );
    expect(await slugs(ORGANIZATIONS, { country: "CN" })).toEqual(await slugs(ORGANIZATIONS, { country: ids.CN }));
    expect(await slugs(PEOPLE, { country: ids.CN })).toEqual(await slugs(PEOPLE, { country: "cn" }));
    expect(await slugs(PEOPLE, { organization: { id: "united-nations" } })).toEqual(["ban-ki-moon"]);
  });

  test("inside and/or/not, in nested connections, and in meetingsBetween and relationshipTimeline", async () => {
    expect(await slugs(COMMITMENTS, { or: [{ maker: "CN" }, { not: { maker: "JP" } }] })).toEqual(
      sorted([...JOINT, ...BAN_MADE]),
    );
    const result = await data(
      graphql(`
        query ReferencesNested($meeting: String!) {
          meeting(slug: $meeting) { commitments(filter: { maker: "united-nations" }) { edges { node { slug } } } }
          meetingsBetween(a: "kitazawa", b: "ban-ki-moon") { edges { node { slug } } }
          relationshipTimeline(a: "JP", b: "cn") { meeting { slug } commitment { slug } }
        }
      `),
      { meeting: KITAZAWA_BAN },
    );
    if (!result.meeting) throw new Error(`no meeting ${KITAZAWA_BAN}`);
    expect(slugsOf(result.meeting.commitments).every((slug) => BAN_MADE.includes(slug))).toBe(true);
    expect(slugsOf(result.meeting.commitments).length).toBeGreaterThan(0);
    expect(slugsOf(result.meetingsBetween)).toEqual([KITAZAWA_BAN]);
    const timeline = result.relationshipTimeline.map((entry) => entry.meeting?.slug ?? entry.commitment?.slug);
    expect(timeline).toContain(VICE_MINISTERIAL_9);
    expect(timeline).toContain(NAKAE_THANKS);
  });

  test("in fragments, under aliases and from variables", async () => {
    const result = await data(
      graphql(`
        query ReferencesFragment($country: ID!) {
          un: meetings(filter: { party: "united-nations" }) { edges { node { slug } } }
          ...ReferencesMade
        }
        fragment ReferencesMade on Query { jp: commitments(filter: { maker: $country }) { totalCount } }
      `),
      { country: "JP" },
    );
    expect(sorted(slugsOf(result.un))).toEqual(sorted([KITAZAWA_BAN, BAN_KAN]));
    expect(result.jp.totalCount).toBe(KITAZAWA_RESPONSES.length + 1 + JOINT.length);
  });

  test("the slug of a record merged away finds the record it was merged into", async () => {
    const kitazawa = await db.person.findUniqueOrThrow({ where: { slug: "kitazawa" } });
    await db.redirect.create({
      data: { oldId: crypto.randomUUID(), oldSlug: "toshimi-kitazawa", model: "Person", newId: kitazawa.id },
    });
    expect(await slugs(MEETINGS, { participant: "toshimi-kitazawa" })).toEqual(
      await slugs(MEETINGS, { participant: "kitazawa" }),
    );
  });
});

describe("one lookup per request", () => {
  test("slugs in several root fields, nested filters and arguments cost one statement more than global ids", async () => {
    const query = graphql(`
      query ReferencesOneLookup(
        $JP: ID!
        $CN: ID!
        $ban: ID!
        $un: ID!
        $mod: ID!
        $meeting: ID!
        $kitazawa: ID!
      ) {
        commitments(filter: { maker: $JP, or: [{ addressee: $ban }, { addressee: $CN }] }) { totalCount }
        meetings(filter: { party: $un, organization: { id: $mod } }) {
          edges { node { commitments(filter: { maker: $JP, meeting: $meeting }) { totalCount } } }
        }
        meetingsBetween(a: $kitazawa, b: $ban) { totalCount }
      }
    `);
    const byId = await execute(query, {
      JP: ids.JP as string,
      CN: ids.CN as string,
      ban: ids["ban-ki-moon"] as string,

      un: ids["united-nations"] as string,
      mod: ids["japan-ministry-of-defense"] as string,
      meeting: ids[KITAZAWA_BAN] as string,
      kitazawa: ids.kitazawa as string,
    });
    const bySlug = await execute(query, {
      JP: "JP",
      CN: "CN",
      ban: "ban-ki-moon",

      un: "united-nations",
      mod: "japan-ministry-of-defense",
      meeting: KITAZAWA_BAN,
      kitazawa: "kitazawa",
    });
    expect(byId.errors).toBeUndefined();
    expect(bySlug.errors).toBeUndefined();
    expect(bySlug.data).toEqual(byId.data);
    expect(bySlug.sql).toBe(byId.sql + 1);
  });

  test("a request that names records only by global id sends no lookup", async () => {
    const byId = await execute(
      graphql(`
        query ReferencesCountByMaker($maker: ID!) {
          commitments(filter: { maker: $maker }) { totalCount }
        }
      `),
      { maker: ids.JP as string },
    );
    const unfiltered = await execute(graphql(`query ReferencesCountAll { commitments { totalCount } }`));
    expect(byId.sql).toBe(unfiltered.sql);
  });
});

describe("unknown, ambiguous and mistyped values", () => {
  test("an unknown slug or code names the field and the value", async () => {
    await expectBadUserInput(
      MEETINGS,
      { filter: { party: "united-nation" } },
      /"party": no person, organization or country has the id, slug or ISO code "united-nation"/,
    );
    await expectBadUserInput(
      COMMITMENTS,
      { filter: { meeting: "no-such-meeting" } },
      /"meeting": no meeting has the id or slug "no-such-meeting"/,
    );
    await expectBadUserInput(
      graphql(`query ReferencesUnknownParty { meetingsBetween(a: "JP", b: "XX") { totalCount } }`),
      {},
      /"b": no person, organization or country has the id, slug or ISO code "XX"/,
    );
  });

  test("a slug that is right for another kind of record is unknown here", async () => {
    // "kitazawa" is a person, not a meeting.
    await expectBadUserInput(
      COMMITMENTS,
      { filter: { meeting: "kitazawa" } },
      /"meeting": no meeting has the id or slug "kitazawa"/,
    );
  });

  test("a slug two records share is ambiguous where both kinds are accepted, and fine where one is", async () => {
    const japan = await db.country.findUniqueOrThrow({ where: { slug: "jp" } });
    await db.organization.create({
      data: { slug: "kitazawa", name: "Kitazawa Study Group", kind: "OTHER", countryId: japan.id },
    });
    await expectBadUserInput(
      COMMITMENTS,
      { filter: { maker: "kitazawa" } },
      /"maker": "kitazawa" is ambiguous: it is the slug of a person and an organization; pass the global id of the one you mean/,
    );
    expect(await slugs(MEETINGS, { participant: "kitazawa" })).toEqual(
      await slugs(MEETINGS, { participant: ids.kitazawa }),
    );
  });

  test("a very long value is quoted only in part", async () => {
    const result = await execute(COMMITMENTS, { filter: { maker: "x".repeat(5000) } });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message.length).toBeLessThan(200);
  });
});
