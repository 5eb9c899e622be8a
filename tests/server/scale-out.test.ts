// Settings for running several servers: rate-limit counters shared through Redis, and a
// persisted-operations allow-list. Each starts a real server with the setting.
import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, describe, expect, test } from "vitest";
import { type Server, startServer } from "../helpers/server.js";

const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
});

async function post(server: Server, body: unknown) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: unknown;
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    },
  };
}

const SEARCH = '{ search(query: "Kitazawa", first: 1) { totalCount } }';

// Needs a Redis server: CI sets TEST_REDIS_URL on its run against the machine's services.
describe.skipIf(!process.env.TEST_REDIS_URL)("rate limits shared through Redis", () => {
  test("two servers on one Redis share each caller's search budget", { timeout: 240_000 }, async () => {
    const env = {
      REDIS_URL: process.env.TEST_REDIS_URL,
      RATE_LIMIT_SEARCHES_PER_MINUTE: "3",
      DATABASE_URL: process.env.DATABASE_URL,
    };
    // Counters are per caller (here the loopback address) and live a minute: start from zero.
    const redis = new Redis(process.env.TEST_REDIS_URL as string);
    const stale = await redis.keys("accord:rate:searches:ip:*");
    if (stale.length) await redis.del(...stale);
    await redis.quit();
    const [first, second] = await Promise.all([
      startServer({ ...env, NODE_ENV: "production" }),
      startServer({ ...env, NODE_ENV: "production" }),
    ]);
    servers.push(first, second);
    const statuses: number[] = [];
    for (const server of [first, second, first, second, first])
      statuses.push((await post(server, { query: `${SEARCH} # ${randomUUID()}` })).status);
    // 3 searches a minute in all, whichever server answers: the 4th and 5th are refused.
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.slice(3)).toEqual([429, 429]);
  });
});

describe("persisted operations", () => {
  test("with PERSISTED_OPERATIONS_FILE only listed operations run, by hash", { timeout: 240_000 }, async () => {
    const query = "query Countries { countries { code } }";
    const hash = createHash("sha256").update(query).digest("hex");
    const file = join(mkdtempSync(join(tmpdir(), "accord-persisted-")), "operations.json");
    writeFileSync(file, JSON.stringify({ [hash]: query }));
    // With the response cache on, as deployed: the listed operation's cached answer must not
    // leak to the same document sent as text.
    const server = await startServer({
      PERSISTED_OPERATIONS_FILE: file,
      DATABASE_URL: process.env.DATABASE_URL,
      RESPONSE_CACHE_MB: "16",
    });
    servers.push(server);

    const listed = await post(server, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(listed.status).toBe(200);
    expect(listed.body.data).toEqual({ countries: expect.arrayContaining([{ code: "JP" }]) });

    expect((await post(server, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })).body).toEqual(
      listed.body,
    );
    const arbitrary = await post(server, { query });
    expect(arbitrary.body.data).toBeUndefined();
    expect(arbitrary.body.errors?.[0]?.message).toMatch(/persisted/i);

    const unknown = await post(server, { extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } });
    expect(unknown.body.errors?.[0]?.message).toMatch(/not ?found/i);
  });
});
