// Every field of MeetingFilter, CommitmentFilter, PersonFilter and OrganizationFilter against the
// seed: string and enum operators, partial-date ranges, organization subtrees, country parties,
// boolean nesting, filters on relation connections, and the errors bad input gets.
import { beforeAll, describe, expect, test } from "vitest";
import { dataText as data, executeText as execute } from "../../helpers/execute.js";
import { countryId, type Edges, expectBadUserInput, idOf, nodes, slugsOf, sorted } from "../../helpers/graphql.js";
import {
  ALL_COMMITMENTS,
  ALL_MEETINGS,
  BAN_KAN,
  BAN_MADE,
  JOINT,
  KITAZAWA_BAN,
  KITAZAWA_RESPONSES,
  MARITIME_TALK_3,
  NAKAE_THANKS,
  VICE_MINISTERIAL_8,
  VICE_MINISTERIAL_9,
  VISIT_TO_CHINA,
} from "../../helpers/seed-slugs.js";

const ALL_PEOPLE = [
  "ban-ki-moon",
  "kan",
  "kawano",
  "kitazawa",
  "ma-xiaotian",
  "nakae",
  "sakurai",
  "takamizawa",
  "xu-jingming",
];
const MOD_BODIES = [
  "japan-bureau-of-defense-policy",
  "japan-bureau-of-operational-policy",
  "japan-joint-staff",
  "japan-self-defense-forces",
];

const ids: Record<string, string> = {};
beforeAll(async () => {
  for (const slug of ["kitazawa", "ban-ki-moon", "kan"]) ids[slug] = await idOf("person", slug);
  for (const slug of [
    "government-of-japan",
    "japan-ministry-of-defense",
    "japan-self-defense-forces",
    "japan-joint-staff",
    "united-nations",
    "peoples-liberation-army",
    "china-ministry-of-national-defense",
    "japan-bureau-of-defense-policy",
  ]) {
    ids[slug] = await idOf("organization", slug);
  }
  for (const slug of [KITAZAWA_BAN, BAN_KAN, VICE_MINISTERIAL_9]) ids[slug] = await idOf("meeting", slug);
  ids.JP = await countryId("JP");
  ids.CN = await countryId("CN");
});

/** Slugs of the meetings a filter matches, sorted; checks totalCount agrees with the page. */
async function meetings(filter: unknown): Promise<string[]> {
  const result = await data<{ meetings: Edges<{ slug: string }> & { totalCount: number } }>(
    `query ($filter: MeetingFilter) { meetings(filter: $filter, first: 100) { totalCount edges { node { slug } } } }`,
    { filter },
  );
  expect(result.meetings.totalCount).toBe(result.meetings.edges.length);
  return sorted(slugsOf(result.meetings));
}

async function commitments(filter: unknown): Promise<string[]> {
  const result = await data<{ commitments: Edges<{ slug: string }> & { totalCount: number } }>(
    `query ($filter: CommitmentFilter) { commitments(filter: $filter, first: 100) { totalCount edges { node { slug } } } }`,
    { filter },
  );
  expect(result.commitments.totalCount).toBe(result.commitments.edges.length);
  return sorted(slugsOf(result.commitments));
}

async function people(filter: unknown): Promise<string[]> {
  const result = await data<{ people: Edges<{ slug: string }> & { totalCount: number } }>(
    `query ($filter: PersonFilter) { people(filter: $filter, first: 100) { totalCount edges { node { slug } } } }`,
    { filter },
  );
  expect(result.people.totalCount).toBe(result.people.edges.length);
  return sorted(slugsOf(result.people));
}

async function organizations(filter: unknown): Promise<string[]> {
  const result = await data<{ organizations: Edges<{ slug: string }> & { totalCount: number } }>(
    `query ($filter: OrganizationFilter) { organizations(filter: $filter, first: 100) { totalCount edges { node { slug } } } }`,
    { filter },
  );
  expect(result.organizations.totalCount).toBe(result.organizations.edges.length);
  return sorted(slugsOf(result.organizations));
}

const everythingBut = (all: string[], ...excluded: string[]) => sorted(all.filter((slug) => !excluded.includes(slug)));

