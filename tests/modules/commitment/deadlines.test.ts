// Deadlines as dates: words relative to the source become a date computed from the source's
// date (INFERRED, with a note, the words kept); "as soon as possible" is an urgency of its own.
// CommitmentFilter.due finds a range, any deadline, or the urgent ones; DUE_ASC puts the urgent
// first. On the seed: Kitazawa's answer on MINUSTAH ("the term of the implementation plan ends
// in January next year") and the two Japan-China items agreed "as soon as possible".
import { beforeAll, describe, expect, test } from "vitest";
import { readDueWording } from "../../../src/modules/commitment/due-wording.js";
import { parsePartialDate } from "../../../src/modules/shared/partial-date.js";
import type { CommitmentFilter } from "../../generated/graphql.js";
import { graphql } from "../../generated/index.js";
import { data, execute } from "../../helpers/execute.js";
import { idOf, nodes, slugsOf, sorted } from "../../helpers/graphql.js";
import { editorKey, succeed, type TestKey, uniqueSlug } from "../../helpers/writes.js";

const ASAP = ["japan-china-defense-minister-visit", "japan-china-third-maritime-talk"];
const MINUSTAH = "kitazawa-response-minustah";
const DUE = "due { text asSoonAsPossible date { value precision earliest latest basis note } }";

const COMMITMENT_DUE = graphql(`
  query CommitmentDue($slug: String!) {
    commitment(slug: $slug) {
      due {
        text
        asSoonAsPossible
        date {
          value
          precision
          earliest
          latest
          basis
          note
        }
      }
    }
  }
`);

async function dueSlugs(filter: CommitmentFilter): Promise<string[]> {
  const result = await data(
    graphql(`
      query CommitmentsDueFiltered($filter: CommitmentFilter) {
        commitments(first: 100, filter: $filter) {
          totalCount
          edges {
            node {
              slug
            }
          }
        }
      }
    `),
    { filter },
  );
  expect(result.commitments.totalCount).toBe(result.commitments.edges.length);
  return sorted(slugsOf(result.commitments));
}

describe("the seed's deadlines", () => {
  test("'in January next year' is January 2012, computed from the release's year and marked INFERRED, the words kept", async () => {
    const result = await data(COMMITMENT_DUE, { slug: MINUSTAH });
    expect(result.commitment?.due).toEqual({
      text: "in January next year",
      asSoonAsPossible: false,
      date: {
        value: "2012-01",
        precision: "MONTH",
        earliest: "2012-01-01",
        latest: "2012-01-31",
        basis: "INFERRED",
        note: 'Computed from the words "January next year" and the publication date of "Meeting between then Defense Minister Kitazawa and UN Secretary-General" (2011, itself inferred).',
      },
    });
  });

  test("'as soon as possible' is an urgency, not a missing deadline", async () => {
    for (const slug of ASAP) {
      const result = await data(COMMITMENT_DUE, { slug });
      expect(result.commitment?.due).toEqual({ text: "as soon as possible", asSoonAsPossible: true, date: null });
    }
  });

  test("every other seed commitment has no deadline", async () => {
    const result = await data(
      graphql(`
        query CommitmentsWithDueText {
          commitments(first: 100) {
            edges {
              node {
                slug
                due {
                  text
                }
              }
            }
          }
        }
      `),
    );
    const withDeadline = nodes(result.commitments).filter((c) => c.due !== null);
    expect(sorted(withDeadline.map((c) => c.slug))).toEqual(sorted([...ASAP, MINUSTAH]));
    expect(result.commitments.edges).toHaveLength(16);
  });
});

