// Full-text and fuzzy search across the seed: what it finds, how `types` narrows it, how
// results are ranked, marked and paged, and which queries it refuses.
import { describe, expect, test } from "vitest";
import type { SearchableType } from "../../generated/graphql.js";
import { graphql } from "../../generated/index.js";
import { data, execute, type ResultOf } from "../../helpers/execute.js";
import { expectBadUserInput } from "../../helpers/graphql.js";

const SEARCH = graphql(`
  query SearchHits($query: String!, $types: [SearchableType!], $first: Int, $after: String) {
    search(query: $query, types: $types, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      edges {
        cursor
        score
        snippet
        node {
          __typename
          ... on Meeting {
            slug
          }
          ... on Commitment {
            slug
          }
          ... on Person {
            slug
          }
          ... on Organization {
            slug
          }
          ... on SourceDocument {
            slug
          }
        }
      }
    }
  }
`);
type Hit = ResultOf<typeof SEARCH>["search"]["edges"][number];

async function search(query: string, options: { types?: SearchableType[]; first?: number; after?: string } = {}) {
  return (await data(SEARCH, { query, first: 100, ...options })).search;
}
const hitKeys = (hits: Hit[]) => hits.map((hit) => `${hit.node.__typename}:${hit.node.slug}`);

describe("what search finds", () => {
  test.each([
    ["Vice-Ministerial", "Meeting:japan-china-defense-vice-ministerial-9"],
    ["Vice-Ministerial", "Meeting:japan-china-defense-vice-ministerial-8"],
    ["condolences", "Commitment:ban-condolences-earthquake"],
    ["Nakae", "Person:nakae"],
    ["Joint Staff", "Organization:japan-joint-staff"],
    ["MINUSTAH", "Organization:minustah"],
    ["Vice-Ministerial", "SourceDocument:mod-2011-japan-china-vice-ministerial-meeting"],
    ["condolences", "SourceDocument:mod-2011-kitazawa-ban-meeting"],
  ])("%s finds %s", async (query, key) => {
    expect(hitKeys((await search(query)).edges)).toContain(key);
  });

  test('"Kitazawa" finds the person first, then the document, meetings and commitments that name him', async () => {
    const result = await search("Kitazawa");
    expect(result.totalCount).toBe(7);
    expect(hitKeys(result.edges)[0]).toBe("Person:kitazawa");
    expect([...new Set(result.edges.map((hit) => hit.node.__typename))].sort()).toEqual([
      "Commitment",
      "Meeting",
      "Person",
      "SourceDocument",
    ]);
    expect(hitKeys(result.edges)).toEqual(
      expect.arrayContaining([
        "Meeting:kitazawa-ban-2011-08-09",
        "Commitment:kitazawa-response-minustah",
        "Commitment:kitazawa-response-south-sudan-hq-personnel",
        "Commitment:kitazawa-response-south-sudan-engineers",
        "SourceDocument:mod-2011-kitazawa-ban-meeting",
      ]),
    );
  });

  test('a misspelt name still finds the person: "Kitazava" finds Kitazawa, "Ma Xiaotain" finds Ma Xiaotian', async () => {
    const kitazava = await search("Kitazava");
    expect(hitKeys(kitazava.edges)[0]).toBe("Person:kitazawa");
    expect(kitazava.edges[0]?.score).toBeGreaterThan(0);
    expect(hitKeys((await search("Ma Xiaotain")).edges)[0]).toBe("Person:ma-xiaotian");
  });

  test("an unrelated word finds nothing", async () => {
    const result = await search("zeppelin");
    expect(result.totalCount).toBe(0);
    expect(result.edges).toEqual([]);
    expect(result.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, endCursor: null });
  });

  test("a phrase in quotes and -word exclusion follow web-search syntax", async () => {
    const phrase = hitKeys((await search('"field officer-level exchanges"', { types: ["COMMITMENT"] })).edges);
    expect(phrase).toEqual(["Commitment:japan-china-welcome-field-officer-exchanges"]);
    const withoutMinustah = hitKeys((await search("SDF -MINUSTAH", { types: ["COMMITMENT"] })).edges);
    expect(withoutMinustah).not.toContain("Commitment:ban-thanks-sdf-minustah");
    expect(withoutMinustah).toContain("Commitment:ban-seeks-continued-sdf-cooperation");
  });
});