describe("MeetingFilter", () => {
  test("no filter returns every meeting", async () => {
    expect(await meetings(null)).toEqual(sorted(ALL_MEETINGS));
  });

  describe("title (StringFilter)", () => {
    test("contains ignores case", async () => {
      expect(await meetings({ title: { contains: "KITAZAWA" } })).toEqual([KITAZAWA_BAN]);
      expect(await meetings({ title: { contains: "japan-china" } })).toEqual(
        sorted([MARITIME_TALK_3, VICE_MINISTERIAL_8, VICE_MINISTERIAL_9]),
      );
    });
    test("startsWith ignores case and anchors at the start", async () => {
      expect(await meetings({ title: { startsWith: "meeting between" } })).toEqual(sorted([KITAZAWA_BAN, BAN_KAN]));
      expect(await meetings({ title: { startsWith: "Japan" } })).toEqual([]);
    });
    test("equals is exact, case included", async () => {
      expect(await meetings({ title: { equals: "9th Japan-China Defense Vice-Ministerial Meeting" } })).toEqual([
        VICE_MINISTERIAL_9,
      ]);
      expect(await meetings({ title: { equals: "9th japan-china defense vice-ministerial meeting" } })).toEqual([]);
      expect(await meetings({ title: { equals: "9th Japan-China Defense" } })).toEqual([]);
    });
    test("in matches any of the exact titles", async () => {
      const titles = [
        "Meeting between UN Secretary-General Ban and Prime Minister Kan",
        "8th Japan-China Defense Vice-Ministerial Meeting",
        "no such title",
      ];
      expect(await meetings({ title: { in: titles } })).toEqual(sorted([BAN_KAN, VICE_MINISTERIAL_8]));
    });
    test("given operators must all match", async () => {
      expect(await meetings({ title: { startsWith: "meeting", contains: "kan" } })).toEqual([BAN_KAN]);
    });
  });

  describe("date (PartialDateRange)", () => {
    test("a day range matches the meeting on that day and the one known only to that month", async () => {
      expect(await meetings({ date: { from: "2011-08-09", to: "2011-08-09" } })).toEqual(
        sorted([KITAZAWA_BAN, BAN_KAN]),
      );
    });
    test("the month-precision ban-kan-2011 matches a year range but not a range ending the month before", async () => {
      expect(await meetings({ date: { from: "2011" } })).toEqual(sorted([KITAZAWA_BAN, BAN_KAN, VICE_MINISTERIAL_9]));
      expect(await meetings({ date: { to: "2011-07" } })).toEqual(sorted([VICE_MINISTERIAL_9, VICE_MINISTERIAL_8]));
    });
    test("a range starting after August 9 still overlaps August 2011", async () => {
      expect(await meetings({ date: { from: "2011-08-10" } })).toEqual([BAN_KAN]);
      expect(await meetings({ date: { from: "2011-08-10", to: "2011-08" } })).toEqual([BAN_KAN]);
    });
    test("a month-precision meeting matches any overlapping day, and nothing outside its month", async () => {
      expect(await meetings({ date: { from: "2008-03-31", to: "2008-04-15" } })).toEqual([VICE_MINISTERIAL_8]);
      expect(await meetings({ date: { from: "2008", to: "2008" } })).toEqual([VICE_MINISTERIAL_8]);
      expect(await meetings({ date: { from: "2008-04", to: "2011-07-25" } })).toEqual([]);
    });
    test("undated meetings never match a date filter, however wide or open", async () => {
      const dated = sorted([KITAZAWA_BAN, BAN_KAN, VICE_MINISTERIAL_9, VICE_MINISTERIAL_8]);
      expect(await meetings({ date: { from: "1900", to: "2100" } })).toEqual(dated);
      expect(await meetings({ date: { to: "2100" } })).toEqual(dated);
      expect(await meetings({ date: {} })).toEqual(dated);
    });
  });

  test("kind: equals and in", async () => {
    expect(await meetings({ kind: { equals: "DEFENSE_DIALOGUE" } })).toEqual(
      sorted([VICE_MINISTERIAL_8, VICE_MINISTERIAL_9]),
    );
    expect(await meetings({ kind: { in: ["BILATERAL_MEETING", "WORKING_LEVEL_TALKS"] } })).toEqual(
      sorted([KITAZAWA_BAN, BAN_KAN, MARITIME_TALK_3]),
    );
    expect(await meetings({ kind: { in: [] } })).toEqual([]);
  });

  test("status: equals and in", async () => {
    expect(await meetings({ status: { equals: "PLANNED" } })).toEqual(sorted([MARITIME_TALK_3, VISIT_TO_CHINA]));
    expect(await meetings({ status: { in: ["HELD", "POSTPONED"] } })).toEqual(
      sorted([KITAZAWA_BAN, BAN_KAN, VICE_MINISTERIAL_9, VICE_MINISTERIAL_8]),
    );
  });

  test("basis", async () => {
    expect(await meetings({ basis: "INFERRED" })).toEqual([VICE_MINISTERIAL_8]);
    expect(await meetings({ basis: "STATED" })).toEqual(everythingBut(ALL_MEETINGS, VICE_MINISTERIAL_8));
  });

  test("country: a participant's country, organization's country or nationality, by ISO code in any case", async () => {
    expect(await meetings({ country: "CN" })).toEqual([VICE_MINISTERIAL_9]);
    expect(await meetings({ country: "jp" })).toEqual(sorted([KITAZAWA_BAN, BAN_KAN, VICE_MINISTERIAL_9]));
    expect(await meetings({ country: "SS" })).toEqual([]);
  });

  test("placeCountry", async () => {
    expect(await meetings({ placeCountry: "CN" })).toEqual([VISIT_TO_CHINA]);
    expect(await meetings({ placeCountry: "jp" })).toEqual(sorted([KITAZAWA_BAN, BAN_KAN, VICE_MINISTERIAL_9]));
  });

  test("participant: a person who attended", async () => {
    expect(await meetings({ participant: ids.kitazawa })).toEqual([KITAZAWA_BAN]);
    expect(await meetings({ participant: ids["ban-ki-moon"] })).toEqual(sorted([KITAZAWA_BAN, BAN_KAN]));
  });

  describe("organization (OrganizationMatch)", () => {
    test("includes sub-organizations by default", async () => {
      // Kan attended for the Government of Japan itself; Kitazawa and Nakae for the ministry under it.
      expect(await meetings({ organization: { id: ids["government-of-japan"] } })).toEqual(
        sorted([KITAZAWA_BAN, BAN_KAN, VICE_MINISTERIAL_9]),
      );
      // Ma Xiaotian attended for the General Staff, which is under the People's Liberation Army.
      expect(await meetings({ organization: { id: ids["peoples-liberation-army"] } })).toEqual([VICE_MINISTERIAL_9]);
    });
    test("includeSubOrganizations: false matches the organization alone", async () => {
      expect(
        await meetings({ organization: { id: ids["government-of-japan"], includeSubOrganizations: false } }),
      ).toEqual([BAN_KAN]);
      // The attaché Xu Jingming attended for the PLA itself (organizationBasis INFERRED).
      expect(
        await meetings({ organization: { id: ids["peoples-liberation-army"], includeSubOrganizations: false } }),
      ).toEqual([VICE_MINISTERIAL_9]);
    });
    test("a sub-organization matches only where it was represented", async () => {
      expect(await meetings({ organization: { id: ids["japan-joint-staff"] } })).toEqual([VICE_MINISTERIAL_9]);
    });
  });

  test("party: a person, an organization with its subtree, or a country with its people and organizations", async () => {
    expect(await meetings({ party: ids["ban-ki-moon"] })).toEqual(sorted([KITAZAWA_BAN, BAN_KAN]));
    expect(await meetings({ party: ids["united-nations"] })).toEqual(sorted([KITAZAWA_BAN, BAN_KAN]));
    expect(await meetings({ party: ids["peoples-liberation-army"] })).toEqual([VICE_MINISTERIAL_9]);
    expect(await meetings({ party: ids.JP })).toEqual(sorted([KITAZAWA_BAN, BAN_KAN, VICE_MINISTERIAL_9]));
    expect(await meetings({ party: ids.CN })).toEqual([VICE_MINISTERIAL_9]);
  });

  test("topic: a topic one of its commitments is about", async () => {
    expect(await meetings({ topic: "minustah" })).toEqual([KITAZAWA_BAN]);
    expect(await meetings({ topic: "peacekeeping-south-sudan" })).toEqual(sorted([KITAZAWA_BAN, BAN_KAN]));
  });

  test("series is exact", async () => {
    expect(await meetings({ series: "Japan-China Defense Vice-Ministerial Meeting" })).toEqual(
      sorted([VICE_MINISTERIAL_8, VICE_MINISTERIAL_9]),
    );
    expect(await meetings({ series: "japan-china defense vice-ministerial meeting" })).toEqual([]);
  });

  describe("and / or / not", () => {
    test("fields of one filter must all match", async () => {
      expect(
        await meetings({ country: "JP", kind: { equals: "BILATERAL_MEETING" }, date: { from: "2011-08-09" } }),
      ).toEqual(sorted([KITAZAWA_BAN, BAN_KAN]));
    });
    test("or inside and, and inside or", async () => {
      expect(
        await meetings({
          or: [{ placeCountry: "CN" }, { and: [{ country: "CN" }, { kind: { equals: "DEFENSE_DIALOGUE" } }] }],
        }),
      ).toEqual(sorted([VISIT_TO_CHINA, VICE_MINISTERIAL_9]));
      expect(await meetings({ or: [{ participant: ids.kitazawa }, { participant: ids.kan }] })).toEqual(
        sorted([KITAZAWA_BAN, BAN_KAN]),
      );
    });
    test("not, alone, nested in and, and doubled", async () => {
      expect(await meetings({ not: { status: { equals: "HELD" } } })).toEqual(
        sorted([MARITIME_TALK_3, VISIT_TO_CHINA]),
      );
      expect(await meetings({ and: [{ date: { from: "2011" } }, { not: { title: { contains: "kan" } } }] })).toEqual(
        sorted([KITAZAWA_BAN, VICE_MINISTERIAL_9]),
      );
      expect(await meetings({ not: { not: { country: "CN" } } })).toEqual([VICE_MINISTERIAL_9]);
      expect(await meetings({ not: { country: "CN" } })).toEqual(everythingBut(ALL_MEETINGS, VICE_MINISTERIAL_9));
      expect(await meetings({ not: { placeCountry: "JP" } })).toEqual(
        sorted([VICE_MINISTERIAL_8, MARITIME_TALK_3, VISIT_TO_CHINA]),
      );
    });
    // `not` is "this filter does not match": it must return exactly the meetings the inner
    // filter leaves out, including those whose column is empty (no series, no date).
    test("not on a column that can be empty returns the complement", async () => {
      const series = "Japan-China Defense Vice-Ministerial Meeting";
      expect(await meetings({ not: { series } })).toEqual(
        everythingBut(ALL_MEETINGS, VICE_MINISTERIAL_8, VICE_MINISTERIAL_9),
      );
      expect(await meetings({ not: { date: { from: "2011" } } })).toEqual(
        sorted([VICE_MINISTERIAL_8, MARITIME_TALK_3, VISIT_TO_CHINA]),
      );
    });
  });
});

