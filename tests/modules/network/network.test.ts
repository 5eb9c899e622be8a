// Graph questions: who met whom across the table, which meetings two parties shared, how a
// commitment's thread unfolds, and a relationship's timeline. Seed facts first, then small
// generated networks for what the seed cannot show (repeat meetings, deep threads, undated
// entries, more entries than asked for).
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "../../../src/infra/db.js";
import { graphql } from "../../generated/index.js";
import { data, type ResultOf } from "../../helpers/execute.js";
import { createSource, type GeneratedSource, globalId, partialDate } from "../../helpers/generate.js";
import { countryId, idOf, slugsOf, sorted } from "../../helpers/graphql.js";

let source: GeneratedSource;
beforeAll(async () => {
  source = await createSource("graph-test-source");
});

async function createMeeting(
  slug: string,
  date: string | null,
  participants: Array<{ personId: string; side: "HOST" | "GUEST" }>,
) {
  const when = date ? partialDate(date) : undefined;
  const meeting = await db.meeting.create({
    data: {
      slug,
      title: `Graph test ${slug}`,
      kind: "OTHER",
      status: when ? "HELD" : "PLANNED",
      date: when?.date,
      datePrecision: when?.precision,
      citationId: await source.cite(),
    },
  });
  for (const participant of participants) {
    await db.participation.create({
      data: { meetingId: meeting.id, ...participant, roleTitle: "Delegate", citationId: await source.cite() },
    });
  }
  return meeting;
}

async function createCommitment(
  slug: string,
  options: { meetingId?: string; respondsToId?: string; makers?: string[]; addressees?: string[]; citationId?: string },
) {
  return db.commitment.create({
    data: {
      slug,
      kind: options.respondsToId ? "RESPONSE" : "REQUEST",
      statement: `Graph test ${slug}`,
      status: options.respondsToId ? "NOT_APPLICABLE" : "OPEN",
      meetingId: options.meetingId,
      respondsToId: options.respondsToId,
      citationId: options.citationId ?? (await source.cite()),
      parties: {
        create: [
          ...(options.makers ?? []).map((personId, position) => ({ role: "MAKER" as const, personId, position })),
          ...(options.addressees ?? []).map((personId, position) => ({
            role: "ADDRESSEE" as const,
            personId,
            position,
          })),
        ],
      },
    },
  });
}

async function counterparts(slug: string) {
  const result = await data(
    graphql(`
      query PersonCounterparts($slug: String!) {
        person(slug: $slug) {
          counterparts {
            person {
              slug
            }
            meetingCount
            meetings {
              slug
            }
          }
        }
      }
    `),
    { slug },
  );
  return result.person?.counterparts ?? [];
}
const bySlug = <T extends { person: { slug: string } }>(list: T[]) =>
  [...list].sort((a, b) => a.person.slug.localeCompare(b.person.slug));

