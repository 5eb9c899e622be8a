// Issue 14 item 6: a mutation answers with what its own transaction wrote, read inside that
// transaction; a replayed key whose record is gone says so; a connection lost while committing
// is reported as an unknown outcome, apart from a write that certainly failed.
import { beforeAll, describe, expect, test } from "vitest";
import { pool } from "../../src/infra/db.js";
import { executeText as execute } from "../helpers/execute.js";
import {
  createDocument,
  createPerson,
  editorKey,
  mutate,
  sql,
  succeed,
  type TestKey,
  uniqueSlug,
} from "../helpers/writes.js";

let editor: TestKey;
let document: string;
let maker: string;
beforeAll(async () => {
  editor = await editorKey("hostile-writes-editor");
  document = await createDocument(editor.headers);
  maker = await createPerson(editor.headers, "Hostile maker");
});

const STATUSES = ["DECLINED", "DEFERRED", "FULFILLED", "NOT_APPLICABLE", "UNKNOWN"] as const;

async function newCommitment(): Promise<string> {
  const input = {
    slug: uniqueSlug("hostile"),
    kind: "REQUEST",
    statement: "Send engineers",
    status: "OPEN",
    makers: [maker],
    citation: { document, quote: "The Secretary-General asked Japan to send engineers to South Sudan." },
  };
  return (await succeed<{ id: string }>("createCommitment", input, editor.headers)).id;
}

describe("answers come from the writing transaction", () => {
  test("20 concurrent status changes each answer with their own status and version", async () => {
    const commitmentId = await newCommitment();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        mutate<{ status: string; version: number }>(
          "updateCommitmentStatus",
          { commitmentId, status: STATUSES[i % STATUSES.length], note: `change ${i}` },
          { headers: editor.headers, select: "status version" },
        ).then((result) => ({ asked: STATUSES[i % STATUSES.length], result })),
      ),
    );
    const succeeded = results.filter(({ result }) => result.__typename.endsWith("Success"));
    // Changes queue on the row; one that finds its status already set is refused, the rest apply.
    expect(succeeded.length).toBeGreaterThan(1);
    for (const { asked, result } of results.filter(({ result }) => !result.__typename.endsWith("Success"))) {
      expect(result.__typename).toBe("ValidationError");
      expect(result.issues?.[0]?.message).toBe(`the commitment is already ${asked}`);
    }
    for (const { asked, result } of succeeded) expect(result.data?.status).toBe(asked);
    // Each success holds the version its own change made: all distinct, 2 up to 1 + successes.
    const versions = succeeded.map(({ result }) => result.data?.version as number).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: succeeded.length }, (_, i) => i + 2));
    const [row] = await sql<{ version: number }>(
      "SELECT version FROM commitment WHERE slug IS NOT NULL AND version = $1",
      [versions.at(-1)],
    );
    expect(row?.version).toBe(versions.at(-1));
  });
});

describe("idempotency keys", () => {
  test("replaying a key whose record was deleted is a ConflictError on idempotencyKey, not an unexpected error", async () => {
    const key = `create-then-delete-${uniqueSlug("k")}`;
    const input = { slug: uniqueSlug("replayed"), name: "Replayed" };
    const first = await mutate<{ id: string }>("createPerson", input, {
      headers: editor.headers,
      select: "id",
      idempotencyKey: key,
    });
    expect(first.__typename).toBe("MutationCreatePersonSuccess");
    await succeed("deletePerson", { id: first.data?.id }, editor.headers, "id");

    const replayed = await mutate("createPerson", input, {
      headers: editor.headers,
      select: "id",
      idempotencyKey: key,
    });
    expect(replayed.errors).toBeUndefined();
    expect(replayed.__typename).toBe("ConflictError");
    expect(replayed.field).toBe("idempotencyKey");
    expect(replayed.message).toMatch(/createPerson succeeded then, but what it wrote has since been deleted/);
  });
});

describe("a connection lost while committing", () => {
  test("is a CommitOutcomeUnknownError saying whether a retry is safe; the retry with the key then writes once", async () => {
    // A deferred trigger runs inside COMMIT; ending its own backend there is a connection lost mid-commit.
    await sql(`CREATE FUNCTION lose_connection_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.name = 'lost at commit' THEN
          PERFORM pg_terminate_backend(pg_backend_pid());
        END IF;
        RETURN NULL;
      END $$`);
    await sql(
      "CREATE CONSTRAINT TRIGGER lose_connection_at_commit AFTER INSERT ON person DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lose_connection_at_commit()",
    );
    const slug = uniqueSlug("lost");
    const create = (input: object, idempotencyKey?: string) =>
      execute<{ result: { __typename: string; message?: string; retrySafe?: boolean } }>(
        `mutation($input: CreatePersonInput!, $key: String) {
          result: createPerson(input: $input, idempotencyKey: $key) { __typename ... on Error { message } ... on CommitOutcomeUnknownError { retrySafe } }
        }`,
        { input, key: idempotencyKey },
        editor.headers,
      );
    const withKey = await create({ slug, name: "lost at commit" }, `lost-${slug}`);
    expect(withKey.errors, JSON.stringify(withKey.errors)).toBeUndefined();
    expect(withKey.data?.result).toMatchObject({ __typename: "CommitOutcomeUnknownError", retrySafe: true });
    expect(withKey.data?.result.message).toMatch(
      /whether the write was stored is unknown; retry with the same idempotencyKey/,
    );

    // The broken connection went back to the pool instead of holding a slot for good.
    await expect.poll(() => pool.totalCount - pool.idleCount).toBe(0);

    const withoutKey = await create({ slug: uniqueSlug("lost"), name: "lost at commit" });
    expect(withoutKey.data?.result).toMatchObject({ __typename: "CommitOutcomeUnknownError", retrySafe: false });
    expect(withoutKey.data?.result.message).toMatch(/read the record to find out before writing again/);

    // The lost commit rolled back here, so the retry with the key writes the person, once.
    await sql("DROP TRIGGER lose_connection_at_commit ON person");
    const retried = await mutate<{ slug: string }>(
      "createPerson",
      { slug, name: "lost at commit" },
      { headers: editor.headers, select: "slug", idempotencyKey: `lost-${slug}` },
    );
    expect(retried.data?.slug).toBe(slug);
    expect(await sql("SELECT 1 FROM person WHERE slug = $1", [slug])).toHaveLength(1);
  });

  test("a write the database certainly refused at commit is not reported as unknown", async () => {
    await sql(`CREATE FUNCTION refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.name = 'refused at commit' THEN RAISE EXCEPTION 'refused at commit'; END IF; RETURN NULL; END $$`);
    await sql(
      "CREATE CONSTRAINT TRIGGER refuse_at_commit AFTER INSERT ON person DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_at_commit()",
    );
    const result = await mutate<never>(
      "createPerson",
      { slug: uniqueSlug("refused"), name: "refused at commit" },
      { headers: editor.headers, select: null },
    );
    expect(result.__typename).toBe("(request failed)");
    expect(result.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    // Its connection went back to the pool (Prisma kept it after a failed COMMIT).
    await expect.poll(() => pool.totalCount - pool.idleCount).toBe(0);
    await sql("DROP TRIGGER refuse_at_commit ON person");
  });
});
