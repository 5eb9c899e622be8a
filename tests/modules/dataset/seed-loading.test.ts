// The dataset loader against a real database: a second load of the seed writes nothing, a bad
// dataset is rejected as a whole with problems that name the record and field, and the
// database itself refuses a citation that does not quote its document.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { Prisma } from "../../../src/generated/prisma/client.js";
import { db } from "../../../src/infra/db.js";
import { loadDatasetFile, SEED_DATASET } from "../../../src/modules/dataset/dataset.files.js";
import type { DatasetInput } from "../../../src/modules/dataset/dataset.format.js";
import { DatasetError, type DatasetProblem } from "../../../src/modules/dataset/dataset.service.js";

interface TableState {
  rows: number;
  maxUpdatedAt: Date | null;
  /** md5 of every row's full text: any insert, update or delete changes it. */
  digest: string;
}

/** Row count, max(updated_at) (where the table has one) and a content digest of every table. */
async function databaseState(): Promise<Record<string, TableState>> {
  const tables = await db.$queryRaw<{ name: string; hasUpdatedAt: boolean }[]>`
    SELECT t.table_name AS name,
           EXISTS (SELECT 1 FROM information_schema.columns c
                   WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.column_name = 'updated_at') AS "hasUpdatedAt"
    FROM information_schema.tables t
    WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND t.table_name <> '_prisma_migrations'
    ORDER BY t.table_name`;
  const state: Record<string, TableState> = {};
  for (const { name, hasUpdatedAt } of tables) {
    const [row] = await db.$queryRaw<TableState[]>`
      SELECT count(*)::int AS rows, ${Prisma.raw(hasUpdatedAt ? "max(t.updated_at)" : "NULL::timestamptz")} AS "maxUpdatedAt",
             md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest
      FROM ${Prisma.raw(`"${name}"`)} t`;
    state[name] = row as TableState;
  }
  return state;
}

const tempDir = mkdtempSync(join(tmpdir(), "accord-dataset-"));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));
let fileCount = 0;

/** Writes a dataset file under the OS temp dir and loads it. */
function loadDataset(dataset: DatasetInput) {
  const file = join(tempDir, `dataset-${++fileCount}.json`);
  writeFileSync(file, JSON.stringify(dataset, null, 2));
  return loadDatasetFile(db, file);
}

/** Loads a dataset that must be rejected and returns the problems it was rejected for. */
async function problemsOf(dataset: DatasetInput): Promise<DatasetProblem[]> {
  const error = await loadDataset(dataset).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DatasetError);
  return (error as DatasetError).problems;
}

// Documents are referenced by slug without being defined: the loader resolves them (and
// reads their bodies) from the seeded database.
const KITAZAWA_DOC = "mod-2011-kitazawa-ban-meeting";
const OPENING_SENTENCE =
  "On August 9, United Nations Secretary-General Ban Ki-moon, who was on a visit to Japan, met with then Defense Minister Kitazawa.";
const citeOpening = { document: KITAZAWA_DOC, quote: OPENING_SENTENCE };

type CommitmentInput = NonNullable<DatasetInput["commitments"]>[number];
/** A response by `maker` to the commitment `respondsTo`, citing the opening sentence. */
const response = (slug: string, respondsTo: string, maker: string): CommitmentInput => ({
  slug,
  kind: "RESPONSE",
  statement: `Response ${slug}.`,
  status: "NOT_APPLICABLE",
  respondsTo,
  makers: [{ person: maker }],
  cite: citeOpening,
});