describe("Person.counterparts", () => {
  test("Ma Xiaotian's counterparts are the four Japanese officials, each met at the vice-ministerial meeting; not his own delegation", async () => {
    const vm9 = [{ slug: "japan-china-defense-vice-ministerial-9" }];
    expect(bySlug(await counterparts("ma-xiaotian"))).toEqual([
      { person: { slug: "kawano" }, meetingCount: 1, meetings: vm9 },
      { person: { slug: "nakae" }, meetingCount: 1, meetings: vm9 },
      { person: { slug: "sakurai" }, meetingCount: 1, meetings: vm9 },
      { person: { slug: "takamizawa" }, meetingCount: 1, meetings: vm9 },
    ]);
  });

  test("Nakae met the Chinese delegation, not his own colleagues", async () => {
    expect(bySlug(await counterparts("nakae")).map((c) => c.person.slug)).toEqual(["ma-xiaotian", "xu-jingming"]);
  });

  test("Ban met Kitazawa and Kan, at different meetings", async () => {
    expect(bySlug(await counterparts("ban-ki-moon"))).toEqual([
      { person: { slug: "kan" }, meetingCount: 1, meetings: [{ slug: "ban-kan-2011" }] },
      { person: { slug: "kitazawa" }, meetingCount: 1, meetings: [{ slug: "kitazawa-ban-2011-08-09" }] },
    ]);
  });

  test("the most shared meetings come first, and shared meetings run most recent first, undated last", async () => {
    const pat = await db.person.create({ data: { slug: "graph-pat", name: "Pat" } });
    const sam = await db.person.create({ data: { slug: "graph-sam", name: "Sam" } });
    const quinn = await db.person.create({ data: { slug: "graph-quinn", name: "Quinn" } });
    const rae = await db.person.create({ data: { slug: "graph-rae", name: "Rae" } });
    await createMeeting("cp-2020", "2020-01", [
      { personId: pat.id, side: "HOST" },
      { personId: quinn.id, side: "GUEST" },
    ]);
    await createMeeting("cp-undated", null, [
      { personId: pat.id, side: "HOST" },
      { personId: quinn.id, side: "GUEST" },
    ]);
    await createMeeting("cp-2021", "2021-01-10", [
      { personId: pat.id, side: "HOST" },
      { personId: sam.id, side: "HOST" },
      { personId: quinn.id, side: "GUEST" },
    ]);
    await createMeeting("cp-2022-rae", "2022-05-05", [
      { personId: rae.id, side: "GUEST" },
      { personId: pat.id, side: "HOST" },
    ]);

    expect(await counterparts("graph-pat")).toEqual([
      {
        person: { slug: "graph-quinn" },
        meetingCount: 3,
        meetings: [{ slug: "cp-2021" }, { slug: "cp-2020" }, { slug: "cp-undated" }],
      },
      { person: { slug: "graph-rae" }, meetingCount: 1, meetings: [{ slug: "cp-2022-rae" }] },
    ]);
    // Sam sat on Pat's side: Pat is not his counterpart, Quinn is.
    expect(await counterparts("graph-sam")).toEqual([
      { person: { slug: "graph-quinn" }, meetingCount: 1, meetings: [{ slug: "cp-2021" }] },
    ]);
  });
});

describe("Organization.counterparts", () => {
  async function orgCounterparts(slug: string) {
    const result = await data(
      graphql(`
        query OrganizationCounterparts($slug: String!) {
          organization(slug: $slug) {
            counterparts {
              organization {
                slug
              }
              meetingCount
              meetings {
                slug
              }
            }
          }
        }
      `),
      { slug },
    );
    return result.organization?.counterparts ?? [];
  }

  test("the Ministry of Defense met the PLA (its attaché), the PLA General Staff and the UN", async () => {
    const result = await orgCounterparts("japan-ministry-of-defense");
    expect(sorted(result.map((c) => `${c.organization.slug} @ ${c.meetings.map((m) => m.slug).join(",")}`))).toEqual([
      "peoples-liberation-army @ japan-china-defense-vice-ministerial-9",
      "pla-general-staff @ japan-china-defense-vice-ministerial-9",
      "united-nations @ kitazawa-ban-2011-08-09",
    ]);
  });

  test("the Government of Japan counts its ministry's meetings too: the UN twice, most shared first, ties by name", async () => {
    expect(await orgCounterparts("government-of-japan")).toEqual([
      {
        organization: { slug: "united-nations" },
        meetingCount: 2,
        meetings: [{ slug: "kitazawa-ban-2011-08-09" }, { slug: "ban-kan-2011" }],
      },
      // Ties by name: "General Staff of the People's Liberation Army" before "People's Liberation Army".
      {
        organization: { slug: "pla-general-staff" },
        meetingCount: 1,
        meetings: [{ slug: "japan-china-defense-vice-ministerial-9" }],
      },
      {
        organization: { slug: "peoples-liberation-army" },
        meetingCount: 1,
        meetings: [{ slug: "japan-china-defense-vice-ministerial-9" }],
      },
    ]);
  });

  test("the PLA met the Japanese bodies across the table, never its own General Staff", async () => {
    const result = await orgCounterparts("peoples-liberation-army");
    expect(sorted(result.map((c) => c.organization.slug))).toEqual([
      "japan-bureau-of-defense-policy",
      "japan-bureau-of-operational-policy",
      "japan-joint-staff",
      "japan-ministry-of-defense",
    ]);
    expect(result.every((c) => c.meetingCount === 1)).toBe(true);
  });

  test("an organization nobody attended for has no counterparts", async () => {
    expect(await orgCounterparts("six-party-talks")).toEqual([]);
  });
});

