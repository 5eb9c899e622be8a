// Facts from the curated seed (seed/accord.dataset.json), read back through GraphQL exactly as
// the dataset states them: dates with precision and basis, participants in their roles,
// commitments with their parties and threads, and citations that quote their documents.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { SEED_DATASET } from "../../../src/modules/dataset/dataset.files.js";
import type { DatasetInput } from "../../../src/modules/dataset/dataset.format.js";
import type { SeedFactsPartyFragment } from "../../generated/graphql.js";
import { graphql } from "../../generated/index.js";
import { data, type ResultOf } from "../../helpers/execute.js";

const seed = JSON.parse(readFileSync(SEED_DATASET, "utf8")) as DatasetInput;

graphql(`
  fragment SeedFactsParty on Party {
    __typename
    ... on Person { slug }
    ... on Organization { slug }
    ... on Country { code }
  }
`);
graphql(`
  fragment SeedFactsCitation on Citation { quote startOffset endOffset document { slug body } }
`);

/** "Person:kitazawa", "Country:JP": a party in one readable string. */
const party = (p: SeedFactsPartyFragment) => `${p.__typename}:${"code" in p ? p.code : p.slug}`;

/** The excerpt of `body` at [start, end), counted in Unicode code points. */
const excerpt = (body: string, start: number, end: number) => Array.from(body).slice(start, end).join("");

// Read in three requests, each within the API's query complexity limit.
const KITAZAWA_BAN = graphql(`
  query SeedFactsKitazawaBan {
    meeting(slug: "kitazawa-ban-2011-08-09") {
      slug title kind status place placeCountry { code }
      date { value precision basis note earliest latest }
      originalDate { value }
      citation { ...SeedFactsCitation }
      participants(first: 10) {
        totalCount
        edges { node {
          roleTitle side basis
          person { slug name fullName }
          organization { slug name }
          country { code }
          position { title current organization { slug } }
          citation { ...SeedFactsCitation }
        } }
      }
    }
  }
`);
const KITAZAWA_BAN_COMMITMENTS = graphql(`
  query SeedFactsKitazawaBanCommitments {
    meeting(slug: "kitazawa-ban-2011-08-09") {
      commitments(first: 10) {
        totalCount
        edges { node {
          slug kind status statement
          makers { ...SeedFactsParty }
          addressees { ...SeedFactsParty }
          respondsTo { slug }
          citation { ...SeedFactsCitation }
        } }
      }
    }
  }
`);
const KITAZAWA_BAN_THREADS = graphql(`
  query SeedFactsKitazawaBanThreads {
    meeting(slug: "kitazawa-ban-2011-08-09") {
      commitments(first: 10) { edges { node { slug responses(first: 3) { edges { node { slug respondsTo { slug } } } } } } }
    }
  }
`);

