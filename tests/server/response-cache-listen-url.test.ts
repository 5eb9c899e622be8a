// DATABASE_LISTEN_URL: the response cache follows changes on that connection, not on
// DATABASE_URL's (a transaction-mode pooler cannot LISTEN). Pointed at a port where nothing
// listens, the cache must stay off: it cannot know when data changes.
import { expect, test } from "vitest";

process.env.RESPONSE_CACHE_MB = "16";
process.env.DATABASE_LISTEN_URL = "postgresql://postgres@127.0.0.1:1/nowhere";
const { dataChanges } = await import("../../src/infra/db.js");
const { executeText: execute } = await import("../helpers/execute.js");

test("with DATABASE_LISTEN_URL unreachable, nothing is served from the cache", async () => {
  const query = "{ people(first: 3) { edges { node { slug } } } }";
  const first = await execute(query);
  expect(first.errors).toBeUndefined();
  // Give the listener time to try (and fail) to connect, and to try again.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect(dataChanges.following).toBe(false);
  const second = await execute(query);
  expect(second.data).toEqual(first.data);
  expect(second.sql).toBeGreaterThan(0);
});
