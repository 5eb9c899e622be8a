// Counts: relation counts on meetings and commitments, and commitmentStats grouped by each
// dimension and by combinations, with and without a filter. Totals must agree with the
// `commitments` connection under the same filter.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "../../../src/infra/db.js";
import type { CommitmentFilter, CommitmentStatDimension } from "../../generated/graphql.js";
import { graphql } from "../../generated/index.js";
import { data, type ResultOf } from "../../helpers/execute.js";
import { createSource, globalId, partialDate } from "../../helpers/generate.js";
import { countryId, idOf } from "../../helpers/graphql.js";

describe("relation counts", () => {
  test("Meeting.participantCount and commitmentCount agree with the connections' totalCount", async () => {
    const result = await data(
      graphql(`
        query MeetingRelationCounts {
          meetings(first: 100) {
            edges {
              node {
                slug
                participantCount
                commitmentCount
                participants {
                  totalCount
                }
                commitments {
                  totalCount
                }
              }
            }
          }
        }
      `),
    );
    const counts = Object.fromEntries(
      result.meetings.edges.map(({ node }) => [node.slug, [node.participantCount, node.commitmentCount]]),
    );
    expect(counts).toEqual({
      "kitazawa-ban-2011-08-09": [2, 8],
      "ban-kan-2011": [2, 1],
      "japan-china-defense-vice-ministerial-9": [6, 7],
      "japan-china-defense-vice-ministerial-8": [0, 0],
      "japan-china-maritime-working-level-talk-3": [0, 0],
      "japan-defense-minister-visit-to-china": [0, 0],
    });
    for (const { node } of result.meetings.edges) {
      expect(node.participants.totalCount).toBe(node.participantCount);
      expect(node.commitments.totalCount).toBe(node.commitmentCount);
    }
  });

  test("Commitment.responseCount agrees with responses.totalCount", async () => {
    const result = await data(
      graphql(`
        query CommitmentResponseCounts {
          commitments(first: 100) {
            edges {
              node {
                slug
                responseCount
                responses {
                  totalCount
                }
              }
            }
          }
        }
      `),
    );
    const answered = Object.fromEntries(
      result.commitments.edges
        .filter(({ node }) => node.responseCount > 0)
        .map(({ node }) => [node.slug, node.responseCount]),
    );
    expect(answered).toEqual({ "ban-calls-again-sdf-south-sudan": 2, "ban-seeks-continued-sdf-cooperation": 1 });
    for (const { node } of result.commitments.edges) expect(node.responses.totalCount).toBe(node.responseCount);
  });
});

const STATS = graphql(`
  query CommitmentStatsWithTotal($filter: CommitmentFilter, $groupBy: [CommitmentStatDimension!]) {
    commitmentStats(filter: $filter, groupBy: $groupBy) {
      total
      groups {
        kind
        status
        makerCountry {
          code
        }
        makerOrganization {
          slug
        }
        addresseeCountry {
          code
        }
        addresseeOrganization {
          slug
        }
        month
        topic {
          slug
        }
        count
        sharedCount
      }
    }
    commitments(filter: $filter) {
      totalCount
    }
  }
`);
type Group = ResultOf<typeof STATS>["commitmentStats"]["groups"][number];

/** Stats under a filter, checking that the total is the connection's totalCount. */
async function stats(groupBy: CommitmentStatDimension[] | undefined, filter?: CommitmentFilter) {
  const result = await data(STATS, { groupBy, filter });
  expect(result.commitmentStats.total).toBe(result.commitments.totalCount);
  return result.commitmentStats;
}

/** Each group as "value/value: count", for the dimensions grouped by. */
function rows(groups: Group[], dimensions: string[]): string[] {
  const value: Record<string, (g: Group) => string | null | undefined> = {
    KIND: (g) => g.kind,
    STATUS: (g) => g.status,
    MAKER_COUNTRY: (g) => g.makerCountry?.code ?? g.makerOrganization?.slug,
    ADDRESSEE_COUNTRY: (g) => g.addresseeCountry?.code ?? g.addresseeOrganization?.slug,
    MONTH: (g) => g.month,
    TOPIC: (g) => g.topic?.slug,
  };
  return groups.map((g) => `${dimensions.map((d) => value[d]?.(g) ?? "-").join("/")}: ${g.count}`);
}
const sum = (groups: Group[]) => groups.reduce((total, g) => total + g.count, 0);