describe("reloading the seed", () => {
  test("reports every table unchanged and writes nothing", async () => {
    const before = await databaseState();
    expect(Object.fromEntries(Object.entries(before).map(([table, s]) => [table, s.rows]))).toMatchObject({
      country: 5,
      topic: 8,
      source_document: 2,
      citation: 21,
      organization: 15,
      person: 9,
      position: 9,
      meeting: 6,
      participation: 10,
      commitment: 16,
      commitment_party: 54,
    });

    const summary = await loadDatasetFile(db, SEED_DATASET);

    for (const [table, counts] of Object.entries(summary))
      expect(counts, table).toMatchObject({ created: 0, updated: 0 });
    expect(summary).toMatchObject({
      countries: { created: 0, updated: 0, unchanged: 5 },
      topics: { created: 0, updated: 0, unchanged: 8 },
      documents: { created: 0, updated: 0, unchanged: 2 },
      citations: { created: 0, updated: 0, unchanged: 21 },
      organizations: { created: 0, updated: 0, unchanged: 15 },
      people: { created: 0, updated: 0, unchanged: 9 },
      positions: { created: 0, updated: 0, unchanged: 9 },
      meetings: { created: 0, updated: 0, unchanged: 6 },
      participations: { created: 0, updated: 0, unchanged: 10 },
      commitments: { created: 0, updated: 0, unchanged: 16 },
      commitmentParties: { created: 0, updated: 0, unchanged: 54 },
    });
    expect(await databaseState()).toEqual(before);
  });
});

describe("a rejected dataset changes nothing", () => {
  test("a quote missing from its document fails the whole load, naming the record path and the quote", async () => {
    const before = await databaseState();
    const problems = await problemsOf({
      people: [{ slug: "guterres", name: "Guterres", fullName: "António Guterres" }],
      commitments: [
        {
          slug: "guterres-asks-for-engineers",
          kind: "REQUEST",
          statement: "Guterres asked for engineering units.",
          status: "OPEN",
          meeting: "kitazawa-ban-2011-08-09",
          makers: [{ person: "guterres" }],
          cite: { document: KITAZAWA_DOC, quote: "Guterres asked Kitazawa for engineering units." },
        },
      ],
    });

    expect(problems).toEqual([
      {
        path: 'commitments[0] "guterres-asks-for-engineers".cite.quote',
        message: `quote "Guterres asked Kitazawa for engineering units." does not occur verbatim in document "${KITAZAWA_DOC}"`,
      },
    ]);
    expect(await db.person.findUnique({ where: { slug: "guterres" } })).toBeNull();
    expect(await databaseState()).toEqual(before);
  });

  test("a failure after records were written rolls all of them back", async () => {
    // The new person is written before the commitments, whose respondsTo cycle is found only
    // when they are ordered for writing.
    const before = await databaseState();
    await expect(
      loadDataset({
        people: [{ slug: "cycle-person", name: "Cycle" }],
        commitments: [
          response("answer-a", "answer-b", "cycle-person"),
          response("answer-b", "answer-a", "cycle-person"),
        ],
      }),
    ).rejects.toThrow(DatasetError);

    expect(await db.person.findUnique({ where: { slug: "cycle-person" } })).toBeNull();
    expect(await databaseState()).toEqual(before);
  });

  test("a respondsTo cycle is reported at the record's respondsTo field", async () => {
    const problems = await problemsOf({
      commitments: [response("answer-a", "answer-b", "kitazawa"), response("answer-b", "answer-a", "kitazawa")],
    });

    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain("answer-a -> answer-b -> answer-a");
    expect(problems[0]?.path).toBe('commitments[0] "answer-a".respondsTo');
  });

  test("a position that ends before it starts is a DatasetError naming the position, and nothing is written", async () => {
    const before = await databaseState();
    const problems = await problemsOf({
      people: [{ slug: "short-tenure", name: "Short" }],
      positions: [
        {
          slug: "short-tenure-envoy",
          person: "short-tenure",
          organization: "united-nations",
          title: "Envoy",
          current: false,
          start: { value: "2012" },
          end: { value: "2010" },
          cite: citeOpening,
        },
      ],
    });

    expect(problems.map((p) => p.path).join("\n")).toMatch(/^positions\[0\] "short-tenure-envoy"\.(start|end)/m);
    expect(await db.person.findUnique({ where: { slug: "short-tenure" } })).toBeNull();
    expect(await databaseState()).toEqual(before);
  });
});