describe("CommitmentFilter", () => {
  test("no filter returns all 16 commitments", async () => {
    expect(await commitments(null)).toEqual(sorted(ALL_COMMITMENTS));
  });

  describe("statement (StringFilter)", () => {
    test("contains ignores case", async () => {
      expect(await commitments({ statement: { contains: "SOUTH SUDAN" } })).toEqual(
        sorted([
          "ban-requests-kan-sdf-engineers-south-sudan",
          "ban-calls-again-sdf-south-sudan",
          "kitazawa-response-south-sudan-hq-personnel",
          "kitazawa-response-south-sudan-engineers",
        ]),
      );
    });
    test("startsWith ignores case", async () => {
      expect(await commitments({ statement: { startsWith: "japan and china" } })).toEqual(sorted(JOINT));
    });
    test("equals and in are exact", async () => {
      const statement = "Secretary-General Ban sought continued cooperation and contributions from the SDF.";
      expect(await commitments({ statement: { equals: statement } })).toEqual(["ban-seeks-continued-sdf-cooperation"]);
      expect(await commitments({ statement: { equals: statement.toLowerCase() } })).toEqual([]);
      const other = "Japan and China welcomed the continued implementation of field officer-level exchanges.";
      expect(await commitments({ statement: { in: [statement, other] } })).toEqual(
        sorted(["ban-seeks-continued-sdf-cooperation", "japan-china-welcome-field-officer-exchanges"]),
      );
    });
  });

  test("kind: equals and in", async () => {
    expect(await commitments({ kind: { equals: "REQUEST" } })).toEqual(
      sorted([
        "ban-requests-kan-sdf-engineers-south-sudan",
        "ban-calls-again-sdf-south-sudan",
        "ban-seeks-continued-sdf-cooperation",
      ]),
    );
    expect(await commitments({ kind: { in: ["AGREEMENT", "CONCURRENCE"] } })).toEqual(sorted(JOINT));
    expect(await commitments({ kind: { equals: "PLEDGE" } })).toEqual([]);
  });

  test("status: equals and in", async () => {
    expect(await commitments({ status: { equals: "OPEN" } })).toEqual(sorted(JOINT));
    expect(await commitments({ status: { in: ["DEFERRED", "DECLINED"] } })).toEqual(
      sorted([
        "ban-requests-kan-sdf-engineers-south-sudan",
        "ban-calls-again-sdf-south-sudan",
        "ban-seeks-continued-sdf-cooperation",
      ]),
    );
  });

  test("basis", async () => {
    expect(await commitments({ basis: "STATED" })).toHaveLength(16);
    expect(await commitments({ basis: "INFERRED" })).toEqual([]);
  });

  describe("maker", () => {
    test("a person", async () => {
      expect(await commitments({ maker: ids["ban-ki-moon"] })).toEqual(sorted(BAN_MADE));
      expect(await commitments({ maker: ids.kitazawa })).toEqual(sorted(KITAZAWA_RESPONSES));
    });
    test("an organization, with the organizations under it", async () => {
      expect(await commitments({ maker: ids["united-nations"] })).toEqual(sorted(BAN_MADE));
      expect(await commitments({ maker: ids["japan-ministry-of-defense"] })).toEqual(
        sorted([...KITAZAWA_RESPONSES, NAKAE_THANKS, ...JOINT]),
      );
      // The Government of Japan made nothing itself; its ministry did.
      expect(await commitments({ maker: ids["government-of-japan"] })).toEqual(
        sorted([...KITAZAWA_RESPONSES, NAKAE_THANKS, ...JOINT]),
      );
      expect(await commitments({ maker: ids["peoples-liberation-army"] })).toEqual([]);
    });
    test("a country matches itself, its people and its organizations", async () => {
      // Kitazawa's responses name only Kitazawa and the Ministry of Defense as makers, not Japan.
      expect(await commitments({ maker: ids.JP })).toEqual(sorted([...KITAZAWA_RESPONSES, NAKAE_THANKS, ...JOINT]));
      expect(await commitments({ maker: ids.CN })).toEqual(sorted(JOINT));
    });
  });

  describe("addressee", () => {
    test("a person", async () => {
      expect(await commitments({ addressee: ids["ban-ki-moon"] })).toEqual(["kitazawa-response-south-sudan-engineers"]);
      expect(await commitments({ addressee: ids.kitazawa })).toEqual(["ban-calls-again-sdf-south-sudan"]);
    });
    test("an organization, with the organizations under it", async () => {
      const toSdf = ["ban-commends-sdf-earthquake", "ban-thanks-sdf-minustah", "ban-seeks-continued-sdf-cooperation"];
      expect(await commitments({ addressee: ids["japan-self-defense-forces"] })).toEqual(sorted(toSdf));
      expect(await commitments({ addressee: ids["japan-ministry-of-defense"] })).toEqual(
        sorted(["ban-calls-again-sdf-south-sudan", ...toSdf]),
      );
      expect(await commitments({ addressee: ids["government-of-japan"] })).toEqual(
        sorted(["ban-requests-kan-sdf-engineers-south-sudan", "ban-calls-again-sdf-south-sudan", ...toSdf]),
      );
    });
    test("a country matches itself, its people and its organizations", async () => {
      // Japan was addressed directly (condolences), through Kan and Kitazawa, and through its ministry and SDF.
      expect(await commitments({ addressee: ids.JP })).toEqual(sorted(BAN_MADE));
      expect(await commitments({ addressee: ids.CN })).toEqual([NAKAE_THANKS]);
    });
  });

  test("meeting", async () => {
    expect(await commitments({ meeting: ids[BAN_KAN] })).toEqual(["ban-requests-kan-sdf-engineers-south-sudan"]);
    expect(await commitments({ meeting: ids[VICE_MINISTERIAL_9] })).toEqual(sorted([NAKAE_THANKS, ...JOINT]));
    expect(await commitments({ meeting: ids[KITAZAWA_BAN] })).toHaveLength(8);
  });

  test("due: commitments with only a worded deadline never match a date range", async () => {
    // Two seed commitments are due "as soon as possible", without a date; one is due "in January
    // next year", dated 2012-01 from its release (tests/query/deadlines.test.ts).
    expect(await commitments({ due: { from: "1900", to: "2100" } })).toEqual(["kitazawa-response-minustah"]);
    expect(await commitments({ due: {} })).toEqual(sorted(ALL_COMMITMENTS)); // like every filter, an empty one constrains nothing
  });

  test("topic", async () => {
    expect(await commitments({ topic: "minustah" })).toEqual(
      sorted(["ban-thanks-sdf-minustah", "ban-seeks-continued-sdf-cooperation", "kitazawa-response-minustah"]),
    );
  });

  test("hasResponse", async () => {
    const answered = ["ban-calls-again-sdf-south-sudan", "ban-seeks-continued-sdf-cooperation"];
    expect(await commitments({ hasResponse: true })).toEqual(sorted(answered));
    expect(await commitments({ hasResponse: false })).toEqual(everythingBut(ALL_COMMITMENTS, ...answered));
  });

  test("isResponse", async () => {
    expect(await commitments({ isResponse: true })).toEqual(sorted(KITAZAWA_RESPONSES));
    expect(await commitments({ isResponse: false })).toEqual(everythingBut(ALL_COMMITMENTS, ...KITAZAWA_RESPONSES));
  });

  test("an unanswered request to Japan's Prime Minister", async () => {
    expect(
      await commitments({ maker: ids["united-nations"], kind: { equals: "REQUEST" }, hasResponse: false }),
    ).toEqual(["ban-requests-kan-sdf-engineers-south-sudan"]);
  });

  test("and / or / not", async () => {
    expect(await commitments({ or: [{ topic: "minustah" }, { addressee: ids.CN }] })).toEqual(
      sorted([
        "ban-thanks-sdf-minustah",
        "ban-seeks-continued-sdf-cooperation",
        "kitazawa-response-minustah",
        NAKAE_THANKS,
      ]),
    );
    expect(await commitments({ not: { maker: ids.JP } })).toEqual(sorted(BAN_MADE));
    expect(await commitments({ and: [{ addressee: ids.JP }, { not: { kind: { equals: "EXPRESSION" } } }] })).toEqual(
      sorted([
        "ban-requests-kan-sdf-engineers-south-sudan",
        "ban-calls-again-sdf-south-sudan",
        "ban-seeks-continued-sdf-cooperation",
      ]),
    );
    expect(await commitments({ and: [{ maker: ids.JP }, { maker: ids.CN }] })).toEqual(sorted(JOINT));
  });

  // No seed commitment has a due date, so none matches a due range and all match its negation.
  test("not on a due range returns the complement, commitments without a due date included", async () => {
    expect(await commitments({ not: { due: { from: "2011" } } })).toEqual(
      everythingBut(ALL_COMMITMENTS, "kitazawa-response-minustah"),
    );
  });
});

