// Each orderBy value of meetings, commitments, people and organizations gives the order its
// description promises, on the seed and on records added to test what the seed cannot show
// (due dates, later records, tied names).
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "../../../src/infra/db.js";
import type { CommitmentOrder, MeetingOrder, OrganizationOrder, PersonOrder } from "../../generated/graphql.js";
import { graphql } from "../../generated/index.js";
import { data, type Operation } from "../../helpers/execute.js";
import { createSource, type GeneratedSource, partialDate } from "../../helpers/generate.js";
import { slugsOf, sorted } from "../../helpers/graphql.js";
import { ALL_COMMITMENTS, ALL_MEETINGS, MARITIME_TALK_3, VISIT_TO_CHINA } from "../../helpers/seed-slugs.js";

let source: GeneratedSource;
beforeAll(async () => {
  source = await createSource("orders-test-source");
});

interface OrderOf {
  meetings: MeetingOrder;
  commitments: CommitmentOrder;
  people: PersonOrder;
  organizations: OrganizationOrder;
}
const ORDERED = {
  meetings: graphql(`
    query MeetingsOrdered($orderBy: MeetingOrder) {
      list: meetings(orderBy: $orderBy, first: 100) {
        edges {
          node {
            slug
          }
        }
      }
    }
  `),
  commitments: graphql(`
    query CommitmentsOrdered($orderBy: CommitmentOrder) {
      list: commitments(orderBy: $orderBy, first: 100) {
        edges {
          node {
            slug
          }
        }
      }
    }
  `),
  people: graphql(`
    query PeopleOrdered($orderBy: PersonOrder) {
      list: people(orderBy: $orderBy, first: 100) {
        edges {
          node {
            slug
          }
        }
      }
    }
  `),
  organizations: graphql(`
    query OrganizationsOrdered($orderBy: OrganizationOrder) {
      list: organizations(orderBy: $orderBy, first: 100) {
        edges {
          node {
            slug
          }
        }
      }
    }
  `),
};

/** All slugs of a root connection in the given order, or its default order (every list here fits one page). */
async function order<F extends keyof OrderOf>(field: F, orderBy?: OrderOf[F]): Promise<string[]> {
  const operation = ORDERED[field] as Operation<
    { list: { edges: { node: { slug: string } }[] } },
    { orderBy?: OrderOf[F] | null }
  >;
  return slugsOf((await data(operation, orderBy === undefined ? {} : { orderBy })).list);
}

/** The seed's records in the order given, whatever else the database holds. */
const only = (slugs: string[], seed: readonly string[]) => slugs.filter((slug) => seed.includes(slug));

const UNDATED = [MARITIME_TALK_3, VISIT_TO_CHINA];