describe("types", () => {
  test("restricts results to the kinds asked for", async () => {
    const people = await search("Kitazawa", { types: ["PERSON"] });
    expect(hitKeys(people.edges)).toEqual(["Person:kitazawa"]);
    expect(people.totalCount).toBe(1);

    const talk = await search("Kitazawa", { types: ["MEETING", "COMMITMENT"] });
    expect([...new Set(talk.edges.map((hit) => hit.node.__typename))].sort()).toEqual(["Commitment", "Meeting"]);
    expect(talk.totalCount).toBe(talk.edges.length);
  });

  test("the per-type totals add up to the unrestricted total", async () => {
    const all = await search("SDF");
    let sum = 0;
    for (const type of ["MEETING", "COMMITMENT", "PERSON", "ORGANIZATION", "SOURCE_DOCUMENT"] as const)
      sum += (await search("SDF", { types: [type] })).totalCount;
    expect(sum).toBe(all.totalCount);
    expect(all.totalCount).toBe(11);
  });
});

describe("ranking and snippets", () => {
  test.each(["South Sudan", "Kitazawa", "SDF", "Ministry of Defense"])(
    "scores never increase down the results for %s",
    async (query) => {
      const scores = (await search(query)).edges.map((hit) => hit.score);
      expect(scores.length).toBeGreaterThan(1);
      for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThanOrEqual(scores[i - 1] as number);
    },
  );

  test("a title or name match outranks a passing mention", async () => {
    const keys = hitKeys((await search("Ministry of Defense")).edges);
    expect(keys[0]).toBe("Organization:japan-ministry-of-defense");
    expect(keys.indexOf("Organization:japan-ministry-of-defense")).toBeLessThan(
      keys.indexOf("Meeting:japan-defense-minister-visit-to-china"),
    );
  });

  test("commitment, organization and document snippets wrap the matched words in <mark>", async () => {
    const hits = (await search("South Sudan")).edges.filter((hit) => hit.node.__typename !== "Meeting");
    expect(hits.length).toBeGreaterThan(4);
    for (const hit of hits)
      expect(hit.snippet, `${hit.node.__typename}:${hit.node.slug}`).toMatch(/<mark>South<\/mark> <mark>Sudan<\/mark>/);
  });

  test("a commitment's snippet comes from the cited source sentence when that matches", async () => {
    const hit = (await search("South Sudan", { types: ["COMMITMENT"] })).edges.find(
      (h) => h.node.slug === "ban-calls-again-sdf-south-sudan",
    );
    // The source says "had separated and became independent"; the statement paraphrases it.
    expect(hit?.snippet).toContain("which had separated and became independent from <mark>Sudan</mark> in July");
  });

  // The snippet is documented as "the matching text with matches wrapped in <mark></mark>". A
  // meeting matched through its summary (not its title or cited sentence) currently gets its
  // title and citation as the snippet, with nothing marked.
  test("every full-text hit's snippet, meetings included, marks what matched", async () => {
    for (const query of ["South Sudan", "condolences", "Nakae"]) {
      for (const hit of (await search(query)).edges) {
        expect(hit.snippet, `${query} → ${hit.node.__typename}:${hit.node.slug}: ${hit.snippet}`).toMatch(
          /<mark>[^<]+<\/mark>/,
        );
      }
    }
  });
});