describe("PersonFilter", () => {
  test("name: contains, startsWith, equals and in, over the printed and the full name", async () => {
    expect(await people({ name: { contains: "ZAWA" } })).toEqual(["kitazawa", "takamizawa"]);
    expect(await people({ name: { contains: "ki-moon" } })).toEqual(["ban-ki-moon"]); // full name only
    expect(await people({ name: { startsWith: "ka" } })).toEqual(["kan", "kawano"]);
    expect(await people({ name: { equals: "Ban" } })).toEqual(["ban-ki-moon"]);
    expect(await people({ name: { equals: "ban" } })).toEqual([]);
    expect(await people({ name: { in: ["Kan", "Nakae", "Nobody"] } })).toEqual(["kan", "nakae"]);
  });

  test("organization: a position held in it or a meeting attended for it, with its sub-organizations by default", async () => {
    const ministry = ids["japan-ministry-of-defense"];
    expect(await people({ organization: { id: ministry } })).toEqual([
      "kawano",
      "kitazawa",
      "nakae",
      "sakurai",
      "takamizawa",
    ]);
    expect(await people({ organization: { id: ministry, includeSubOrganizations: false } })).toEqual([
      "kitazawa",
      "nakae",
    ]);
    expect(await people({ organization: { id: ids["government-of-japan"] } })).toEqual([
      "kan",
      "kawano",
      "kitazawa",
      "nakae",
      "sakurai",
      "takamizawa",
    ]);
    expect(await people({ organization: { id: ids["peoples-liberation-army"] } })).toEqual([
      "ma-xiaotian",
      "xu-jingming",
    ]);
    expect(
      await people({ organization: { id: ids["peoples-liberation-army"], includeSubOrganizations: false } }),
    ).toEqual(["xu-jingming"]);
  });

  test("role: the title of any position held", async () => {
    expect(await people({ role: { contains: "director general" } })).toEqual(["sakurai", "takamizawa"]);
    expect(await people({ role: { startsWith: "deputy chief" } })).toEqual(["kawano", "ma-xiaotian"]);
    expect(await people({ role: { equals: "Prime Minister" } })).toEqual(["kan"]);
    expect(await people({ role: { in: ["Secretary-General", "Military attache to Japan"] } })).toEqual([
      "ban-ki-moon",
      "xu-jingming",
    ]);
  });

  test("country", async () => {
    expect(await people({ country: "cn" })).toEqual(["ma-xiaotian", "xu-jingming"]);
    expect(await people({ country: "JP" })).toEqual(["kan", "kawano", "kitazawa", "nakae", "sakurai", "takamizawa"]);
  });

  test("and / or / not", async () => {
    expect(
      await people({ and: [{ country: "JP" }, { not: { organization: { id: ids["japan-ministry-of-defense"] } } }] }),
    ).toEqual(["kan"]);
    expect(await people({ or: [{ country: "CN" }, { name: { equals: "Ban" } }] })).toEqual([
      "ban-ki-moon",
      "ma-xiaotian",
      "xu-jingming",
    ]);
    // Ban has no country, so he is among those not of Japan.
    expect(await people({ not: { country: "JP" } })).toEqual(["ban-ki-moon", "ma-xiaotian", "xu-jingming"]);
    expect(await people({ or: [{ role: { contains: "minister" } }, { name: { startsWith: "X" } }] })).toEqual([
      "kan",
      "kitazawa",
      "nakae",
      "xu-jingming",
    ]);
    expect(await people({})).toEqual(ALL_PEOPLE);
  });
});