describe("the Kitazawa–Ban meeting of August 9, 2011", () => {
  type Meeting = NonNullable<ResultOf<typeof KITAZAWA_BAN>["meeting"]>;
  type Made = NonNullable<ResultOf<typeof KITAZAWA_BAN_COMMITMENTS>["meeting"]>["commitments"];
  type Responses = NonNullable<
    ResultOf<typeof KITAZAWA_BAN_THREADS>["meeting"]
  >["commitments"]["edges"][number]["node"]["responses"];
  type Commitment = Made["edges"][number]["node"] & { responses: Responses };

  /** The meeting, with its commitments and each commitment's responses (read in three requests). */
  async function load(): Promise<Meeting & { commitments: { totalCount: number; edges: { node: Commitment }[] } }> {
    const [{ meeting }, { meeting: made }, { meeting: threads }] = await Promise.all([
      data(KITAZAWA_BAN),
      data(KITAZAWA_BAN_COMMITMENTS),
      data(KITAZAWA_BAN_THREADS),
    ]);
    if (!meeting || !made || !threads) throw new Error("no meeting kitazawa-ban-2011-08-09");
    const responsesOf = new Map(threads.commitments.edges.map(({ node }) => [node.slug, node.responses]));
    const edges = made.commitments.edges.map(({ node }) => ({
      node: { ...node, responses: responsesOf.get(node.slug) as Responses },
    }));
    return { ...meeting, commitments: { ...made.commitments, edges } };
  }

  test("is a held bilateral meeting in Japan", async () => {
    const meeting = await load();
    expect({
      ...meeting,
      date: undefined,
      citation: undefined,
      participants: undefined,
      commitments: undefined,
    }).toEqual({
      slug: "kitazawa-ban-2011-08-09",
      title: "Meeting between Defense Minister Kitazawa and UN Secretary-General Ban",
      kind: "BILATERAL_MEETING",
      status: "HELD",
      place: null,
      placeCountry: { code: "JP" },
      originalDate: null,
    });
    expect(meeting.citation.quote).toBe(
      "On August 9, United Nations Secretary-General Ban Ki-moon, who was on a visit to Japan, met with then Defense Minister Kitazawa.",
    );
  });

  test("is dated to the day, with the year inferred and a note saying how", async () => {
    const { date } = await load();
    expect(date).toEqual({
      value: "2011-08-09",
      precision: "DAY",
      basis: "INFERRED",
      earliest: "2011-08-09",
      latest: "2011-08-09",
      note: expect.stringContaining("The text prints 'August 9' without a year. 2011 is inferred"),
    });
  });

  test("lists the host then the guest, each in the role held there", async () => {
    const { participants } = await load();
    expect(participants.totalCount).toBe(2);
    expect(participants.edges.map((e) => ({ ...e.node, citation: undefined }))).toEqual([
      {
        roleTitle: "Defense Minister",
        side: "HOST",
        basis: "STATED",
        person: { slug: "kitazawa", name: "Kitazawa", fullName: null },
        organization: { slug: "japan-ministry-of-defense", name: "Ministry of Defense" },
        country: { code: "JP" },
        // "then Defense Minister": the role has ended, though no end date is known.
        position: { title: "Defense Minister", current: false, organization: { slug: "japan-ministry-of-defense" } },
      },
      {
        roleTitle: "Secretary-General",
        side: "GUEST",
        basis: "STATED",
        person: { slug: "ban-ki-moon", name: "Ban", fullName: "Ban Ki-moon" },
        organization: { slug: "united-nations", name: "United Nations" },
        country: null,
        position: { title: "Secretary-General", current: true, organization: { slug: "united-nations" } },
      },
    ]);
  });

  test("has its commitments in source order, with kinds, makers, addressees and status", async () => {
    const { commitments } = await load();
    expect(commitments.totalCount).toBe(8);
    expect(
      commitments.edges.map(({ node }) => ({
        slug: node.slug,
        kind: node.kind,
        status: node.status,
        makers: node.makers.map(party),
        addressees: node.addressees.map(party),
      })),
    ).toEqual([
      {
        slug: "ban-calls-again-sdf-south-sudan",
        kind: "REQUEST",
        status: "DEFERRED",
        makers: ["Person:ban-ki-moon", "Organization:united-nations"],
        addressees: ["Person:kitazawa", "Organization:japan-ministry-of-defense"],
      },
      {
        slug: "ban-condolences-earthquake",
        kind: "EXPRESSION",
        status: "NOT_APPLICABLE",
        makers: ["Person:ban-ki-moon", "Organization:united-nations"],
        addressees: ["Country:JP"],
      },
      {
        slug: "ban-commends-sdf-earthquake",
        kind: "EXPRESSION",
        status: "NOT_APPLICABLE",
        makers: ["Person:ban-ki-moon", "Organization:united-nations"],
        addressees: ["Organization:japan-self-defense-forces"],
      },
      {
        slug: "ban-thanks-sdf-minustah",
        kind: "EXPRESSION",
        status: "NOT_APPLICABLE",
        makers: ["Person:ban-ki-moon", "Organization:united-nations"],
        addressees: ["Organization:japan-self-defense-forces"],
      },
      {
        slug: "ban-seeks-continued-sdf-cooperation",
        kind: "REQUEST",
        status: "DEFERRED",
        makers: ["Person:ban-ki-moon", "Organization:united-nations"],
        addressees: ["Organization:japan-self-defense-forces"],
      },
      {
        slug: "kitazawa-response-minustah",
        kind: "RESPONSE",
        status: "NOT_APPLICABLE",
        makers: ["Person:kitazawa", "Organization:japan-ministry-of-defense"],
        addressees: [],
      },
      {
        slug: "kitazawa-response-south-sudan-hq-personnel",
        kind: "RESPONSE",
        status: "NOT_APPLICABLE",
        makers: ["Person:kitazawa", "Organization:japan-ministry-of-defense"],
        addressees: [],
      },
      {
        slug: "kitazawa-response-south-sudan-engineers",
        kind: "RESPONSE",
        status: "NOT_APPLICABLE",
        makers: ["Person:kitazawa", "Organization:japan-ministry-of-defense"],
        addressees: ["Person:ban-ki-moon"],
      },
    ]);
  });

  test("links each response to its request, both ways", async () => {
    const { commitments } = await load();
    const nodes = commitments.edges.map((e) => e.node);
    const threads = Object.fromEntries(
      nodes.filter((c) => c.responses.edges.length > 0).map((c) => [c.slug, c.responses.edges.map((r) => r.node.slug)]),
    );
    expect(threads).toEqual({
      "ban-calls-again-sdf-south-sudan": [
        "kitazawa-response-south-sudan-hq-personnel",
        "kitazawa-response-south-sudan-engineers",
      ],
      "ban-seeks-continued-sdf-cooperation": ["kitazawa-response-minustah"],
    });
    for (const request of nodes) {
      for (const { node: response } of request.responses.edges) expect(response.respondsTo?.slug).toBe(request.slug);
    }
    for (const response of nodes.filter((c) => c.respondsTo)) {
      const request = nodes.find((c) => c.slug === response.respondsTo?.slug);
      expect(request?.responses.edges.map((e) => e.node.slug)).toContain(response.slug);
    }
    expect(nodes.filter((c) => c.kind === "RESPONSE").every((c) => c.respondsTo !== null)).toBe(true);
  });

  test("cites, for every fact, the dataset's quote at its code-point offsets in the document", async () => {
    const meeting = await load();
    const citations = [
      meeting.citation,
      ...meeting.participants.edges.map((e) => e.node.citation),
      ...meeting.commitments.edges.map((e) => e.node.citation),
    ];
    expect(citations).toHaveLength(11);
    for (const citation of citations) {
      expect(citation.document.slug).toBe("mod-2011-kitazawa-ban-meeting");
      expect(excerpt(citation.document.body, citation.startOffset, citation.endOffset)).toBe(citation.quote);
    }
    const datasetQuote = new Map((seed.commitments ?? []).map((c) => [c.slug, c.cite.quote]));
    for (const { node } of meeting.commitments.edges) expect(node.citation.quote).toBe(datasetQuote.get(node.slug));
    expect(meeting.commitments.edges[0]?.node.citation).toMatchObject({ startOffset: 512, endOffset: 747 });
  });
});

