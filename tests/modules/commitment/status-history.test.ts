// updateCommitmentStatus appends to the commitment's statusHistory (the database writes the
// entry, so no change can skip it); history is append-only, and concurrent changes queue on the
// row so each entry records the status it replaced.
import { beforeAll, describe, expect, test } from "vitest";
import { graphql } from "../../generated/index.js";
import { data, type ResultOf } from "../../helpers/execute.js";
import {
  createDocument,
  createPerson,
  DOCUMENT_BODY,
  editorKey,
  expectValidation,
  mutate,
  sql,
  succeed,
  type TestKey,
  uniqueSlug,
  uuidOf,
} from "../../helpers/writes.js";

let editor: TestKey;
let document: string;
let maker: string;
beforeAll(async () => {
  editor = await editorKey("status-editor");
  document = await createDocument(editor.headers);
  maker = await createPerson(editor.headers, "Status maker");
});

const COMMITMENT_HISTORY = graphql(`
  query CommitmentStatusHistory($id: ID!) {
    commitment(id: $id) {
      status
      version
      statusHistory {
        fromStatus
        toStatus
        note
        changedBy
        changedAt
        citation {
          quote
          startOffset
        }
      }
    }
  }
`);
type Read = NonNullable<ResultOf<typeof COMMITMENT_HISTORY>["commitment"]>;
type Change = Read["statusHistory"][number];
/** The same selection, for the mutations' success data (mutations are built from the schema, see writes.ts). */
const HISTORY = "statusHistory { fromStatus toStatus note changedBy changedAt citation { quote startOffset } }";

async function newCommitment(status = "OPEN"): Promise<string> {
  const created = await succeed<{ id: string }>(
    "createCommitment",
    {
      slug: uniqueSlug("status"),
      kind: "REQUEST",
      statement: "Send engineers",
      status,
      makers: [maker],
      citation: { document, quote: "The Secretary-General asked Japan to send engineers to South Sudan." },
    },
    editor.headers,
  );
  return created.id;
}

async function read(id: string): Promise<Read> {
  const { commitment } = await data(COMMITMENT_HISTORY, { id });
  if (!commitment) throw new Error(`no commitment ${id}`);
  return commitment;
}

const chain = (history: Change[]) => history.map((change) => `${change.fromStatus ?? "∅"}→${change.toStatus}`);

describe("updateCommitmentStatus", () => {
  test("appends the change with the old and new status, the note, the key's name and the citation", async () => {
    const id = await newCommitment();
    const quote = "The Minister replied that Japan would study the request carefully.";
    const updated = await succeed<{ status: string; version: number; statusHistory: Change[] }>(
      "updateCommitmentStatus",
      {
        commitmentId: id,
        status: "DEFERRED",
        note: "Japan will study it",
        expectedVersion: 1,
        citation: { document, quote },
      },
      editor.headers,
      `status version ${HISTORY}`,
    );
    expect(updated.status).toBe("DEFERRED");
    expect(updated.version).toBe(2);
    expect(updated.statusHistory).toHaveLength(2);
    expect(updated.statusHistory[0]).toMatchObject({
      fromStatus: null,
      toStatus: "OPEN",
      changedBy: "status-editor",
      citation: null,
    });
    expect(updated.statusHistory[1]).toMatchObject({
      fromStatus: "OPEN",
      toStatus: "DEFERRED",
      note: "Japan will study it",
      changedBy: "status-editor",
      citation: { quote, startOffset: DOCUMENT_BODY.indexOf(quote) },
    });
    expect(Date.parse(updated.statusHistory[1]?.changedAt as string)).toBeGreaterThanOrEqual(
      Date.parse(updated.statusHistory[0]?.changedAt as string),
    );

    // A second change by another key appends again; the first entries are untouched.
    const other = await editorKey("second-status-editor");
    await succeed("updateCommitmentStatus", { commitmentId: id, status: "FULFILLED" }, other.headers);
    const after = await read(id);
    expect(after.statusHistory.slice(0, 2)).toEqual(updated.statusHistory);
    expect(after.statusHistory[2]).toMatchObject({
      fromStatus: "DEFERRED",
      toStatus: "FULFILLED",
      note: null,
      changedBy: "second-status-editor",
      citation: null,
    });
    expect(after).toMatchObject({ status: "FULFILLED", version: 3 });
  });

  test("a stale expectedVersion is a ConflictError and appends nothing", async () => {
    const id = await newCommitment();
    await succeed(
      "updateCommitmentStatus",
      { commitmentId: id, status: "DEFERRED", expectedVersion: 1 },
      editor.headers,
    );
    const result = await mutate(
      "updateCommitmentStatus",
      { commitmentId: id, status: "FULFILLED", expectedVersion: 1 },
      { headers: editor.headers },
    );
    expect(result).toMatchObject({ __typename: "ConflictError", field: "expectedVersion" });
    expect(result.message).toMatch(/version 2, not 1/);
    expect(chain((await read(id)).statusHistory)).toEqual(["∅→OPEN", "OPEN→DEFERRED"]);
  });

  test("the status it already has, and a citation that does not quote the document, are ValidationErrors that append nothing", async () => {
    const id = await newCommitment();
    expect(
      expectValidation(
        await mutate("updateCommitmentStatus", { commitmentId: id, status: "OPEN" }, { headers: editor.headers }),
      ),
    ).toEqual([{ path: ["input", "status"], message: "the commitment is already OPEN" }]);
    const badCitation = await mutate(
      "updateCommitmentStatus",
      { commitmentId: id, status: "FULFILLED", citation: { document, quote: "Japan sent them." } },
      { headers: editor.headers },
    );
    expect(expectValidation(badCitation).map((issue) => issue.path)).toEqual([["input", "citation", "quote"]]);
    expect(chain((await read(id)).statusHistory)).toEqual(["∅→OPEN"]);
  });
});