describe("meetingsBetween", () => {
  const BETWEEN = graphql(`
    query MeetingsBetween($a: ID!, $b: ID!) {
      meetingsBetween(a: $a, b: $b) {
        totalCount
        edges {
          node {
            slug
          }
        }
      }
    }
  `);
  async function between(a: string, b: string) {
    const result = await data(BETWEEN, { a, b });
    expect(result.meetingsBetween.totalCount).toBe(result.meetingsBetween.edges.length);
    return slugsOf(result.meetingsBetween);
  }

  test("person and person", async () => {
    expect(await between(await idOf("person", "kitazawa"), await idOf("person", "ban-ki-moon"))).toEqual([
      "kitazawa-ban-2011-08-09",
    ]);
    expect(await between(await idOf("person", "ban-ki-moon"), await idOf("person", "kan"))).toEqual(["ban-kan-2011"]);
    expect(await between(await idOf("person", "ma-xiaotian"), await idOf("person", "kawano"))).toEqual([
      "japan-china-defense-vice-ministerial-9",
    ]);
    expect(await between(await idOf("person", "kitazawa"), await idOf("person", "kan"))).toEqual([]);
  });

  test("organization and organization, each with its sub-organizations", async () => {
    // Neither the PLA nor the Government of Japan attended in their own name.
    expect(
      await between(
        await idOf("organization", "government-of-japan"),
        await idOf("organization", "peoples-liberation-army"),
      ),
    ).toEqual(["japan-china-defense-vice-ministerial-9"]);
    expect(
      await between(await idOf("organization", "government-of-japan"), await idOf("organization", "united-nations")),
    ).toEqual(["kitazawa-ban-2011-08-09", "ban-kan-2011"]);
    expect(
      await between(
        await idOf("organization", "japan-bureau-of-defense-policy"),
        await idOf("organization", "united-nations"),
      ),
    ).toEqual([]);
  });

  test("country and country: Japan and China met at the 9th vice-ministerial meeting", async () => {
    expect(await between(await countryId("JP"), await countryId("CN"))).toEqual([
      "japan-china-defense-vice-ministerial-9",
    ]);
    expect(await between(await countryId("CN"), await countryId("JP"))).toEqual([
      "japan-china-defense-vice-ministerial-9",
    ]);
  });

  test("mixed parties: a person and a country", async () => {
    expect(await between(await idOf("person", "ban-ki-moon"), await countryId("JP"))).toEqual([
      "kitazawa-ban-2011-08-09",
      "ban-kan-2011",
    ]);
  });
});