describe("every citation in the knowledge base", () => {
  test("equals its document's body sliced at its offsets", async () => {
    const PAGE = graphql(`
      query SeedFactsDocumentCitations($after: String) {
        documents(first: 1, after: $after) {
          pageInfo { hasNextPage endCursor }
          edges { node { slug body citations(first: 25) { totalCount edges { node { quote startOffset endOffset } } } } }
        }
      }
    `);
    type Page = ResultOf<typeof PAGE>;
    // One document per request keeps each within the complexity limit.
    const documents: Page["documents"]["edges"][number]["node"][] = [];
    for (let after: string | null | undefined = null; ; ) {
      const page: Page = await data(PAGE, { after });
      documents.push(...page.documents.edges.map((e) => e.node));
      if (!page.documents.pageInfo.hasNextPage) break;
      after = page.documents.pageInfo.endCursor;
    }

    expect(Object.fromEntries(documents.map((d) => [d.slug, d.citations.totalCount]))).toEqual({
      "mod-2011-kitazawa-ban-meeting": 10,
      "mod-2011-japan-china-vice-ministerial-meeting": 11,
    });
    for (const document of documents) {
      expect(document.citations.edges).toHaveLength(document.citations.totalCount);
      for (const { node: citation } of document.citations.edges) {
        expect(excerpt(document.body, citation.startOffset, citation.endOffset)).toBe(citation.quote);
      }
    }
  });
});