describe("CommitmentFilter.due", () => {
  test.each<[string, CommitmentFilter, string[]]>([
    ["due in 2012", { due: { from: "2012", to: "2012" } }, [MINUSTAH]],
    ["due by the end of January 2012", { due: { to: "2012-01-31" } }, [MINUSTAH]],
    ["due in 2011 (nothing dated then)", { due: { from: "2011", to: "2011" } }, []],
    ["as soon as possible", { due: { asSoonAsPossible: true } }, ASAP],
    ["any deadline", { due: { exists: true } }, [...ASAP, MINUSTAH]],
    [
      "due in 2012 or as soon as possible",
      { or: [{ due: { from: "2012", to: "2012" } }, { due: { asSoonAsPossible: true } }] },
      [...ASAP, MINUSTAH],
    ],
    ["a deadline that is not as soon as possible", { due: { exists: true, asSoonAsPossible: false } }, [MINUSTAH]],
  ])("%s", async (_name, filter, expected) => {
    expect(await dueSlugs(filter)).toEqual(sorted(expected));
  });

  test("no deadline at all: the 13 others", async () => {
    const none = await dueSlugs({ due: { exists: false } });
    expect(none).toHaveLength(13);
    expect(none).not.toContain(MINUSTAH);
    for (const slug of ASAP) expect(none).not.toContain(slug);
  });

  test("a malformed bound is BAD_USER_INPUT naming it", async () => {
    const response = await execute(
      graphql(`
        query CommitmentsDueMalformed {
          commitments(filter: { due: { from: "2012-13" } }) {
            totalCount
          }
        }
      `),
    );
    expect(response.errors?.[0]?.message).toContain('PartialDate must be YYYY, YYYY-MM or YYYY-MM-DD, got "2012-13"');
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("DUE_ASC", () => {
  test("as soon as possible first, then by date, then those without a dated deadline", async () => {
    const result = await data(
      graphql(`
        query CommitmentsByDue {
          commitments(first: 100, orderBy: DUE_ASC) {
            edges {
              node {
                slug
              }
            }
          }
        }
      `),
    );
    const slugs = slugsOf(result.commitments);
    expect(sorted(slugs.slice(0, 2))).toEqual(sorted(ASAP));
    expect(slugs[2]).toBe(MINUSTAH);
    expect(slugs).toHaveLength(16);
  });
});

describe("relative words in a new commitment are read against the cited document's date", () => {
  let editor: TestKey;
  let document: string;
  let kitazawa: string;
  const QUOTE = "With respect to the SDF’s continued participation in MINUSTAH";

  beforeAll(async () => {
    editor = await editorKey();
    kitazawa = await idOf("person", "kitazawa");
    const documents = await data(
      graphql(`
        query DocumentIds {
          documents {
            edges {
              node {
                id
                slug
              }
            }
          }
        }
      `),
    );
    document = nodes(documents.documents).find((d) => d.slug === "mod-2011-kitazawa-ban-meeting")?.id as string;
  });

  const create = (due: Record<string, unknown>) =>
    succeed<{ due: unknown }>(
      "createCommitment",
      {
        slug: uniqueSlug("due"),
        kind: "PLEDGE",
        statement: "A test pledge",
        status: "OPEN",
        makers: [kitazawa],
        due,
        citation: { document, quote: QUOTE },
      },
      editor.headers,
      DUE,
    );

  test("'within the year' of a release dated 2011 is 2011, inferred", async () => {
    expect((await create({ text: "within the year" })).due).toMatchObject({
      text: "within the year",
      asSoonAsPossible: false,
      date: { value: "2011", precision: "YEAR", basis: "INFERRED", note: expect.stringContaining('"within the year"') },
    });
  });

  test("'by next month' gets no date when the release is dated only to the year", async () => {
    expect((await create({ text: "by next month" })).due).toEqual({
      text: "by next month",
      asSoonAsPossible: false,
      date: null,
    });
  });

  test("a date the source states stays STATED; 'at an early date' reads as as soon as possible", async () => {
    expect((await create({ text: "at an early date", date: "2011-12" })).due).toMatchObject({
      asSoonAsPossible: true,
      date: { value: "2011-12", basis: "STATED", note: null },
    });
  });
});

describe("readDueWording against a dated source", () => {
  const reference = (value: string) => ({
    date: parsePartialDate(value) ?? { start: new Date(0), precision: "DAY" as const },
    inferred: false,
    label: "the release",
  });
  test.each([
    ["next month", "2011-12-15", "2012-01"],
    ["within the month", "2011-07-26", "2011-07"],
    ["by March this year", "2011-07-26", "2011-03"],
    ["by the end of next year", "2011-07-26", "2012"],
    ["later this year", "2011-07", "2011"],
    ["before the next round of talks", "2011-07-26", undefined],
    ["by the end of the fiscal year", "2011-07-26", undefined],
  ])("%s, written %s → %s", (text, written, expected) => {
    expect(readDueWording(text, reference(written)).date?.value).toBe(expected);
  });
});