describe("Commitment.thread", () => {
  async function thread(slug: string): Promise<string[]> {
    const result = await data(
      graphql(`
        query CommitmentThread($slug: String!) {
          commitment(slug: $slug) {
            thread {
              depth
              commitment {
                slug
              }
            }
          }
        }
      `),
      { slug },
    );
    return (result.commitment?.thread ?? []).map((entry) => `${entry.depth} ${entry.commitment.slug}`);
  }

  test("Ban's renewed call and Kitazawa's two answers, in the order the source reports them", async () => {
    const expected = [
      "0 ban-calls-again-sdf-south-sudan",
      "1 kitazawa-response-south-sudan-hq-personnel",
      "1 kitazawa-response-south-sudan-engineers",
    ];
    expect(await thread("ban-calls-again-sdf-south-sudan")).toEqual(expected);
    expect(await thread("kitazawa-response-south-sudan-engineers")).toEqual(expected);
    expect(await thread("kitazawa-response-south-sudan-hq-personnel")).toEqual(expected);
  });

  test("a one-answer thread and a lone commitment", async () => {
    expect(await thread("kitazawa-response-minustah")).toEqual([
      "0 ban-seeks-continued-sdf-cooperation",
      "1 kitazawa-response-minustah",
    ]);
    expect(await thread("japan-china-third-maritime-talk")).toEqual(["0 japan-china-third-maritime-talk"]);
  });

  test("a deeper thread runs depth first, siblings in source order, the same from any commitment in it", async () => {
    // Citations in reading order: root, b, a, b1, a1, a1x. Records created in another order.
    const cite: Record<string, string> = {};
    for (const key of ["root", "b", "a", "b1", "a1", "a1x"]) cite[key] = await source.cite();
    const root = await createCommitment("thread-root", { citationId: cite.root });
    const a = await createCommitment("thread-a", { respondsToId: root.id, citationId: cite.a });
    const a1 = await createCommitment("thread-a1", { respondsToId: a.id, citationId: cite.a1 });
    await createCommitment("thread-a1x", { respondsToId: a1.id, citationId: cite.a1x });
    const b = await createCommitment("thread-b", { respondsToId: root.id, citationId: cite.b });
    await createCommitment("thread-b1", { respondsToId: b.id, citationId: cite.b1 });

    const expected = ["0 thread-root", "1 thread-b", "2 thread-b1", "1 thread-a", "2 thread-a1", "3 thread-a1x"];
    for (const slug of ["thread-root", "thread-a1x", "thread-b", "thread-a1"])
      expect(await thread(slug)).toEqual(expected);

    const counts = await data(
      graphql(`
        query ThreadRootResponses {
          commitment(slug: "thread-root") {
            responseCount
            responses {
              edges {
                node {
                  slug
                }
              }
            }
          }
        }
      `),
    );
    expect(counts.commitment?.responseCount).toBe(2);
    expect(slugsOf(counts.commitment?.responses ?? { edges: [] })).toEqual(["thread-b", "thread-a"]);
  });
});

