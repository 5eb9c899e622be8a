// importDataset: a dataset in the seed format is validated in full, then written in one
// transaction keyed by slugs. A bad dataset writes nothing; a good one creates its records; the
// same dataset again changes nothing and says so. `npm run import` agrees with the mutation.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { graphql } from "../../generated/index.js";
import { data } from "../../helpers/execute.js";
import { spawnScript } from "../../helpers/spawn.js";
import { editorKey, expectValidation, mutate, type TestKey, tableFingerprints } from "../../helpers/writes.js";

let editor: TestKey;
beforeAll(async () => {
  editor = await editorKey("import-editor");
});

const SOURCE_FILE = "hanoi-talks.txt";
const SOURCE_TEXT = [
  "PAGE HEADER - not part of the release",
  "Talks opened in Hanoi on 3 May. Minister Alpha met Minister Beta at the ministry.",
  "Alpha asked Beta to hold joint drills. Beta agreed to consider drills next year.",
  "PAGE FOOTER",
].join("\n");
const BODY = SOURCE_TEXT.slice(
  SOURCE_TEXT.indexOf("Talks opened"),
  SOURCE_TEXT.indexOf("next year.") + "next year.".length,
);

function dataset() {
  const document = "import-hanoi-talks";
  return {
    countries: [{ slug: "vn", name: "Viet Nam" }],
    topics: [{ slug: "import-joint-drills", name: "Joint drills" }],
    documents: [
      {
        slug: document,
        title: "Hanoi talks",
        publisher: "Test Ministry",
        published: { value: "2012-05" },
        file: SOURCE_FILE,
        from: "Talks opened",
        through: "next year.",
      },
    ],
    organizations: [
      { slug: "import-alpha-ministry", name: "Alpha Ministry", kind: "MINISTRY", country: "vn" },
      {
        slug: "import-alpha-bureau",
        name: "Alpha Bureau",
        kind: "BUREAU",
        country: "vn",
        parent: "import-alpha-ministry",
      },
    ],
    people: [
      { slug: "import-alpha", name: "Alpha", country: "vn" },
      { slug: "import-beta", name: "Beta", country: "jp" },
    ],
    positions: [
      {
        slug: "import-alpha-minister",
        person: "import-alpha",
        organization: "import-alpha-ministry",
        title: "Minister",
        current: true,
        cite: { document, quote: "Minister Alpha" },
      },
    ],
    meetings: [
      {
        slug: "import-hanoi-talks-2012",
        title: "Alpha-Beta talks in Hanoi",
        kind: "BILATERAL_MEETING",
        status: "HELD",
        date: { value: "2012-05-03", basis: "INFERRED", note: "The year comes from the publication date." },
        placeCountry: "vn",
        cite: { document, quote: "Talks opened in Hanoi on 3 May." },
        participants: [
          {
            person: "import-alpha",
            position: "import-alpha-minister",
            organization: "import-alpha-ministry",
            roleTitle: "Minister",
            side: "HOST",
            cite: { document, quote: "Minister Alpha met Minister Beta at the ministry." },
          },
          {
            person: "import-beta",
            country: "jp",
            roleTitle: "Minister",
            side: "GUEST",
            cite: { document, quote: "Minister Beta" },
          },
        ],
      },
    ],
    commitments: [
      {
        slug: "import-drills-request",
        kind: "REQUEST",
        statement: "Hold joint drills",
        status: "OPEN",
        meeting: "import-hanoi-talks-2012",
        topic: "import-joint-drills",
        makers: [{ person: "import-alpha" }, { organization: "import-alpha-ministry" }],
        addressees: [{ person: "import-beta" }],
        cite: { document, quote: "Alpha asked Beta to hold joint drills." },
      },
      {
        slug: "import-drills-response",
        kind: "RESPONSE",
        statement: "Consider drills next year",
        status: "DEFERRED",
        meeting: "import-hanoi-talks-2012",
        respondsTo: "import-drills-request",
        due: { date: "2013", text: "next year" },
        makers: [{ person: "import-beta" }],
        addressees: [{ country: "vn" }],
        cite: { document, quote: "Beta agreed to consider drills next year." },
      },
    ],
  };
}

type Table = { table: string; created: number; updated: number; unchanged: number };

async function importDataset(value: unknown, sources = [{ file: SOURCE_FILE, text: SOURCE_TEXT }]) {
  return mutate<Table[]>(
    "importDataset",
    { dataset: value, sources },
    { headers: editor.headers, select: "table created updated unchanged" },
  );
}

const byTable = (tables: Table[] | undefined) =>
  Object.fromEntries((tables ?? []).map(({ table, ...counts }) => [table, counts]));

