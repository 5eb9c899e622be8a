// Then versus now: a source says how a role stood on its own date, never whether it is held
// today. heldAsOfSource (as of sourceDate) is then; knownToHaveEnded is what is known now;
// asOf answers "who held it on day D" and heldAccordingToLatestSource "who holds it as far as
// the latest source tells". `current` keeps answering, deprecated.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "../../../src/infra/db.js";
import type { PositionMatch } from "../../generated/graphql.js";
import { graphql } from "../../generated/index.js";
import { data } from "../../helpers/execute.js";
import { createSource, partialDate } from "../../helpers/generate.js";
import { idOf, nodes } from "../../helpers/graphql.js";

beforeAll(async () => {
  // A role its source calls held, whose recorded end date has passed since.
  const source = await createSource("then-now-source");
  const ministry = await db.organization.findUniqueOrThrow({ where: { slug: "japan-ministry-of-defense" } });
  const person = await db.person.create({ data: { slug: "then-now-sato", name: "Sato" } });
  const end = partialDate("2001");
  await db.position.create({
    data: {
      slug: "then-now-sato-counsellor",
      personId: person.id,
      organizationId: ministry.id,
      title: "Counsellor",
      current: true,
      endDate: end.date,
      endPrecision: end.precision,
      citationId: await source.cite(),
    },
  });
});

async function positionsOf(slug: string) {
  const result = await data(
    graphql(`
      query PersonPositionsThenAndNow($slug: String!) {
        person(slug: $slug) {
          positions {
            edges {
              node {
                title
                heldAsOfSource
                knownToHaveEnded
                current
                sourceDate {
                  value
                  basis
                }
              }
            }
          }
        }
      }
    `),
    { slug },
  );
  if (!result.person) throw new Error(`no person ${slug}`);
  return nodes(result.person.positions);
}

async function peopleHolding(holds: PositionMatch): Promise<string[]> {
  const result = await data(
    graphql(`
      query PeopleHolding($holds: PositionMatch) {
        people(first: 100, filter: { holds: $holds }) {
          edges {
            node {
              slug
            }
          }
        }
      }
    `),
    { holds },
  );
  return nodes(result.people).map((p) => p.slug);
}

describe("Position: then and now", () => {
  test("Ban was Secretary-General as of a 2011 source, which is all that is known: not known to have ended, not 'current'", async () => {
    expect(await positionsOf("ban-ki-moon")).toEqual([
      {
        title: "Secretary-General",
        heldAsOfSource: true,
        knownToHaveEnded: false,
        current: true,
        sourceDate: { value: "2011", basis: "INFERRED" },
      },
    ]);
  });

  test("'then Defense Minister' Kitazawa: not held as of the source, known to have ended", async () => {
    expect(await positionsOf("kitazawa")).toEqual([
      {
        title: "Defense Minister",
        heldAsOfSource: false,
        knownToHaveEnded: true,
        current: false,
        sourceDate: { value: "2011", basis: "INFERRED" },
      },
    ]);
  });

  test("a role held as of its source whose end date has passed is known to have ended", async () => {
    expect(await positionsOf("then-now-sato")).toEqual([
      { title: "Counsellor", heldAsOfSource: true, knownToHaveEnded: true, current: true, sourceDate: null },
    ]);
  });

  test("`current` is deprecated, pointing at both new fields", async () => {
    const result = await data(
      graphql(`
        query PositionFieldsDeprecation {
          position: __type(name: "Position") {
            fields(includeDeprecated: true) {
              name
              deprecationReason
            }
          }
          role: __type(name: "RoleAtMeeting") {
            fields(includeDeprecated: true) {
              name
              deprecationReason
            }
          }
        }
      `),
    );
    for (const type of [result.position, result.role]) {
      if (!type?.fields) throw new Error("no such type");
      const current = type.fields.find((field) => field.name === "current");
      expect(current?.deprecationReason).toBe(
        "Read `heldAsOfSource` for how the source described the role on its date, `knownToHaveEnded` for what is known now.",
      );
      expect(type.fields.find((field) => field.name === "heldAsOfSource")?.deprecationReason).toBeNull();
    }
  });
});

