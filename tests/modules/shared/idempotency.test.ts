// Idempotency keys: a retry with the same key returns the first result and writes nothing again,
// even when the retries race; the same key with another input is a conflict; keys are per caller.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { editorKey, mutate, rowCounts, sql, succeed, type TestKey, uniqueSlug, uuidOf } from "../../helpers/writes.js";

let editor: TestKey;
beforeAll(async () => {
  editor = await editorKey("idempotency-editor");
});

const key = () => `retry-${randomUUID()}`;

async function peopleWithSlug(slug: string): Promise<number> {
  const [row] = await sql<{ n: number }>("SELECT count(*)::int AS n FROM person WHERE slug = $1", [slug]);
  return row?.n ?? 0;
}

describe("idempotencyKey", () => {
  test("a retry with the same key returns the same id and writes one row", async () => {
    const idempotencyKey = key();
    const input = { slug: uniqueSlug("retried"), name: "Retried" };
    const first = await mutate<{ id: string; version: number }>("createPerson", input, {
      headers: editor.headers,
      idempotencyKey,
      select: "id version",
    });
    expect(first.__typename).toBe("MutationCreatePersonSuccess");
    const before = await rowCounts();

    const retry = await mutate<{ id: string; version: number }>("createPerson", input, {
      headers: editor.headers,
      idempotencyKey,
      select: "id version",
    });
    expect(retry).toMatchObject({ __typename: "MutationCreatePersonSuccess", data: first.data });
    expect(await rowCounts()).toEqual(before);
    expect(await peopleWithSlug(input.slug)).toBe(1);
    const [record] = await sql<{ operation: string; result: { id: string } }>(
      "SELECT operation, result FROM idempotency_record WHERE caller_id = $1 AND key = $2",
      [editor.id, idempotencyKey],
    );
    expect(record).toEqual({ operation: "createPerson", result: { id: uuidOf(first.data?.id as string) } });
  });

  test("without a key, the same input is a second write (a conflict on the slug here)", async () => {
    const input = { slug: uniqueSlug("unkeyed"), name: "Unkeyed" };
    await succeed("createPerson", input, editor.headers);
    expect(await mutate("createPerson", input, { headers: editor.headers })).toMatchObject({
      __typename: "ConflictError",
      field: "slug",
    });
  });

  test("10 concurrent requests with the same key all succeed with the same id and write exactly one row", async () => {
    const idempotencyKey = key();
    const input = { slug: uniqueSlug("raced"), name: "Raced" };
    const before = await rowCounts();
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        mutate<{ id: string }>("createPerson", input, { headers: editor.headers, idempotencyKey, select: "id" }),
      ),
    );
    for (const result of results) {
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      expect(result.__typename, JSON.stringify(result)).toBe("MutationCreatePersonSuccess");
    }
    expect(new Set(results.map((result) => result.data?.id)).size).toBe(1);
    expect(await peopleWithSlug(input.slug)).toBe(1);
    const after = await rowCounts();
    expect(after.person).toBe((before.person ?? 0) + 1);
    expect(after.idempotency_record).toBe((before.idempotency_record ?? 0) + 1);
  });

  test("a concurrent retry of an update applies it once: the version goes up by one", async () => {
    const person = await succeed<{ id: string }>(
      "createPerson",
      { slug: uniqueSlug("updated-once"), name: "Before" },
      editor.headers,
    );
    const idempotencyKey = key();
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        mutate<{ version: number; name: string }>(
          "updatePerson",
          { id: person.id, expectedVersion: 1, name: "After" },
          { headers: editor.headers, idempotencyKey, select: "version name" },
        ),
      ),
    );
    // Every retry gets the success; none sees its own write as a stale version.
    expect(results.map((result) => result.__typename)).toEqual(Array(10).fill("MutationUpdatePersonSuccess"));
    const [row] = await sql<{ version: number; name: string }>("SELECT version, name FROM person WHERE id = $1", [
      uuidOf(person.id),
    ]);
    expect(row).toEqual({ version: 2, name: "After" });
  });

  test("the same key with a different input is a ConflictError on idempotencyKey; so is the same key for another mutation", async () => {
    const idempotencyKey = key();
    const input = { slug: uniqueSlug("original"), name: "Original" };
    await mutate("createPerson", input, { headers: editor.headers, idempotencyKey });
    const before = await rowCounts();

    const changed = await mutate(
      "createPerson",
      { ...input, name: "Changed" },
      { headers: editor.headers, idempotencyKey },
    );
    expect(changed).toMatchObject({ __typename: "ConflictError", field: "idempotencyKey" });
    expect(changed.message).toMatch(/different input/);

    const otherOperation = await mutate(
      "createOrganization",
      { slug: uniqueSlug("org"), name: "Org", kind: "OTHER" },
      { headers: editor.headers, idempotencyKey },
    );
    expect(otherOperation).toMatchObject({ __typename: "ConflictError", field: "idempotencyKey" });
    expect(otherOperation.message).toMatch(/different operation \(createPerson\)/);
    expect(await rowCounts()).toEqual(before);
  });

  test("keys are per caller: another API key's identical key and input is an independent write", async () => {
    const other = await editorKey("idempotency-other");
    const idempotencyKey = key();
    const mine = await mutate<{ id: string }>(
      "createPerson",
      { slug: uniqueSlug("mine"), name: "Mine" },
      { headers: editor.headers, idempotencyKey, select: "id" },
    );
    const theirs = await mutate<{ id: string }>(
      "createPerson",
      { slug: uniqueSlug("theirs"), name: "Theirs" },
      { headers: other.headers, idempotencyKey, select: "id" },
    );
    expect(mine.__typename).toBe("MutationCreatePersonSuccess");
    expect(theirs.__typename).toBe("MutationCreatePersonSuccess");
    expect(theirs.data?.id).not.toBe(mine.data?.id);

    // The same input under both keys: each caller gets its own result (the second a slug conflict, not a replay of the first's).
    const shared = { slug: uniqueSlug("shared"), name: "Shared" };
    const sharedKey = key();
    expect(
      (await mutate("createPerson", shared, { headers: editor.headers, idempotencyKey: sharedKey })).__typename,
    ).toBe("MutationCreatePersonSuccess");
    expect(await mutate("createPerson", shared, { headers: other.headers, idempotencyKey: sharedKey })).toMatchObject({
      __typename: "ConflictError",
      field: "slug",
    });
    const records = await sql<{ caller_id: string }>("SELECT caller_id::text FROM idempotency_record WHERE key = $1", [
      idempotencyKey,
    ]);
    expect(records.map((record) => record.caller_id).sort()).toEqual([editor.id, other.id].sort());
  });

  test("a failed write does not use up its key: after fixing the cause, the same key and input succeed", async () => {
    const idempotencyKey = key();
    const input = { slug: uniqueSlug("later"), name: "Later", country: "VN" };
    expect((await mutate("createPerson", input, { headers: editor.headers, idempotencyKey })).__typename).toBe(
      "ValidationError",
    );
    expect(
      await sql("SELECT 1 FROM idempotency_record WHERE caller_id = $1 AND key = $2", [editor.id, idempotencyKey]),
    ).toHaveLength(0);
    await sql("INSERT INTO country (id, slug, name) VALUES (gen_random_uuid(), 'vn', 'Viet Nam')");
    expect((await mutate("createPerson", input, { headers: editor.headers, idempotencyKey })).__typename).toBe(
      "MutationCreatePersonSuccess",
    );
  });
});