describe("the 9th Japan-China Defense Vice-Ministerial Meeting", () => {
  const QUERY = graphql(`
    query SeedFactsVm9 {
      meeting(slug: "japan-china-defense-vice-ministerial-9") {
        title status statusReason series sequenceNumber place placeCountry { code }
        date { value precision basis }
        originalDate { value precision earliest latest basis note }
        participants(first: 10) { edges { node { side person { slug } } } }
      }
    }
  `);
  /** The meeting, which the seed holds. */
  async function vm9() {
    const { meeting } = await data(QUERY);
    if (!meeting) throw new Error("no meeting japan-china-defense-vice-ministerial-9");
    return { meeting };
  }

  test("was held on July 26, 2011 after being scheduled for March", async () => {
    const { meeting } = await vm9();
    expect({ ...meeting, participants: undefined, statusReason: undefined }).toEqual({
      title: "9th Japan-China Defense Vice-Ministerial Meeting",
      status: "HELD",
      series: "Japan-China Defense Vice-Ministerial Meeting",
      sequenceNumber: 9,
      place: "Ministry of Defense",
      placeCountry: { code: "JP" },
      date: { value: "2011-07-26", precision: "DAY", basis: "INFERRED" },
      originalDate: expect.objectContaining({
        value: "2011-03",
        precision: "MONTH",
        earliest: "2011-03-01",
        latest: "2011-03-31",
      }),
    });
    expect(meeting.statusReason).toMatch(
      /^Scheduled for March but put off as a result of the Great East Japan Earthquake/,
    );
  });

  test("keeps the inferred basis and note of its original date", async () => {
    const { meeting } = await vm9();
    // The dataset: originalDate { value: "2011-03", basis: "INFERRED", note: "The text says the meeting 'had been scheduled for March this year'..." }
    expect(meeting.originalDate).toMatchObject({
      basis: "INFERRED",
      note: expect.stringContaining("had been scheduled for March this year"),
    });
  });

  test("lists its participants hosts first, each side in the order the source names them", async () => {
    const { meeting } = await vm9();
    expect(meeting.participants.edges.map((e) => `${e.node.side}:${e.node.person.slug}`)).toEqual([
      "HOST:nakae",
      "HOST:takamizawa",
      "HOST:sakurai",
      "HOST:kawano",
      "GUEST:ma-xiaotian",
      "GUEST:xu-jingming",
    ]);
  });
});

describe("the list of meetings", () => {
  test("runs most recent first, with the undated planned meetings last", async () => {
    const { meetings } = await data(
      graphql(`
        query SeedFactsMeetingList {
          meetings(first: 100) { totalCount edges { node { slug status date { value earliest } } } }
        }
      `),
    );
    const nodes = meetings.edges.map((e) => e.node);

    expect(meetings.totalCount).toBe(6);
    expect(nodes.slice(0, 4).map((m) => [m.slug, m.date?.value])).toEqual([
      ["kitazawa-ban-2011-08-09", "2011-08-09"],
      ["ban-kan-2011", "2011-08"],
      ["japan-china-defense-vice-ministerial-9", "2011-07-26"],
      ["japan-china-defense-vice-ministerial-8", "2008-03"],
    ]);
    const planned = nodes.slice(4);
    expect(planned.map((m) => m.slug).sort()).toEqual([
      "japan-china-maritime-working-level-talk-3",
      "japan-defense-minister-visit-to-china",
    ]);
    expect(planned.every((m) => m.status === "PLANNED" && m.date === null)).toBe(true);
  });
});

describe("source documents", () => {
  test("keep the note explaining an inferred publication date", async () => {
    const { documents } = await data(
      graphql(`
        query SeedFactsDocumentDates {
          documents { edges { node { slug published { value precision basis note } } } }
        }
      `),
    );
    const kitazawa = documents.edges.find((e) => e.node.slug === "mod-2011-kitazawa-ban-meeting")?.node;
    expect(kitazawa?.published).toEqual({
      value: "2011",
      precision: "YEAR",
      basis: "INFERRED",
      note: expect.stringContaining("No publication date is printed. 2011 is inferred from the events reported"),
    });
  });
});
