// Time-aware reads: which positions were held on a given day (partial start and end dates),
// and the role a person held at a meeting. Seed positions carry no dates, so a person with
// dated positions is added here.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "../../../src/infra/db.js";
import { graphql } from "../../generated/index.js";
import { data } from "../../helpers/execute.js";
import { createSource, partialDate } from "../../helpers/generate.js";
import { nodes } from "../../helpers/graphql.js";

beforeAll(async () => {
  const source = await createSource("time-test-source");
  const japan = await db.country.findUniqueOrThrow({ where: { slug: "jp" } });
  const ministry = await db.organization.findUniqueOrThrow({ where: { slug: "japan-ministry-of-defense" } });
  const institute = await db.organization.create({
    data: { slug: "time-institute", name: "Institute for Time Tests", kind: "OTHER", countryId: japan.id },
  });
  const person = await db.person.create({ data: { slug: "time-tanaka", name: "Tanaka", countryId: japan.id } });

  const position = async (
    slug: string,
    organizationId: string,
    title: string,
    current: boolean,
    start?: string,
    end?: string,
  ) => {
    const from = start ? partialDate(start) : undefined;
    const to = end ? partialDate(end) : undefined;
    return db.position.create({
      data: {
        slug,
        personId: person.id,
        organizationId,
        title,
        current,
        startDate: from?.date,
        startPrecision: from?.precision,
        endDate: to?.date,
        endPrecision: to?.precision,
        citationId: await source.cite(),
      },
    });
  };
  await position("time-advisor", institute.id, "Advisor", false, "2001", "2002"); // whole years
  await position("time-deputy", ministry.id, "Deputy Minister", false, "2005-04-01", "2008-03"); // ended some time in March 2008
  const minister = await position("time-minister", ministry.id, "Minister", true, "2008-04"); // began some time in April 2008
  await position("time-board", institute.id, "Board member", true); // no dates at all

  const meeting = async (slug: string, date: string) => {
    const { date: day, precision } = partialDate(date);
    return db.meeting.create({
      data: {
        slug,
        title: `Time test ${slug}`,
        kind: "OTHER",
        status: "HELD",
        date: day,
        datePrecision: precision,
        citationId: await source.cite(),
      },
    });
  };
  // At one meeting the source gives a title and there is no position record; at the other the
  // participation points at the Minister position while the source words the title differently.
  const envoy = await meeting("time-envoy-meeting", "2006-06-01");
  await db.participation.create({
    data: {
      meetingId: envoy.id,
      personId: person.id,
      organizationId: institute.id,
      roleTitle: "Special Envoy",
      side: "GUEST",
      citationId: await source.cite(),
    },
  });
  const talks = await meeting("time-minister-meeting", "2009-02-02");
  await db.participation.create({
    data: {
      meetingId: talks.id,
      personId: person.id,
      positionId: minister.id,
      roleTitle: "Minister of Defense (acting)",
      side: "HOST",
      citationId: await source.cite(),
    },
  });
});

async function tanakaPositions(asOf?: string) {
  const result = await data(
    graphql(`
      query TanakaPositionsAsOf($asOf: Date) {
        person(slug: "time-tanaka") {
          positions(asOf: $asOf) {
            totalCount
            edges {
              node {
                title
                current
                start {
                  value
                  precision
                }
                end {
                  value
                  latest
                }
              }
            }
          }
        }
      }
    `),
    { asOf },
  );
  if (!result.person) throw new Error("no time-tanaka");
  const positions = nodes(result.person.positions);
  return { titles: positions.map((p) => p.title), totalCount: result.person.positions.totalCount, positions };
}

describe("Person.positions(asOf:)", () => {
  test("without asOf: every position, most recent start first, undated last", async () => {
    const { titles, totalCount, positions } = await tanakaPositions();
    expect(titles).toEqual(["Minister", "Deputy Minister", "Advisor", "Board member"]);
    expect(totalCount).toBe(4);
    expect(positions[1]).toEqual({
      title: "Deputy Minister",
      current: false,
      start: { value: "2005-04-01", precision: "DAY" },
      end: { value: "2008-03", latest: "2008-03-31" },
    });
  });

  test.each([
    ["2000-12-31", ["Board member"]], // before anything began
    ["2001-01-01", ["Advisor", "Board member"]], // first day of a YEAR start
    ["2002-12-31", ["Advisor", "Board member"]], // last day of a YEAR end
    ["2003-01-01", ["Board member"]],
    ["2005-03-31", ["Board member"]], // the day before a DAY start
    ["2005-04-01", ["Deputy Minister", "Board member"]],
    ["2008-03-01", ["Deputy Minister", "Board member"]], // within a MONTH end: not known to have ended
    ["2008-03-31", ["Deputy Minister", "Board member"]], // last day of the end month
    ["2008-04-01", ["Minister", "Board member"]], // first day of a MONTH start, the day after the deputy's month
    ["2030-01-01", ["Minister", "Board member"]], // open-ended
  ])("asOf %s → %j", async (asOf, expected) => {
    const { titles, totalCount } = await tanakaPositions(asOf);
    expect(titles).toEqual(expected);
    expect(totalCount).toBe(expected.length);
  });

  test("a seed role called 'then …' with no end date still counts as held on any day", async () => {
    const result = await data(
      graphql(`
        query KitazawaPositionsIn1990 {
          person(slug: "kitazawa") {
            positions(asOf: "1990-01-01") {
              edges {
                node {
                  title
                  current
                }
              }
            }
          }
        }
      `),
    );
    expect(nodes(result.person?.positions ?? { edges: [] })).toEqual([{ title: "Defense Minister", current: false }]);
  });
});