describe("commitmentStats on the seed", () => {
  test("without groupBy: one group holding the total, every dimension null", async () => {
    expect(await stats(undefined)).toEqual({
      total: 16,
      groups: [
        {
          kind: null,
          status: null,
          makerCountry: null,
          makerOrganization: null,
          addresseeCountry: null,
          addresseeOrganization: null,
          month: null,
          topic: null,
          count: 16,
          sharedCount: 0,
        },
      ],
    });
    expect(await stats([])).toEqual(await stats(undefined));
  });

  test("KIND, largest group first", async () => {
    const { total, groups } = await stats(["KIND"]);
    expect(rows(groups, ["KIND"])).toEqual([
      "CONCURRENCE: 4",
      "EXPRESSION: 4",
      "REQUEST: 3",
      "RESPONSE: 3",
      "AGREEMENT: 2",
    ]);
    expect(sum(groups)).toBe(total);
    expect(groups.every((g) => g.status === null && g.topic === null && g.makerCountry === null)).toBe(true);
    expect(groups.every((g) => g.sharedCount === 0)).toBe(true); // groups by kind never overlap
  });

  test("STATUS", async () => {
    const { total, groups } = await stats(["STATUS"]);
    expect(rows(groups, ["STATUS"])).toEqual(["NOT_APPLICABLE: 7", "OPEN: 6", "DEFERRED: 3"]);
    expect(sum(groups)).toBe(total);
  });

  test("MAKER_COUNTRY: a joint commitment counts for both countries, and sharedCount says so", async () => {
    const { total, groups } = await stats(["MAKER_COUNTRY"]);
    expect(rows(groups, ["MAKER_COUNTRY"])).toEqual(["JP: 10", "CN: 6", "united-nations: 6"]);
    expect(total).toBe(16);
    expect(sum(groups)).toBe(22); // the six joint Japan–China commitments count twice
    expect(groups.map((g) => g.sharedCount)).toEqual([6, 6, 0]);
    // Each group's own commitments plus the shared ones once: the total again.
    expect(sum(groups) - groups.reduce((shared, g) => shared + g.sharedCount, 0) + 6).toBe(total);
  });

  test("MAKER_COUNTRY: the UN and its Secretary-General (no country) are one group of their own, not null", async () => {
    const { groups } = await stats(["MAKER_COUNTRY"], { maker: "united-nations" });
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      makerCountry: null,
      makerOrganization: { slug: "united-nations" },
      count: 6,
      sharedCount: 0,
    });
  });

  test("ADDRESSEE_COUNTRY: commitments made to no one group as null; one made to the UN Secretary-General as the UN", async () => {
    const { groups } = await stats(["ADDRESSEE_COUNTRY"]);
    expect(rows(groups, ["ADDRESSEE_COUNTRY"])).toEqual(["-: 8", "JP: 6", "CN: 1", "united-nations: 1"]);
    expect(groups.every((g) => g.sharedCount === 0)).toBe(true);
  });

  test("a country's group counts exactly what the maker and addressee filters find for it", async () => {
    for (const code of ["JP", "CN"]) {
      const id = await countryId(code);
      const made = (await stats(["MAKER_COUNTRY"])).groups.find((g) => g.makerCountry?.code === code)?.count;
      const received = (await stats(["ADDRESSEE_COUNTRY"])).groups.find(
        (g) => g.addresseeCountry?.code === code,
      )?.count;
      expect(made).toBe((await stats(undefined, { maker: id })).total);
      expect(received).toBe((await stats(undefined, { addressee: id })).total);
    }
  });

  test("MONTH: the month of the meeting where it was made", async () => {
    const { total, groups } = await stats(["MONTH"]);
    expect(rows(groups, ["MONTH"])).toEqual(["2011-08: 9", "2011-07: 7"]);
    expect(sum(groups)).toBe(total);
  });

  test("TOPIC", async () => {
    const { total, groups } = await stats(["TOPIC"]);
    expect(rows(groups, ["TOPIC"]).sort()).toEqual(
      [
        "peacekeeping-south-sudan: 4",
        "great-east-japan-earthquake: 3",
        "minustah: 3",
        "defense-exchanges: 2",
        "japan-china-relations: 1",
        "korean-peninsula-denuclearization: 1",
        "maritime-communication-mechanism: 1",
        "regional-security-frameworks: 1",
      ].sort(),
    );
    const counts = groups.map((g) => g.count);
    expect(counts).toEqual([4, 3, 3, 2, 1, 1, 1, 1]); // largest first
    expect(sum(groups)).toBe(total);
  });

  test("KIND and STATUS together", async () => {
    const { groups } = await stats(["KIND", "STATUS"]);
    expect(rows(groups, ["KIND", "STATUS"])).toEqual([
      "CONCURRENCE/OPEN: 4",
      "EXPRESSION/NOT_APPLICABLE: 4",
      "REQUEST/DEFERRED: 3",
      "RESPONSE/NOT_APPLICABLE: 3",
      "AGREEMENT/OPEN: 2",
    ]);
  });

  test("MAKER_COUNTRY and KIND together", async () => {
    const { groups } = await stats(["MAKER_COUNTRY", "KIND"]);
    expect(rows(groups, ["MAKER_COUNTRY", "KIND"]).sort()).toEqual(
      [
        "CN/AGREEMENT: 2",
        "CN/CONCURRENCE: 4",
        "JP/AGREEMENT: 2",
        "JP/CONCURRENCE: 4",
        "JP/EXPRESSION: 1",
        "JP/RESPONSE: 3",
        "united-nations/EXPRESSION: 3",
        "united-nations/REQUEST: 3",
      ].sort(),
    );
    const counts = groups.map((g) => g.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a)); // largest first
  });

  test("MONTH, TOPIC and ADDRESSEE_COUNTRY together", async () => {
    const { groups } = await stats(["MONTH", "TOPIC", "ADDRESSEE_COUNTRY"]);
    expect(rows(groups, ["MONTH", "TOPIC", "ADDRESSEE_COUNTRY"]).sort()).toEqual(
      [
        "2011-08/peacekeeping-south-sudan/JP: 2", // Ban's two requests
        "2011-08/peacekeeping-south-sudan/-: 1", // Kitazawa's answer to no one
        "2011-08/peacekeeping-south-sudan/united-nations: 1", // and his answer to Ban, the UN's Secretary-General
        "2011-08/great-east-japan-earthquake/JP: 2",
        "2011-08/minustah/JP: 2",
        "2011-08/minustah/-: 1",
        "2011-07/great-east-japan-earthquake/CN: 1",
        "2011-07/japan-china-relations/-: 1",
        "2011-07/defense-exchanges/-: 2",
        "2011-07/maritime-communication-mechanism/-: 1",
        "2011-07/korean-peninsula-denuclearization/-: 1",
        "2011-07/regional-security-frameworks/-: 1",
      ].sort(),
    );
    expect(sum(groups)).toBe(16); // one addressee country at most per commitment here
  });

  test("repeating a dimension is the same as naming it once", async () => {
    expect(await stats(["KIND", "KIND"])).toEqual(await stats(["KIND"]));
  });

  describe("with a filter", () => {
    let japan: string;
    beforeAll(async () => {
      japan = await countryId("JP");
    });

    test("made by Japan, by kind", async () => {
      const { total, groups } = await stats(["KIND"], { maker: japan });
      expect(total).toBe(10);
      expect(rows(groups, ["KIND"])).toEqual(["CONCURRENCE: 4", "RESPONSE: 3", "AGREEMENT: 2", "EXPRESSION: 1"]);
    });

    test("made to Japan, by status and maker country", async () => {
      const { total, groups } = await stats(["STATUS", "MAKER_COUNTRY"], { addressee: japan });
      expect(total).toBe(6);
      expect(rows(groups, ["STATUS", "MAKER_COUNTRY"])).toEqual([
        "DEFERRED/united-nations: 3",
        "NOT_APPLICABLE/united-nations: 3",
      ]);
    });

    test("requests at one meeting, by topic", async () => {
      const meeting = await idOf("meeting", "kitazawa-ban-2011-08-09");
      const { total, groups } = await stats(["TOPIC"], { meeting, kind: { equals: "REQUEST" } });
      expect(total).toBe(2);
      expect(rows(groups, ["TOPIC"]).sort()).toEqual(["minustah: 1", "peacekeeping-south-sudan: 1"]);
    });

    test("combined with or / not", async () => {
      const { total, groups } = await stats(["STATUS"], {
        or: [{ hasResponse: true }, { isResponse: true }],
        not: { topic: "minustah" },
      });
      expect(total).toBe(3);
      expect(rows(groups, ["STATUS"])).toEqual(["NOT_APPLICABLE: 2", "DEFERRED: 1"]);
    });

    test("a filter nothing matches: zero total; no groups when grouping", async () => {
      const nothing: CommitmentFilter = { kind: { equals: "REQUEST" }, isResponse: true };
      expect(await stats(["KIND"], nothing)).toEqual({ total: 0, groups: [] });
      expect((await stats(undefined, nothing)).total).toBe(0);
    });
  });
});