describe("meetings", () => {
  let laterUndated: string;
  beforeAll(async () => {
    const citationId = await source.cite();
    const recent = partialDate("2020-05");
    await db.meeting.create({
      data: {
        slug: "orders-recent",
        title: "Zulu recent meeting",
        kind: "OTHER",
        status: "HELD",
        date: recent.date,
        datePrecision: recent.precision,
        citationId,
      },
    });
    const old = partialDate("1999");
    await db.meeting.create({
      data: {
        slug: "orders-old",
        title: "Alpha old meeting",
        kind: "OTHER",
        status: "HELD",
        date: old.date,
        datePrecision: old.precision,
        citationId,
      },
    });
    laterUndated = (
      await db.meeting.create({
        data: { slug: "orders-undated", title: "Mike undated meeting", kind: "OTHER", status: "PLANNED", citationId },
      })
    ).slug;
  });

  test("the default is DATE_DESC", async () => {
    expect(await order("meetings")).toEqual(await order("meetings", "DATE_DESC"));
  });

  test("DATE_DESC: most recent first, undated last", async () => {
    const slugs = await order("meetings", "DATE_DESC");
    expect(only(slugs, ALL_MEETINGS).slice(0, 4)).toEqual([
      "kitazawa-ban-2011-08-09",
      "ban-kan-2011",
      "japan-china-defense-vice-ministerial-9",
      "japan-china-defense-vice-ministerial-8",
    ]);
    expect(slugs[0]).toBe("orders-recent");
    expect(slugs.indexOf("orders-old")).toBe(slugs.length - 4);
    expect(sorted(slugs.slice(-3))).toEqual(sorted([...UNDATED, laterUndated]));
  });

  test("DATE_ASC: oldest first, undated still last", async () => {
    const slugs = await order("meetings", "DATE_ASC");
    expect(only(slugs, ALL_MEETINGS).slice(0, 4)).toEqual([
      "japan-china-defense-vice-ministerial-8",
      "japan-china-defense-vice-ministerial-9",
      "ban-kan-2011",
      "kitazawa-ban-2011-08-09",
    ]);
    expect(slugs[0]).toBe("orders-old");
    expect(slugs.indexOf("orders-recent")).toBe(slugs.length - 4);
    expect(sorted(slugs.slice(-3))).toEqual(sorted([...UNDATED, laterUndated]));
  });

  test("undated meetings are in the same (id) order at the end of DATE_DESC and DATE_ASC", async () => {
    expect((await order("meetings", "DATE_DESC")).slice(-3)).toEqual((await order("meetings", "DATE_ASC")).slice(-3));
  });

  test("TITLE_ASC: by title, A to Z", async () => {
    const slugs = await order("meetings", "TITLE_ASC");
    expect(only(slugs, ALL_MEETINGS)).toEqual([
      "japan-china-maritime-working-level-talk-3", // 3rd Japan-China working-level talk…
      "japan-china-defense-vice-ministerial-8", // 8th Japan-China…
      "japan-china-defense-vice-ministerial-9", // 9th Japan-China…
      "kitazawa-ban-2011-08-09", // Meeting between Defense Minister Kitazawa…
      "ban-kan-2011", // Meeting between UN Secretary-General Ban…
      "japan-defense-minister-visit-to-china", // Visit by Japan’s Defense Minister…
    ]);
    expect(slugs.indexOf("orders-old")).toBe(3); // "Alpha…" after the three numbered titles
    expect(slugs.at(-1)).toBe("orders-recent"); // "Zulu…"
  });

  test("CREATED_DESC: most recently recorded first", async () => {
    const slugs = await order("meetings", "CREATED_DESC");
    expect(slugs.slice(0, 3)).toEqual(["orders-undated", "orders-old", "orders-recent"]);
    expect(only(slugs, ALL_MEETINGS)).toEqual([...ALL_MEETINGS].reverse());
  });
});

describe("commitments", () => {
  beforeAll(async () => {
    // Created in this order; due dates deliberately out of that order.
    for (const [slug, due] of [
      ["orders-due-2031-05", "2031-05"],
      ["orders-due-2030", "2030"],
      ["orders-due-2030-02-10", "2030-02-10"],
    ] as const) {
      const { date, precision } = partialDate(due);
      await db.commitment.create({
        data: {
          slug,
          kind: "PLEDGE",
          statement: `Pledge due ${due}`,
          status: "OPEN",
          dueDate: date,
          duePrecision: precision,
          citationId: await source.cite(),
        },
      });
    }
  });

  test("the default is CREATED_DESC", async () => {
    expect(await order("commitments")).toEqual(await order("commitments", "CREATED_DESC"));
  });

  test("CREATED_ASC: oldest record first (the seed in dataset order, then later records)", async () => {
    const slugs = await order("commitments", "CREATED_ASC");
    expect(slugs).toEqual([...ALL_COMMITMENTS, "orders-due-2031-05", "orders-due-2030", "orders-due-2030-02-10"]);
  });

  test("CREATED_DESC: most recently recorded first", async () => {
    const slugs = await order("commitments", "CREATED_DESC");
    expect(slugs).toEqual([
      "orders-due-2030-02-10",
      "orders-due-2030",
      "orders-due-2031-05",
      ...[...ALL_COMMITMENTS].reverse(),
    ]);
  });

  test("DUE_ASC: as soon as possible first, then the earliest due date, those without a due date last", async () => {
    const slugs = await order("commitments", "DUE_ASC");
    // The seed's two "as soon as possible" agreements, then its one dated deadline (2012-01), then these.
    const asap = ["japan-china-defense-minister-visit", "japan-china-third-maritime-talk"];
    expect(sorted(slugs.slice(0, 2))).toEqual(sorted(asap));
    expect(slugs.slice(2, 6)).toEqual([
      "kitazawa-response-minustah",
      "orders-due-2030",
      "orders-due-2030-02-10",
      "orders-due-2031-05",
    ]);
    expect(sorted(slugs.slice(6))).toEqual(
      sorted(ALL_COMMITMENTS.filter((slug) => ![...asap, "kitazawa-response-minustah"].includes(slug))),
    );
  });
});