describe("Organization.positions(asOf:)", () => {
  async function ministryPositions(asOf?: string) {
    const result = await data(
      graphql(`
        query MinistryOfDefensePositionsAsOf($asOf: Date) {
          organization(slug: "japan-ministry-of-defense") {
            positions(asOf: $asOf, first: 50) {
              totalCount
              edges {
                node {
                  title
                  person {
                    slug
                  }
                }
              }
            }
          }
        }
      `),
      { asOf },
    );
    if (!result.organization) throw new Error("no Ministry of Defense");
    return {
      holders: nodes(result.organization.positions)
        .map((p) => `${p.person.slug}: ${p.title}`)
        .sort(),
      totalCount: result.organization.positions.totalCount,
    };
  }

  test("the undated seed roles always count; dated ones only within their period", async () => {
    const seed = ["kitazawa: Defense Minister", "nakae: Administrative Vice-Minister"];
    expect(await ministryPositions()).toEqual({
      holders: [...seed, "time-tanaka: Deputy Minister", "time-tanaka: Minister"].sort(),
      totalCount: 4,
    });
    expect(await ministryPositions("2004-12-31")).toEqual({ holders: seed, totalCount: 2 });
    expect(await ministryPositions("2006-06-01")).toEqual({
      holders: [...seed, "time-tanaka: Deputy Minister"].sort(),
      totalCount: 3,
    });
    expect(await ministryPositions("2009-01-01")).toEqual({
      holders: [...seed, "time-tanaka: Minister"].sort(),
      totalCount: 3,
    });
  });

  test("positions of another organization are not mixed in", async () => {
    const result = await data(
      graphql(`
        query TimeInstitutePositionsIn2001 {
          organization(slug: "time-institute") {
            positions(asOf: "2001-06-01") {
              edges {
                node {
                  title
                }
              }
            }
          }
        }
      `),
    );
    expect(nodes(result.organization?.positions ?? { edges: [] }).map((p) => p.title)).toEqual([
      "Advisor",
      "Board member",
    ]);
  });
});

describe("Participation.roleAtMeeting", () => {
  const MEETING_ROLES = graphql(`
    query MeetingParticipantsRoles($slug: String!) {
      meeting(slug: $slug) {
        participants {
          edges {
            node {
              roleTitle
              person {
                slug
              }
              roleAtMeeting {
                title
                current
                organization {
                  slug
                }
                position {
                  title
                }
              }
            }
          }
        }
      }
    }
  `);
  const rolesAt = async (slug: string) =>
    nodes((await data(MEETING_ROLES, { slug })).meeting?.participants ?? { edges: [] });

  test("Kitazawa was Defense Minister at his meeting with Ban, a role he no longer holds", async () => {
    expect(await rolesAt("kitazawa-ban-2011-08-09")).toEqual([
      {
        roleTitle: "Defense Minister",
        person: { slug: "kitazawa" },
        roleAtMeeting: {
          title: "Defense Minister",
          current: false,
          organization: { slug: "japan-ministry-of-defense" },
          position: { title: "Defense Minister" },
        },
      },
      {
        roleTitle: "Secretary-General",
        person: { slug: "ban-ki-moon" },
        roleAtMeeting: {
          title: "Secretary-General",
          current: true,
          organization: { slug: "united-nations" },
          position: { title: "Secretary-General" },
        },
      },
    ]);
  });

  test("the organization comes from the position when the participation names none", async () => {
    const xu = (await rolesAt("japan-china-defense-vice-ministerial-9")).find((p) => p.person.slug === "xu-jingming");
    expect(xu?.roleAtMeeting).toEqual({
      title: "Military attache to Japan",
      current: true,
      organization: { slug: "peoples-liberation-army" },
      position: { title: "Military attache to Japan" },
    });
  });

  test("without a position record: the source's title, the participation's organization, current unknown", async () => {
    const result = await data(
      graphql(`
        query TanakaRolesAtMeetings {
          person(slug: "time-tanaka") {
            participations {
              edges {
                node {
                  meeting {
                    slug
                  }
                  roleTitle
                  roleAtMeeting {
                    title
                    current
                    organization {
                      slug
                    }
                    position {
                      title
                    }
                  }
                }
              }
            }
          }
        }
      `),
    );
    const [minister, envoy] = nodes(result.person?.participations ?? { edges: [] }); // most recent meeting first
    expect(envoy).toEqual({
      meeting: { slug: "time-envoy-meeting" },
      roleTitle: "Special Envoy",
      roleAtMeeting: {
        title: "Special Envoy",
        current: null,
        organization: { slug: "time-institute" },
        position: null,
      },
    });
    // With a position record its title and organization win over the source's wording.
    expect(minister).toEqual({
      meeting: { slug: "time-minister-meeting" },
      roleTitle: "Minister of Defense (acting)",
      roleAtMeeting: {
        title: "Minister",
        current: true,
        organization: { slug: "japan-ministry-of-defense" },
        position: { title: "Minister" },
      },
    });
  });
});