describe("relationshipTimeline", () => {
  const TIMELINE = graphql(`
    query RelationshipTimeline($a: ID!, $b: ID!, $first: Int) {
      relationshipTimeline(a: $a, b: $b, first: $first) {
        date {
          value
          earliest
        }
        meeting {
          slug
        }
        commitment {
          slug
        }
      }
    }
  `);
  type Entry = ResultOf<typeof TIMELINE>["relationshipTimeline"][number];
  async function timeline(a: string, b: string, first?: number): Promise<Entry[]> {
    return (await data(TIMELINE, { a, b, first })).relationshipTimeline;
  }
  const label = (entry: Entry) =>
    entry.meeting ? `meeting ${entry.meeting.slug}` : `commitment ${entry.commitment?.slug}`;

  test("Japan and the UN: meetings and the commitments between them, oldest first, a meeting before its commitments", async () => {
    const entries = await timeline(await countryId("JP"), await idOf("organization", "united-nations"));
    expect(entries.slice(0, 3).map(label)).toEqual([
      "meeting ban-kan-2011",
      "commitment ban-requests-kan-sdf-engineers-south-sudan",
      "meeting kitazawa-ban-2011-08-09",
    ]);
    expect(sorted(entries.slice(3).map(label))).toEqual(
      sorted(
        [
          "ban-calls-again-sdf-south-sudan",
          "ban-condolences-earthquake",
          "ban-commends-sdf-earthquake",
          "ban-thanks-sdf-minustah",
          "ban-seeks-continued-sdf-cooperation",
        ].map((s) => `commitment ${s}`),
      ),
    );
    const days = entries.map((entry) => entry.date?.earliest ?? "");
    expect(days).toEqual([...days].sort());
    expect(entries[1]?.date?.value).toBe("2011-08"); // a commitment takes its meeting's date
  });

  test("Kitazawa and Ban: their meeting, the request made to him and his answer to Ban", async () => {
    const entries = await timeline(await idOf("person", "kitazawa"), await idOf("person", "ban-ki-moon"));
    expect(entries).toHaveLength(3);
    expect(label(entries[0] as Entry)).toBe("meeting kitazawa-ban-2011-08-09");
    expect(sorted(entries.slice(1).map(label))).toEqual([
      "commitment ban-calls-again-sdf-south-sudan",
      "commitment kitazawa-response-south-sudan-engineers",
    ]);
  });

  describe("with generated entries", () => {
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      const lee = await db.person.create({ data: { slug: "timeline-lee", name: "Lee" } });
      const kim = await db.person.create({ data: { slug: "timeline-kim", name: "Kim" } });
      ids.lee = globalId("Person", lee.id);
      ids.kim = globalId("Person", kim.id);
      const pair = [
        { personId: lee.id, side: "HOST" as const },
        { personId: kim.id, side: "GUEST" as const },
      ];
      // Created newest first, so that the order of creation is the reverse of the timeline.
      const m2019 = await createMeeting("timeline-2019-05-05", "2019-05-05", pair);
      await createMeeting("timeline-2019-03", "2019-03", pair);
      await createMeeting("timeline-2018", "2018", pair);
      const undated = await createMeeting("timeline-undated", null, pair);
      await createCommitment("timeline-at-2019", { meetingId: m2019.id, makers: [lee.id], addressees: [kim.id] });
      await createCommitment("timeline-at-undated", { meetingId: undated.id, makers: [kim.id], addressees: [lee.id] });
      await createCommitment("timeline-no-meeting", { makers: [lee.id, kim.id] });
      await createCommitment("timeline-not-between", { meetingId: m2019.id, makers: [lee.id] }); // made to no one: not between them
    });

    test("dated entries first, oldest first; undated entries last with no date", async () => {
      const entries = await timeline(ids.lee as string, ids.kim as string);
      expect(entries.slice(0, 4).map(label)).toEqual([
        "meeting timeline-2018",
        "meeting timeline-2019-03",
        "meeting timeline-2019-05-05",
        "commitment timeline-at-2019",
      ]);
      expect(entries.slice(0, 4).map((e) => e.date?.value)).toEqual(["2018", "2019-03", "2019-05-05", "2019-05-05"]);
      expect(entries[4]).toEqual({ date: null, meeting: { slug: "timeline-undated" }, commitment: null });
      expect(sorted(entries.slice(5).map(label))).toEqual([
        "commitment timeline-at-undated",
        "commitment timeline-no-meeting",
      ]);
      expect(entries.slice(5).every((e) => e.date === null)).toBe(true);
      expect(entries).toHaveLength(7);
    });

    // `first` caps the timeline; the entries kept must be the oldest, whatever order the rows
    // were written in. Twelve meetings written newest first make a lucky pick unlikely.
    test("first: n keeps the n oldest entries", async () => {
      const one = await db.person.create({ data: { slug: "timeline-many-one", name: "One" } });
      const other = await db.person.create({ data: { slug: "timeline-many-other", name: "Other" } });
      const years = Array.from({ length: 12 }, (_, i) => String(2011 - i)); // 2011 … 2000
      for (const year of years) {
        await createMeeting(`timeline-many-${year}`, year, [
          { personId: one.id, side: "HOST" },
          { personId: other.id, side: "GUEST" },
        ]);
      }
      const a = globalId("Person", one.id);
      const b = globalId("Person", other.id);
      const all = (await timeline(a, b)).map(label);
      expect(all).toEqual([...years].reverse().map((year) => `meeting timeline-many-${year}`));
      for (const first of [1, 3, 6])
        expect((await timeline(a, b, first)).map(label), `first: ${first}`).toEqual(all.slice(0, first));
    });
  });
});