describe("OrganizationFilter", () => {
  test("name: matches the name or the acronym", async () => {
    expect(await organizations({ name: { contains: "sdf" } })).toEqual(["japan-self-defense-forces"]);
    expect(await organizations({ name: { equals: "UN" } })).toEqual(["united-nations"]);
    expect(await organizations({ name: { startsWith: "united nations" } })).toEqual(
      sorted(["united-nations", "minustah", "un-peacekeeping-south-sudan"]),
    );
    expect(await organizations({ name: { in: ["Joint Staff", "PLA"] } })).toEqual([
      "japan-joint-staff",
      "peoples-liberation-army",
    ]);
    expect(await organizations({ name: { equals: "joint staff" } })).toEqual([]);
  });

  test("kind: equals and in", async () => {
    expect(await organizations({ kind: { equals: "BUREAU" } })).toEqual([
      "japan-bureau-of-defense-policy",
      "japan-bureau-of-operational-policy",
    ]);
    expect(await organizations({ kind: { in: ["GOVERNMENT", "MINISTRY"] } })).toEqual(
      sorted(["government-of-japan", "japan-ministry-of-defense", "china-ministry-of-national-defense"]),
    );
  });

  test("country", async () => {
    expect(await organizations({ country: "jp" })).toEqual(
      sorted(["government-of-japan", "japan-ministry-of-defense", ...MOD_BODIES]),
    );
    expect(await organizations({ country: "CN" })).toEqual(
      sorted(["china-ministry-of-national-defense", "peoples-liberation-army", "pla-general-staff"]),
    );
    expect(await organizations({ country: "ht" })).toEqual(["minustah"]);
  });

  test("within: everything under an organization at any depth, itself excluded", async () => {
    expect(await organizations({ within: ids["japan-ministry-of-defense"] })).toEqual(sorted(MOD_BODIES));
    expect(await organizations({ within: ids["government-of-japan"] })).toEqual(
      sorted(["japan-ministry-of-defense", ...MOD_BODIES]),
    );
    expect(await organizations({ within: ids["united-nations"] })).toEqual(["minustah", "un-peacekeeping-south-sudan"]);
    expect(await organizations({ within: ids["japan-bureau-of-defense-policy"] })).toEqual([]);
  });

  test("parent: direct children only", async () => {
    expect(await organizations({ parent: ids["government-of-japan"] })).toEqual(["japan-ministry-of-defense"]);
    expect(await organizations({ parent: ids["japan-ministry-of-defense"] })).toEqual(sorted(MOD_BODIES));
  });

  test("and / or / not", async () => {
    expect(
      await organizations({ and: [{ within: ids["government-of-japan"] }, { not: { kind: { equals: "BUREAU" } } }] }),
    ).toEqual(sorted(["japan-ministry-of-defense", "japan-joint-staff", "japan-self-defense-forces"]));
    expect(
      await organizations({ or: [{ kind: { equals: "MULTILATERAL_FORUM" } }, { parent: ids["united-nations"] }] }),
    ).toEqual(
      sorted(["asean-regional-forum", "admm-plus", "six-party-talks", "minustah", "un-peacekeeping-south-sudan"]),
    );
    // International bodies have no country; they are among those not of Japan.
    expect(await organizations({ not: { country: "jp" } })).toHaveLength(9);
  });
});