const SEED_PEOPLE = [
  "kitazawa",
  "ban-ki-moon",
  "kan",
  "nakae",
  "takamizawa",
  "sakurai",
  "kawano",
  "ma-xiaotian",
  "xu-jingming",
];

describe("people", () => {
  let kansById: string[];
  beforeAll(async () => {
    // Two more people named "Kan": ties on the name are broken by id.
    await db.person.create({ data: { slug: "orders-namesake-a", name: "Kan" } });
    await db.person.create({ data: { slug: "orders-namesake-b", name: "Kan" } });
    const kans = await db.person.findMany({ where: { name: "Kan" } });
    kansById = kans.sort((x, y) => (x.id < y.id ? -1 : 1)).map((person) => person.slug);
  });

  test("the default is NAME_ASC", async () => {
    expect(await order("people")).toEqual(await order("people", "NAME_ASC"));
  });

  test("NAME_ASC: by name, A to Z, ties by id", async () => {
    const slugs = await order("people", "NAME_ASC");
    expect(only(slugs, SEED_PEOPLE)).toEqual([
      "ban-ki-moon",
      "kan",
      "kawano",
      "kitazawa",
      "ma-xiaotian",
      "nakae",
      "sakurai",
      "takamizawa",
      "xu-jingming",
    ]);
    const ban = slugs.indexOf("ban-ki-moon");
    expect(slugs.slice(ban, ban + 5)).toEqual(["ban-ki-moon", ...kansById, "kawano"]);
  });

  test("CREATED_DESC: most recently recorded first", async () => {
    const slugs = await order("people", "CREATED_DESC");
    expect(slugs.slice(0, 2)).toEqual(["orders-namesake-b", "orders-namesake-a"]);
    expect(only(slugs, SEED_PEOPLE)).toEqual([...SEED_PEOPLE].reverse());
  });
});

const SEED_ORGANIZATIONS = [
  "government-of-japan",
  "japan-ministry-of-defense",
  "japan-bureau-of-defense-policy",
  "japan-bureau-of-operational-policy",
  "japan-joint-staff",
  "japan-self-defense-forces",
  "united-nations",
  "minustah",
  "un-peacekeeping-south-sudan",
  "china-ministry-of-national-defense",
  "peoples-liberation-army",
  "pla-general-staff",
  "asean-regional-forum",
  "admm-plus",
  "six-party-talks",
];

describe("organizations", () => {
  beforeAll(async () => {
    await db.organization.create({ data: { slug: "orders-aardvark", name: "AAA Institute", kind: "OTHER" } });
  });

  test("the default is NAME_ASC", async () => {
    expect(await order("organizations")).toEqual(await order("organizations", "NAME_ASC"));
  });

  test("NAME_ASC: by name, A to Z", async () => {
    const slugs = await order("organizations", "NAME_ASC");
    expect(slugs[0]).toBe("orders-aardvark");
    expect(only(slugs, SEED_ORGANIZATIONS)).toEqual([
      "admm-plus", // ASEAN Defense Ministers’ Meeting Plus
      "asean-regional-forum", // ASEAN Regional Forum
      "japan-bureau-of-defense-policy", // Bureau of Defense Policy
      "japan-bureau-of-operational-policy", // Bureau of Operational Policy
      "china-ministry-of-national-defense", // Chinese defense ministry
      "pla-general-staff", // General Staff of the People’s Liberation Army
      "government-of-japan",
      "japan-joint-staff",
      "japan-ministry-of-defense",
      "peoples-liberation-army",
      "japan-self-defense-forces",
      "six-party-talks",
      "united-nations",
      // The database sorts by code point, so capital "S" comes before lower-case "p".
      "minustah", // United Nations Stabilization Mission in Haiti
      "un-peacekeeping-south-sudan", // United Nations peacekeeping operations in South Sudan
    ]);
  });

  test("CREATED_DESC: most recently recorded first", async () => {
    const slugs = await order("organizations", "CREATED_DESC");
    expect(slugs[0]).toBe("orders-aardvark");
    expect(only(slugs, SEED_ORGANIZATIONS)).toEqual([...SEED_ORGANIZATIONS].reverse());
  });
});