describe("Participation.roleAtMeeting", () => {
  test("at the Kitazawa–Ban meeting: Kitazawa's role has ended since, Ban's is held as of the source", async () => {
    const result = await data(
      graphql(`
        query KitazawaBanRolesAtMeeting {
          meeting(slug: "kitazawa-ban-2011-08-09") {
            participants {
              edges {
                node {
                  person {
                    slug
                  }
                  roleAtMeeting {
                    title
                    heldAsOfSource
                    knownToHaveEnded
                  }
                }
              }
            }
          }
        }
      `),
    );
    expect(nodes(result.meeting?.participants ?? { edges: [] })).toEqual([
      {
        person: { slug: "kitazawa" },
        roleAtMeeting: { title: "Defense Minister", heldAsOfSource: false, knownToHaveEnded: true },
      },
      {
        person: { slug: "ban-ki-moon" },
        roleAtMeeting: { title: "Secretary-General", heldAsOfSource: true, knownToHaveEnded: false },
      },
    ]);
  });
});

describe("who held a role on a day, who holds it per the latest source", () => {
  test("Defense Minister on 2011-08-09: Kitazawa (his undated role is not known not to cover the day)", async () => {
    expect(await peopleHolding({ title: { equals: "Defense Minister" }, asOf: "2011-08-09" })).toEqual(["kitazawa"]);
  });

  test("Secretary-General per the latest source: Ban; Defense Minister per the latest source: nobody, Kitazawa's role is 'then'", async () => {
    expect(await peopleHolding({ title: { equals: "Secretary-General" }, heldAccordingToLatestSource: true })).toEqual([
      "ban-ki-moon",
    ]);
    expect(await peopleHolding({ title: { equals: "Defense Minister" }, heldAccordingToLatestSource: true })).toEqual(
      [],
    );
    expect(await peopleHolding({ title: { equals: "Defense Minister" }, heldAccordingToLatestSource: false })).toEqual([
      "kitazawa",
    ]);
  });

  test("a role whose end date has passed is not held per the latest source, but was held on a day within it", async () => {
    expect(await peopleHolding({ title: { equals: "Counsellor" }, heldAccordingToLatestSource: true })).toEqual([]);
    expect(await peopleHolding({ title: { equals: "Counsellor" }, asOf: "2001-06-01" })).toEqual(["then-now-sato"]);
    expect(await peopleHolding({ title: { equals: "Counsellor" }, asOf: "2002-01-01" })).toEqual([]);
  });

  test("the organization's part of the match takes its sub-organizations: the PLA holds Ma Xiaotian's General Staff role", async () => {
    const pla = await idOf("organization", "peoples-liberation-army");
    const holders = await peopleHolding({ organization: { id: pla }, heldAccordingToLatestSource: true });
    expect(holders.sort()).toEqual(["ma-xiaotian", "xu-jingming"]);
  });

  test("Organization.positions(heldAccordingToLatestSource:) at the Ministry of Defense: Nakae's role, not 'then' Kitazawa's or the ended one", async () => {
    const result = await data(
      graphql(`
        query MinistryOfDefensePositionsNowAndBefore {
          organization(slug: "japan-ministry-of-defense") {
            now: positions(heldAccordingToLatestSource: true) {
              edges {
                node {
                  person {
                    slug
                  }
                }
              }
            }
            before: positions(heldAccordingToLatestSource: false) {
              edges {
                node {
                  person {
                    slug
                  }
                }
              }
            }
          }
        }
      `),
    );
    if (!result.organization) throw new Error("no Ministry of Defense");
    expect(nodes(result.organization.now).map((p) => p.person.slug)).toEqual(["nakae"]);
    expect(
      nodes(result.organization.before)
        .map((p) => p.person.slug)
        .sort(),
    ).toEqual(["kitazawa", "then-now-sato"]);
  });
});