describe("filters on relation connections", () => {
  test("Meeting.commitments(filter:) narrows the meeting's commitments, in source order, with a matching totalCount", async () => {
    const result = await data<{
      meeting: {
        commitments: Edges<{ slug: string }> & { totalCount: number };
        answered: { totalCount: number };
        all: { totalCount: number };
      };
    }>(
      `{ meeting(slug: "${KITAZAWA_BAN}") {
          commitments(filter: { kind: { equals: REQUEST } }) { totalCount edges { node { slug } } }
          answered: commitments(filter: { hasResponse: true, topic: "minustah" }) { totalCount }
          all: commitments { totalCount }
      } }`,
    );
    expect(slugsOf(result.meeting.commitments)).toEqual([
      "ban-calls-again-sdf-south-sudan",
      "ban-seeks-continued-sdf-cooperation",
    ]);
    expect(result.meeting.commitments.totalCount).toBe(2);
    expect(result.meeting.answered.totalCount).toBe(1);
    expect(result.meeting.all.totalCount).toBe(8);
  });

  test("Organization.children(filter:) narrows the direct children", async () => {
    const result = await data<{
      organization: {
        bureaus: Edges<{ slug: string }> & { totalCount: number };
        staff: Edges<{ slug: string }>;
        all: { totalCount: number };
      };
    }>(
      `{ organization(slug: "japan-ministry-of-defense") {
          bureaus: children(filter: { kind: { equals: BUREAU } }) { totalCount edges { node { slug } } }
          staff: children(filter: { name: { contains: "STAFF" } }) { edges { node { slug } } }
          all: children { totalCount }
      } }`,
    );
    expect(slugsOf(result.organization.bureaus)).toEqual([
      "japan-bureau-of-defense-policy",
      "japan-bureau-of-operational-policy",
    ]);
    expect(result.organization.bureaus.totalCount).toBe(2);
    expect(slugsOf(result.organization.staff)).toEqual(["japan-joint-staff"]);
    expect(result.organization.all.totalCount).toBe(4);
  });

  test("Topic.commitments(filter:) narrows a topic's commitments", async () => {
    const result = await data<{
      topics: {
        slug: string;
        responses: Edges<{ slug: string }> & { totalCount: number };
        requests: { totalCount: number };
      }[];
    }>(
      `{ topics {
          slug
          responses: commitments(filter: { kind: { equals: RESPONSE } }) { totalCount edges { node { slug } } }
          requests: commitments(filter: { kind: { equals: REQUEST }, hasResponse: true }) { totalCount }
      } }`,
    );
    const byTopic = Object.fromEntries(result.topics.map((topic) => [topic.slug, topic]));
    expect(sorted(slugsOf(byTopic["peacekeeping-south-sudan"]?.responses ?? { edges: [] }))).toEqual(
      sorted(["kitazawa-response-south-sudan-hq-personnel", "kitazawa-response-south-sudan-engineers"]),
    );
    expect(byTopic["peacekeeping-south-sudan"]?.responses.totalCount).toBe(2);
    expect(byTopic["peacekeeping-south-sudan"]?.requests.totalCount).toBe(1);
    expect(slugsOf(byTopic.minustah?.responses ?? { edges: [] })).toEqual(["kitazawa-response-minustah"]);
    expect(byTopic["defense-exchanges"]?.responses.totalCount).toBe(0);
  });
});

