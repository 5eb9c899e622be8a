// Issue 14: a statement PostgreSQL cancels at DB_STATEMENT_TIMEOUT_MS (SQLSTATE 57014) is a coded
// QUERY_TIMEOUT naming the limit, not "Unexpected error.", on both read paths, and the server logs
// it with the request id. The statements are made to run long for real: another connection holds
// a lock on the table they read, on a server started with a short statement timeout.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "../../src/infra/db.js";
import { graphql } from "../generated/index.js";
import { post, type Server, startServer } from "../helpers/server.js";

const MEETING_SLUGS = graphql(`
  query TimeoutMeetingSlugs {
    meetings(first: 2) {
      edges {
        node {
          slug
        }
      }
    }
  }
`);
const NODE_IDS = graphql(`
  query TimeoutNodeIds($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
    }
  }
`);
const MEETING_COUNT = graphql(`
  query TimeoutMeetingCount {
    meetings(first: 2) {
      totalCount
    }
  }
`);

const LIMIT_MS = 400;
let server: Server;

beforeAll(async () => {
  server = await startServer({ DB_STATEMENT_TIMEOUT_MS: String(LIMIT_MS) });
});

afterAll(async () => {
  await server?.stop();
});

/** Runs `work` while another connection holds an exclusive lock on `table`. */
async function whileLocked<T>(table: string, work: () => Promise<T>): Promise<T> {
  const locker = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await locker.connect();
  try {
    await locker.query("BEGIN");
    await locker.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
    return await work();
  } finally {
    await locker.query("ROLLBACK");
    await locker.end();
  }
}

/** The server's log lines for a request id. */
function logLines(requestId: string): Array<{ level: number; msg: string; limitMs?: number }> {
  return server
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{") && line.includes(requestId))
    .map((line) => JSON.parse(line));
}

describe("a statement cancelled at the statement timeout", () => {
  test.each([
    ["the compiled read path", MEETING_SLUGS.toString(), {}],
    [
      "the resolvers (nodes is not compiled)",
      NODE_IDS.toString(),
      { ids: [Buffer.from("Meeting:00000000-0000-4000-8000-000000000000").toString("base64url")] },
    ],
  ])("through %s: QUERY_TIMEOUT naming the limit, logged with the request id", async (path, query, variables) => {
    const requestId = `timeout-${path.split(" ")[1]}`;
    const { status, body } = await whileLocked("meeting", () =>
      post(server.url, query, variables, { "x-request-id": requestId }),
    );
    expect(status).toBe(200);
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.message).toBe(
      `The query took longer than ${LIMIT_MS} ms (DB_STATEMENT_TIMEOUT_MS, the limit on one SQL statement) and was cancelled: narrow its filters or ask for smaller pages (first)`,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: "QUERY_TIMEOUT",
      retryable: false,
      limitMs: LIMIT_MS,
      requestId,
    });
    let logged = logLines(requestId);
    for (let wait = 0; wait < 20 && logged.length === 0; wait++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      logged = logLines(requestId);
    }
    expect(logged).toContainEqual(
      expect.objectContaining({
        level: 40,
        msg: "a statement ran past DB_STATEMENT_TIMEOUT_MS and was cancelled",
        limitMs: LIMIT_MS,
      }),
    );
  });

  test("once the lock is gone the same query answers", async () => {
    const { body } = await post(server.url, MEETING_COUNT.toString());
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ meetings: { totalCount: await db.meeting.count() } });
  });
});