describe("importDataset", () => {
  test("a dataset with one quote that is not in its document writes nothing and says which record and field", async () => {
    const bad = dataset();
    bad.commitments[1] = {
      ...(bad.commitments[1] as (typeof bad.commitments)[number]),
      cite: { document: "import-hanoi-talks", quote: "Beta refused." },
    };
    const before = await tableFingerprints();
    const issues = expectValidation(await importDataset(bad));
    expect(issues).toEqual([
      {
        path: ["input", "dataset", 'commitments[1] "import-drills-response".cite.quote'],
        message: expect.stringMatching(/does not occur.*"import-hanoi-talks"/),
      },
    ]);
    expect(await tableFingerprints()).toEqual(before);
  });

  test("every problem is reported at once: bad dates, unknown references, a missing source file", async () => {
    const bad = dataset();
    (bad.meetings[0] as { date: { value: string } }).date.value = "2012-02-30";
    (bad.people[1] as { country: string }).country = "zz";
    const before = await tableFingerprints();
    const shape = expectValidation(await importDataset(bad));
    expect(shape.map((issue) => issue.path[2])).toEqual(['meetings[0] "import-hanoi-talks-2012".date.value']);
    expect(shape[0]?.message).toBe("is not a day of the calendar");

    // Each unknown slug is reported once, where it is first used.
    const references = expectValidation(
      await importDataset({ ...dataset(), people: [{ slug: "import-alpha", name: "Alpha", country: "zz" }] }),
    );
    expect(references.map((issue) => issue.path[2]).sort()).toEqual([
      'meetings[0] "import-hanoi-talks-2012".participants[1].person',
      'people[0] "import-alpha".country',
    ]);
    expect(references.map((issue) => issue.message).sort()).toEqual([
      'unknown country "zz": define it in the dataset\'s countries or load it first',
      'unknown person "import-beta": define it in the dataset\'s people or load it first',
    ]);
    expect(expectValidation(await importDataset(dataset(), [])).map((issue) => issue.path[2])).toEqual([
      'documents[0] "import-hanoi-talks".file',
    ]);
    expect(await tableFingerprints()).toEqual(before);
  });

  test("a good dataset creates every record; importing it again reports everything unchanged and writes nothing", async () => {
    const first = await importDataset(dataset());
    expect(first.__typename, JSON.stringify(first)).toBe("MutationImportDatasetSuccess");
    expect(byTable(first.data)).toMatchObject({
      countries: { created: 1, updated: 0, unchanged: 0 },
      topics: { created: 1, updated: 0, unchanged: 0 },
      documents: { created: 1, updated: 0, unchanged: 0 },
      organizations: { created: 2, updated: 0, unchanged: 0 },
      people: { created: 2, updated: 0, unchanged: 0 },
      positions: { created: 1, updated: 0, unchanged: 0 },
      meetings: { created: 1, updated: 0, unchanged: 0 },
      participations: { created: 2, updated: 0, unchanged: 0 },
      commitments: { created: 2, updated: 0, unchanged: 0 },
    });

    // Read back through queries.
    const read = await data(
      graphql(`
        query ImportedMeeting {
          meeting(slug: "import-hanoi-talks-2012") {
            title
            date {
              value
              basis
            }
            placeCountry {
              code
            }
            citation {
              quote
              startOffset
              document {
                body
                published {
                  value
                }
              }
            }
            participants {
              edges {
                node {
                  person {
                    slug
                  }
                  side
                  position {
                    title
                  }
                }
              }
            }
            commitments {
              edges {
                node {
                  slug
                  status
                  makers {
                    __typename
                  }
                  respondsTo {
                    slug
                  }
                  due {
                    text
                  }
                  statusHistory {
                    toStatus
                    changedBy
                  }
                }
              }
            }
          }
        }
      `),
    );
    if (!read.meeting) throw new Error("the imported meeting is missing");
    expect(read.meeting).toMatchObject({
      title: "Alpha-Beta talks in Hanoi",
      date: { value: "2012-05-03", basis: "INFERRED" },
      placeCountry: { code: "VN" },
      citation: {
        quote: "Talks opened in Hanoi on 3 May.",
        startOffset: 0,
        document: { body: BODY, published: { value: "2012-05" } },
      },
    });
    expect(read.meeting.participants.edges.map((edge) => edge.node)).toEqual([
      { person: { slug: "import-alpha" }, side: "HOST", position: { title: "Minister" } },
      { person: { slug: "import-beta" }, side: "GUEST", position: null },
    ]);
    expect(read.meeting.commitments.edges.map((edge) => edge.node)).toEqual([
      {
        slug: "import-drills-request",
        status: "OPEN",
        makers: [{ __typename: "Person" }, { __typename: "Organization" }],
        respondsTo: null,
        due: null,
        statusHistory: [{ toStatus: "OPEN", changedBy: editor.name }],
      },
      {
        slug: "import-drills-response",
        status: "DEFERRED",
        makers: [{ __typename: "Person" }],
        respondsTo: { slug: "import-drills-request" },
        due: { text: "next year" },
        statusHistory: [{ toStatus: "DEFERRED", changedBy: editor.name }],
      },
    ]);

    const before = await tableFingerprints();
    const again = await importDataset(dataset());
    expect(again.__typename).toBe("MutationImportDatasetSuccess");
    for (const [table, counts] of Object.entries(byTable(again.data))) {
      expect({ table, created: counts.created, updated: counts.updated }).toEqual({ table, created: 0, updated: 0 });
    }
    expect(byTable(again.data)).toMatchObject({
      people: { unchanged: 2 },
      commitments: { unchanged: 2 },
      participations: { unchanged: 2 },
    });
    expect(await tableFingerprints()).toEqual(before);

    // A changed field is an update of that one record.
    const changed = dataset();
    (changed.commitments[0] as { statement: string }).statement = "Hold joint naval drills";
    expect(byTable((await importDataset(changed)).data).commitments).toEqual({ created: 0, updated: 1, unchanged: 1 });
  });
});