describe("bad input", () => {
  const MEETINGS = `query ($filter: MeetingFilter) { meetings(filter: $filter) { totalCount } }`;
  const COMMITMENTS = `query ($filter: CommitmentFilter) { commitments(filter: $filter) { totalCount } }`;

  test("a range whose from is after its to names both bounds", async () => {
    await expectBadUserInput(
      MEETINGS,
      { filter: { date: { from: "2012", to: "2011" } } },
      /"from" 2012 is after "to" 2011/,
    );
    await expectBadUserInput(
      MEETINGS,
      { filter: { date: { from: "2011-08-10", to: "2011-08-09" } } },
      /"from" 2011-08-10 is after "to" 2011-08-09/,
    );
    await expectBadUserInput(COMMITMENTS, { filter: { due: { from: "2011-09", to: "2011-08-31" } } }, /is after/);
  });

  test("an id of the wrong type names the argument and the type it got", async () => {
    await expectBadUserInput(
      COMMITMENTS,
      { filter: { maker: ids[KITAZAWA_BAN] } },
      /"maker" takes a person, organization or country; ".*" is the id of a Meeting/,
    );
    await expectBadUserInput(
      COMMITMENTS,
      { filter: { meeting: ids.kitazawa } },
      /"meeting" takes a meeting; ".*" is the id of a Person/,
    );
    await expectBadUserInput(
      MEETINGS,
      { filter: { participant: ids["united-nations"] } },
      /"participant" takes a person; .* is the id of an Organization/,
    );
    await expectBadUserInput(
      MEETINGS,
      { filter: { organization: { id: ids.JP } } },
      /"organization" takes an organization; .* is the id of a Country/,
    );
    await expectBadUserInput(
      `query ($filter: OrganizationFilter) { organizations(filter: $filter) { totalCount } }`,
      { filter: { within: ids.kitazawa } },
      /"within" takes an organization; .* is the id of a Person/,
    );
    // Nested inside or/not, the check still applies.
    await expectBadUserInput(
      COMMITMENTS,
      { filter: { or: [{ not: { addressee: ids[BAN_KAN] } }] } },
      /"addressee" takes a person/,
    );
  });

  test("a value that is neither an id this API issued nor a known slug or code is rejected, named", async () => {
    await expectBadUserInput(
      COMMITMENTS,
      { filter: { maker: "not-an-id" } },
      /"maker": no person, organization or country has the id, slug or ISO code "not-an-id"/,
    );
    await expectBadUserInput(
      COMMITMENTS,
      { filter: { topic: "no-such-topic" } },
      /"topic": no topic has the id or slug "no-such-topic"/,
    );
    await expectBadUserInput(MEETINGS, { filter: { topic: "no-such-topic" } }, /"topic": no topic/);
    await expectBadUserInput(
      MEETINGS,
      { filter: { country: "XX" } },
      /"country": no country has the id or ISO code "XX"/,
    );
  });

  test("a malformed partial date says what format it needs and what it got", async () => {
    const asVariable = await execute(MEETINGS, { filter: { date: { from: "2011-8" } } });
    expect(asVariable.errors?.[0]?.message).toMatch(/PartialDate must be YYYY, YYYY-MM or YYYY-MM-DD, got "2011-8"/);
    const inline = await execute(`{ meetings(filter: { date: { to: "2011-02-30" } }) { totalCount } }`);
    expect(inline.errors?.[0]?.message).toMatch(/PartialDate must be YYYY, YYYY-MM or YYYY-MM-DD, got "2011-02-30"/);
  });

  // Every other bad filter value is BAD_USER_INPUT; a malformed date should be too, whether it
  // comes as a variable or inline, so clients can tell their own mistakes from server faults.
  test("a malformed partial date is BAD_USER_INPUT, as a variable and inline", async () => {
    const asVariable = await execute(MEETINGS, { filter: { date: { from: "2011-8" } } });
    expect(asVariable.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const inline = await execute(`{ meetings(filter: { date: { to: "2011-02-30" } }) { totalCount } }`);
    expect(inline.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

test("totalCount follows the filter, not the page", async () => {
  const result = await data<{ meetings: Edges<{ slug: string }> & { totalCount: number } }>(
    `{ meetings(first: 1, filter: { country: "JP" }) { totalCount edges { node { slug } } } }`,
  );
  expect(nodes(result.meetings)).toHaveLength(1);
  expect(result.meetings.totalCount).toBe(3);
});