describe("schema errors name the record and the field", () => {
  const meeting = {
    slug: "bad-date-meeting",
    title: "A meeting",
    kind: "OTHER",
    status: "HELD",
    cite: citeOpening,
  } as const;

  test("a month 13 is reported at the meeting's date.value", async () => {
    const problems = await problemsOf({ meetings: [{ ...meeting, date: { value: "2011-13-01" } }] });
    expect(problems).toEqual([
      { path: 'meetings[0] "bad-date-meeting".date.value', message: "must be YYYY, YYYY-MM or YYYY-MM-DD" },
    ]);
  });

  test("a day that does not exist (February 30) is reported at date.value, not stored as no date", async () => {
    const result = await loadDataset({ meetings: [{ ...meeting, date: { value: "2011-02-30" } }] }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    const stored = await db.meeting.findUnique({
      where: { slug: "bad-date-meeting" },
      select: { date: true, datePrecision: true },
    });

    expect(stored).toBeNull();
    expect(result).toBeInstanceOf(DatasetError);
    expect((result as DatasetError).problems.map((p) => p.path)).toEqual(['meetings[0] "bad-date-meeting".date.value']);
  });

  test("every problem is reported at once, not just the first", async () => {
    const problems = await problemsOf({
      people: [{ slug: "Not A Slug", name: "" }],
      meetings: [{ ...meeting, date: { value: "2011-08-09", basis: "INFERRED" } }],
    } as unknown as DatasetInput);

    expect(problems).toEqual(
      expect.arrayContaining([
        {
          path: 'people[0] "Not A Slug".slug',
          message: "must be lower-case words joined by hyphens, e.g. japan-ministry-of-defense",
        },
        { path: 'people[0] "Not A Slug".name', message: expect.stringMatching(/at least 1 character/) },
        {
          path: 'meetings[0] "bad-date-meeting".date.note',
          message: "an INFERRED date needs a note saying how it was inferred",
        },
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  test("an unknown field is rejected on its record", async () => {
    const problems = await problemsOf({ meetings: [{ ...meeting, venue: "Tokyo" }] } as unknown as DatasetInput);
    expect(problems).toEqual([{ path: 'meetings[0] "bad-date-meeting"', message: expect.stringContaining("'venue'") }]);
  });
});

describe("references to unknown slugs", () => {
  test("are each reported with their path, and nothing is written", async () => {
    const before = await databaseState();
    const problems = await problemsOf({
      commitments: [
        {
          slug: "orphan-commitment",
          kind: "PLEDGE",
          statement: "Pledged to nobody in particular.",
          status: "OPEN",
          meeting: "no-such-meeting",
          topic: "no-such-topic",
          makers: [{ person: "kitazawa" }, { person: "nobody" }, { country: "zz" }],
          addressees: [{ organization: "no-such-organization" }],
          cite: { document: "no-such-document", quote: "anything" },
        },
      ],
    });

    const at = 'commitments[0] "orphan-commitment"';
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          path: `${at}.meeting`,
          message: `unknown meeting "no-such-meeting": define it in the dataset's meetings or load it first`,
        },
        {
          path: `${at}.topic`,
          message: `unknown topic "no-such-topic": define it in the dataset's topics or load it first`,
        },
        {
          path: `${at}.makers[1].person`,
          message: `unknown person "nobody": define it in the dataset's people or load it first`,
        },
        {
          path: `${at}.makers[2].country`,
          message: `unknown country "zz": define it in the dataset's countries or load it first`,
        },
        {
          path: `${at}.addressees[0].organization`,
          message: `unknown organization "no-such-organization": define it in the dataset's organizations or load it first`,
        },
        {
          path: `${at}.cite.document`,
          message: `unknown document "no-such-document": define it in the dataset's documents or load it first`,
        },
      ]),
    );
    expect(problems).toHaveLength(6);
    expect(await databaseState()).toEqual(before);
  });

  test("stored records are accepted as references", async () => {
    const summary = await loadDataset({
      commitments: [
        {
          slug: "kitazawa-welcomes-ban",
          kind: "EXPRESSION",
          statement: "Kitazawa welcomed Ban.",
          status: "NOT_APPLICABLE",
          meeting: "kitazawa-ban-2011-08-09",
          makers: [{ person: "kitazawa" }],
          addressees: [{ person: "ban-ki-moon" }],
          cite: citeOpening,
        },
      ],
    });

    expect(summary.commitments).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(summary.citations).toEqual({ created: 0, updated: 0, unchanged: 1 });
    const stored = await db.commitment.findUniqueOrThrow({
      where: { slug: "kitazawa-welcomes-ban" },
      select: { meeting: { select: { slug: true } }, citation: { select: { quote: true } } },
    });
    expect(stored).toEqual({ meeting: { slug: "kitazawa-ban-2011-08-09" }, citation: { quote: OPENING_SENTENCE } });
  });
});

describe("the database guards citations", () => {
  async function kitazawaDocument() {
    const [document] = await db.$queryRaw<
      { id: string; body: string }[]
    >`SELECT id, body FROM source_document WHERE slug = ${KITAZAWA_DOC}`;
    if (!document) throw new Error("seed document missing");
    return document;
  }

  test("rejects a quote that does not match the document at its offsets", async () => {
    const { id } = await kitazawaDocument();
    await expect(
      db.$executeRaw`INSERT INTO citation (id, document_id, start_offset, end_offset, quote) VALUES (gen_random_uuid(), ${id}::uuid, 0, 5, 'Hello')`,
    ).rejects.toThrow(/citation quote does not occur in document .* at offsets \[0, 5\)/);
  });

  test("rejects the right text at the wrong offsets", async () => {
    const { id } = await kitazawaDocument();
    // The body starts with "Meeting between ..."; one code point later it no longer matches.
    await expect(
      db.$executeRaw`INSERT INTO citation (id, document_id, start_offset, end_offset, quote) VALUES (gen_random_uuid(), ${id}::uuid, 1, 8, 'Meeting')`,
    ).rejects.toThrow(/does not occur/);
  });

  test("accepts the same text at its true offsets", async () => {
    const { id, body } = await kitazawaDocument();
    expect(Array.from(body).slice(0, 7).join("")).toBe("Meeting");
    const inserted =
      await db.$executeRaw`INSERT INTO citation (id, document_id, start_offset, end_offset, quote) VALUES (gen_random_uuid(), ${id}::uuid, 0, 7, 'Meeting')`;
    expect(inserted).toBe(1);
    await db.$executeRaw`DELETE FROM citation WHERE document_id = ${id}::uuid AND start_offset = 0 AND end_offset = 7`;
  });
});

describe("a changed record", () => {
  test("is updated in place with a new version, and only it", async () => {
    const before = await databaseState();
    const summary = await loadDataset({
      countries: [{ slug: "jp", name: "Japan" }],
      people: [{ slug: "kan", name: "Kan", fullName: "Naoto Kan", country: "jp" }],
    });

    expect(summary.people).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(summary.countries).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(
      await db.person.findUniqueOrThrow({ where: { slug: "kan" }, select: { fullName: true, version: true } }),
    ).toEqual({
      fullName: "Naoto Kan",
      version: 2,
    });
    const after = await databaseState();
    expect(after.person?.rows).toBe(before.person?.rows);
    expect(after.person?.digest).not.toBe(before.person?.digest);
    expect(after.person?.maxUpdatedAt?.getTime()).toBeGreaterThan(before.person?.maxUpdatedAt?.getTime() ?? 0);
    expect({ ...after, person: undefined }).toEqual({ ...before, person: undefined });
  });
});