describe("importDataset by more than one writer (issue 14 item 8)", () => {
  const withStatus = (status: string) => {
    const value = dataset();
    (value.commitments[0] as { status: string }).status = status;
    return value;
  };
  const importWith = (value: unknown, extra: { unchangedSince?: string; idempotencyKey?: string } = {}) =>
    mutate<Table[]>(
      "importDataset",
      {
        dataset: value,
        sources: [{ file: SOURCE_FILE, text: SOURCE_TEXT }],
        ...(extra.unchangedSince ? { unchangedSince: extra.unchangedSince } : {}),
      },
      { headers: editor.headers, select: "table created updated unchanged", idempotencyKey: extra.idempotencyKey },
    );

  test("a status it changes names the caller in statusHistory.changedBy", async () => {
    expect((await importWith(withStatus("UNKNOWN"))).__typename).toBe("MutationImportDatasetSuccess");
    expect((await importWith(withStatus("NOT_APPLICABLE"))).__typename).toBe("MutationImportDatasetSuccess");
    const { commitment } = await data(
      graphql(`
        query ImportedCommitmentHistory {
          commitment(slug: "import-drills-request") {
            statusHistory {
              toStatus
              changedBy
            }
          }
        }
      `),
    );
    expect(commitment?.statusHistory.at(-1)).toEqual({ toStatus: "NOT_APPLICABLE", changedBy: editor.name });
  });

  test("with unchangedSince, a record someone modified since is a ConflictError naming it, and nothing is written", async () => {
    const readAt = new Date().toISOString();
    expect((await importWith(dataset())).__typename).toBe("MutationImportDatasetSuccess"); // the status back to OPEN
    const value = withStatus("FULFILLED");
    (value.people[0] as { name: string }).name = "Alpha Renamed";
    const before = await tableFingerprints();
    const refused = await importWith(value, { unchangedSince: readAt });
    expect(refused.__typename).toBe("ConflictError");
    expect(refused.field).toBe("unchangedSince");
    expect(refused.message).toMatch(
      /^1 record\(s\) the dataset would change were modified after unchangedSince \(commitments "import-drills-request"\)/,
    );
    expect(await tableFingerprints()).toEqual(before);
    const accepted = await importWith(value, { unchangedSince: new Date().toISOString() });
    expect(byTable(accepted.data).people).toEqual({ created: 0, updated: 1, unchanged: 1 });
  });

  test("an idempotency key makes a retry answer the first counts and write nothing", async () => {
    const key = `import-${Date.now()}`;
    const first = await importWith(withStatus("DECLINED"), { idempotencyKey: key });
    expect(byTable(first.data).commitments).toEqual({ created: 0, updated: 1, unchanged: 1 });
    const before = await tableFingerprints();
    const retried = await importWith(withStatus("DECLINED"), { idempotencyKey: key });
    expect(retried.data).toEqual(first.data);
    expect(await tableFingerprints()).toEqual(before);
    const reused = await importWith(withStatus("OPEN"), { idempotencyKey: key });
    expect(reused.__typename).toBe("ConflictError");
    expect(reused.field).toBe("idempotencyKey");
  });
});

describe("npm run import", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "accord-import-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("loading the same dataset from a file reports the records the mutation wrote as unchanged", {
    timeout: 120_000,
  }, async () => {
    const value = dataset();
    value.topics[0] = { slug: "import-joint-drills", name: "Joint drills" };
    expect((await importDataset(value)).__typename).toBe("MutationImportDatasetSuccess");
    writeFileSync(join(dir, SOURCE_FILE), SOURCE_TEXT);
    writeFileSync(join(dir, "dataset.json"), JSON.stringify(value));
    const before = await tableFingerprints();

    const load = spawnScript("seed/load.ts", [join(dir, "dataset.json")]);
    const { code } = await load.exited;
    const output = load.output();
    expect(code, output).toBe(0);
    // console.table rows: │ people │ 0 │ 0 │ 2 │ (created, updated, unchanged).
    expect(output).toMatch(/│ people\s+│ 0\s+│ 0\s+│ 2\s+│/);
    expect(output).toMatch(/│ commitments\s+│ 0\s+│ 0\s+│ 2\s+│/);
    expect(await tableFingerprints()).toEqual(before);
  });
});