describe("the history is append-only", () => {
  test("a direct SQL UPDATE of a history entry is refused by the database", async () => {
    const id = await newCommitment();
    await succeed(
      "updateCommitmentStatus",
      { commitmentId: id, status: "DECLINED", note: "original note" },
      editor.headers,
    );
    await expect(
      sql("UPDATE commitment_status_change SET note = 'rewritten', to_status = 'FULFILLED' WHERE commitment_id = $1", [
        uuidOf(id),
      ]),
    ).rejects.toThrow(/append-only/);
    const history = (await read(id)).statusHistory;
    expect(history[1]).toMatchObject({ toStatus: "DECLINED", note: "original note" });
  });

  test("a direct SQL DELETE of a history entry is refused while its commitment exists", async () => {
    const id = await newCommitment();
    await succeed(
      "updateCommitmentStatus",
      { commitmentId: id, status: "DEFERRED", note: "to be erased?" },
      editor.headers,
    );
    const erased = await sql(
      "DELETE FROM commitment_status_change WHERE commitment_id = $1 AND note = 'to be erased?'",
      [uuidOf(id)],
    ).then(
      () => "deleted",
      (error: Error) => error.message,
    );
    expect(chain((await read(id)).statusHistory)).toEqual(["∅→OPEN", "OPEN→DEFERRED"]);
    expect(erased).toMatch(/append-only/);
  });

  test("deleting the commitment itself still removes its history with it", async () => {
    const id = await newCommitment();
    await succeed("updateCommitmentStatus", { commitmentId: id, status: "DEFERRED" }, editor.headers);
    expect(await succeed<{ id: string }>("deleteCommitment", { id }, editor.headers)).toEqual({ id });
    expect(await sql("SELECT 1 FROM commitment_status_change WHERE commitment_id = $1", [uuidOf(id)])).toHaveLength(0);
  });

  test("changing the status outside the API (plain SQL) is still recorded", async () => {
    const id = await newCommitment();
    await sql("UPDATE commitment SET status = 'UNKNOWN' WHERE id = $1", [uuidOf(id)]);
    expect(chain((await read(id)).statusHistory)).toEqual(["∅→OPEN", "OPEN→UNKNOWN"]);
  });
});

describe("concurrent status changes", () => {
  test("10 concurrent alternating changes leave a history that chains exactly, one entry per successful change", async () => {
    const id = await newCommitment("OPEN");
    const initial = (await read(id)).statusHistory.length;
    const statuses = Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? "FULFILLED" : "OPEN"));
    const results = await Promise.all(
      statuses.map((status, i) =>
        mutate(
          "updateCommitmentStatus",
          { commitmentId: id, status, note: `change ${i}` },
          { headers: editor.headers },
        ),
      ),
    );

    // Each change either applied or was refused as a no-op (already in that status); none failed otherwise.
    for (const result of results) {
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      expect(["MutationUpdateCommitmentStatusSuccess", "ValidationError"]).toContain(result.__typename);
      if (result.__typename === "ValidationError") expect(result.issues?.[0]?.message).toMatch(/already/);
    }
    const succeeded = results.filter((result) => result.__typename === "MutationUpdateCommitmentStatusSuccess").length;
    expect(succeeded).toBeGreaterThanOrEqual(1);

    const after = await read(id);
    expect(after.statusHistory).toHaveLength(initial + succeeded);
    expect(after.version).toBe(1 + succeeded);
    // Read oldest first, every entry starts from the status the previous one ended in.
    const history = after.statusHistory;
    for (let i = 1; i < history.length; i++) {
      expect(history[i]?.fromStatus, `entry ${i}: ${chain(history).join(", ")}`).toBe(history[i - 1]?.toStatus);
    }
    expect(history.at(-1)?.toStatus).toBe(after.status);
    // The database agrees when ordered by the time each change was made.
    const rows = await sql<{ from_status: string | null; to_status: string }>(
      "SELECT from_status::text, to_status::text FROM commitment_status_change WHERE commitment_id = $1 ORDER BY changed_at, id",
      [uuidOf(id)],
    );
    expect(rows.map((row) => `${row.from_status ?? "∅"}→${row.to_status}`)).toEqual(chain(history));
  });

  test("with expectedVersion, exactly one of 10 concurrent changes from the same version wins; the others are ConflictErrors", async () => {
    const id = await newCommitment("OPEN");
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        mutate(
          "updateCommitmentStatus",
          { commitmentId: id, status: i % 2 ? "DECLINED" : "FULFILLED", expectedVersion: 1 },
          { headers: editor.headers },
        ),
      ),
    );
    const typenames = results.map((result) => result.__typename).sort();
    expect(typenames.filter((name) => name === "MutationUpdateCommitmentStatusSuccess")).toHaveLength(1);
    expect(typenames.filter((name) => name === "ConflictError")).toHaveLength(9);
    const after = await read(id);
    expect(after.version).toBe(2);
    expect(chain(after.statusHistory)).toEqual(["∅→OPEN", `OPEN→${after.status}`]);
  });
});