test("commitments without a topic, or made where the month is unknown, form null groups", async () => {
  const source = await createSource("aggregates-test-source");
  const year = partialDate("2012");
  const meeting = await db.meeting.create({
    data: {
      slug: "aggregates-year-meeting",
      title: "Known only to the year",
      kind: "OTHER",
      status: "HELD",
      date: year.date,
      datePrecision: year.precision,
      citationId: await source.cite(),
    },
  });
  const created = [];
  try {
    created.push(
      await db.commitment.create({
        data: {
          slug: "aggregates-at-year",
          kind: "PLEDGE",
          statement: "Pledged in 2012",
          status: "OPEN",
          meetingId: meeting.id,
          citationId: await source.cite(),
        },
      }),
    );
    created.push(
      await db.commitment.create({
        data: {
          slug: "aggregates-no-meeting",
          kind: "PLEDGE",
          statement: "Pledged somewhere",
          status: "OPEN",
          citationId: await source.cite(),
        },
      }),
    );

    const { total, groups } = await stats(["MONTH", "TOPIC", "KIND"], { kind: { equals: "PLEDGE" } });
    expect(total).toBe(2);
    expect(rows(groups, ["MONTH", "TOPIC", "KIND"])).toEqual(["-/-/PLEDGE: 2"]);
    const atMeeting = await stats(["MONTH"], { meeting: globalId("Meeting", meeting.id) });
    expect(rows(atMeeting.groups, ["MONTH"])).toEqual(["-: 1"]);
  } finally {
    await db.commitment.deleteMany({ where: { id: { in: created.map((c) => c.id) } } });
    await db.meeting.delete({ where: { id: meeting.id } });
  }
});