describe("paging", () => {
  test("pages of 3 are disjoint, cover every result in order, and each reports the full totalCount", async () => {
    const everything = await search("SDF");
    const all = hitKeys(everything.edges);
    expect(all).toHaveLength(11);

    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await search("SDF", { first: 3, after });
      pages++;
      expect(page.totalCount).toBe(11);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== undefined);
      const keys = hitKeys(page.edges);
      for (const key of keys) expect(seen).not.toContain(key);
      seen.push(...keys);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      if (!page.pageInfo.hasNextPage) break;
      expect(page.edges).toHaveLength(3);
      after = page.pageInfo.endCursor as string;
    }
    expect(pages).toBe(4);
    expect(seen).toEqual(all);
  });

  test("a page after the last result is empty and still knows the total", async () => {
    const last = (await search("Joint Staff")).edges.at(-1);
    const beyond = await search("Joint Staff", { after: last?.cursor });
    expect(beyond.edges).toEqual([]);
    expect(beyond.totalCount).toBe(2);
    expect(beyond.pageInfo.hasNextPage).toBe(false);
  });

  test("first defaults to 20 and may not exceed 100", async () => {
    const result = await data(
      graphql(`
        query SearchDefaultPage {
          search(query: "SDF or Kitazawa or Ministry or Japan or China") {
            edges {
              score
            }
          }
        }
      `),
    );
    expect(result.search.edges.length).toBe(20);
    const tooMany = await execute(SEARCH, { query: "SDF", first: 101 });
    expect(tooMany.data?.search ?? null).toBeNull();
    expect(tooMany.errors?.[0]?.message).toMatch(/101/);
  });
});

describe("bad input", () => {
  test("an empty or blank query is BAD_USER_INPUT", async () => {
    await expectBadUserInput(SEARCH, { query: "" }, /"query" must contain something to search for/);
    await expectBadUserInput(SEARCH, { query: "   " }, /"query" must contain something to search for/);
  });

  test("a cursor that search did not issue is BAD_USER_INPUT", async () => {
    await expectBadUserInput(SEARCH, { query: "SDF", after: "bogus" }, /Invalid cursor "bogus"/);
    const meetingCursor = (
      await data(
        graphql(`
          query FirstMeetingEndCursor {
            meetings(first: 1) {
              pageInfo {
                endCursor
              }
            }
          }
        `),
      )
    ).meetings.pageInfo.endCursor;
    await expectBadUserInput(SEARCH, { query: "SDF", after: meetingCursor }, /Invalid cursor/);
  });

  test("an unknown type is rejected before anything runs", async () => {
    // Deliberately not a SearchableType: the server must refuse it.
    const result = await execute(SEARCH, { query: "SDF", types: ["TOPIC"] as unknown as SearchableType[] });
    expect(result.errors?.[0]?.message).toMatch(/TOPIC/);
    expect(result.sql).toBe(0);
  });
});

describe("statements per search", () => {
  test("one for the hits, then one per type on the page, loading what the query selects beneath each hit", async () => {
    const query = graphql(`
      query SearchHitsWithNestedSelections($query: String!) {
        search(query: $query, first: 50) {
          edges {
            node {
              __typename
              ... on Meeting {
                slug
                participants(first: 5) {
                  edges {
                    node {
                      person {
                        name
                      }
                    }
                  }
                }
              }
              ... on Commitment {
                slug
                meeting {
                  title
                }
                makers {
                  __typename
                  ... on Person {
                    name
                  }
                  ... on Organization {
                    name
                  }
                }
              }
              ... on SourceDocument {
                slug
                title
              }
              ... on Person {
                slug
                positions(first: 3) {
                  edges {
                    node {
                      title
                      organization {
                        name
                      }
                    }
                  }
                }
              }
              ... on Organization {
                slug
                parent {
                  name
                }
              }
            }
          }
        }
      }
    `);
    const result = await execute(query, { query: "Kitazawa" });
    expect(result.errors).toBeUndefined();
    const types = new Set(result.data?.search.edges.map((edge) => edge.node.__typename));
    expect(types.size).toBeGreaterThanOrEqual(2);
    expect(result.sql).toBe(1 + types.size);
  });
});
