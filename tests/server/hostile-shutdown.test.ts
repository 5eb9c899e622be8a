// Faults and shutdown under load: the database going away under writes, and SIGTERM while
// keep-alive clients keep sending. No client may see a 500 that the log does not explain, a
// reset connection, or a process that hangs until its forced exit.
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import getPort from "get-port";
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import { type EmbeddedServer, startEmbeddedPostgres } from "../../src/infra/embedded-postgres.js";
import { type Server, startServer } from "../helpers/server.js";
import { spawnScript } from "../helpers/spawn.js";
import { editorKey } from "../helpers/writes.js";

const servers: Server[] = [];
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const server of servers) await server.stop("SIGKILL");
  for (const cleanup of cleanups) await cleanup();
});

interface Outcome {
  status: number;
  code?: string;
  retryable?: boolean;
  requestId?: string;
  /** The network error, when there was no HTTP response. */
  failure?: string;
}

const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { __typename ... on MutationCreatePersonSuccess { data { slug } } } }`;

async function send(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Outcome> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(25_000),
    });
    const text = await response.text();
    let error: { extensions?: { code?: string; retryable?: boolean; requestId?: string } } | undefined;
    try {
      error = (JSON.parse(text) as { errors?: Array<typeof error> }).errors?.[0];
    } catch {}
    return {
      status: response.status,
      code: error?.extensions?.code,
      retryable: error?.extensions?.retryable,
      requestId: response.headers.get("x-request-id") ?? undefined,
    };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { status: 0, failure: cause?.code ?? cause?.message ?? (error as Error).message };
  }
}

/** The request ids of the server's log lines at `level` or above. */
function loggedRequestIds(output: string, level = 40): Set<string> {
  const ids = new Set<string>();
  for (const line of output.split("\n")) {
    if (!line.startsWith("{")) continue;
    const entry = JSON.parse(line) as { level: number; requestId?: string };
    if (entry.level >= level && entry.requestId) ids.add(entry.requestId);
  }
  return ids;
}

describe("the database stops under writes", () => {
  for (const [mode, signal] of [
    ["fast shutdown (SIGINT)", "SIGINT"],
    ["immediate shutdown (SIGQUIT)", "SIGQUIT"],
  ] as const) {
    test(`${mode}: every write in flight is acknowledged or SERVICE_UNAVAILABLE with retryable, none a 500; every 5xx is logged with its request id`, {
      timeout: 240_000,
    }, async () => {
      const dataDir = mkdtempSync(join(tmpdir(), "accord-faults-"));
      const database: EmbeddedServer = await startEmbeddedPostgres({
        dataDir,
        port: await getPort(),
        persistent: true,
      });
      cleanups.push(async () => {
        // The postmaster was killed: the package's stop() would wait for an exit already past.
        await Promise.race([database.stop().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 5_000))]);
        rmSync(dataDir, { recursive: true, force: true });
      });
      const admin = new pg.Client({ connectionString: database.url });
      await admin.connect();
      await admin.query(`CREATE DATABASE accord_faults`);
      await admin.end();
      const server = await startServer({ DATABASE_URL: database.urlFor("accord_faults") });
      servers.push(server);
      const key = await editorKeyFor(database.urlFor("accord_faults"));

      // 40 writers, each writing until the database is gone.
      let stopped = false;
      const outcomes: Outcome[] = [];
      const writers = Array.from({ length: 40 }, async () => {
        for (let i = 0; i < 200 && !stopped; i++) {
          outcomes.push(
            await send(
              server.url,
              { query: CREATE_PERSON, variables: { input: { slug: `fault-${randomUUID()}`, name: "Fault" } } },
              { authorization: `Bearer ${key}` },
            ),
          );
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const postmaster = Number(readFileSync(join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
      process.kill(postmaster, signal);
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      stopped = true;
      await Promise.all(writers);

      const byKind = outcomes.reduce<Record<string, number>>((counts, outcome) => {
        const kind = `${outcome.status} ${outcome.code ?? outcome.failure ?? "ok"}`;
        counts[kind] = (counts[kind] ?? 0) + 1;
        return counts;
      }, {});
      console.log(`${mode}: ${JSON.stringify(byKind)}`);
      console.log(
        server
          .output()
          .split("\n")
          .filter((l) => l.includes('"level":50'))
          .slice(0, 6)
          .join("\n")
          .slice(0, 5000),
      );

      const failed = outcomes.filter((outcome) => outcome.code !== undefined || outcome.status !== 200);
      expect(failed.length, "the database stopped while writes were running").toBeGreaterThan(0);
      for (const outcome of failed)
        expect({ status: outcome.status, code: outcome.code, retryable: outcome.retryable }).toEqual({
          status: 503,
          code: "SERVICE_UNAVAILABLE",
          retryable: true,
        });
      // Log lines reach this process through a pipe: give the last ones a moment.
      const serverErrors = outcomes.filter((outcome) => outcome.status >= 500);
      const unlogged = async () => {
        const logged = loggedRequestIds(server.output());
        return serverErrors.filter((outcome) => !logged.has(outcome.requestId as string));
      };
      for (let wait = 0; wait < 20 && (await unlogged()).length > 0; wait++)
        await new Promise((resolve) => setTimeout(resolve, 250));
      expect(await unlogged()).toEqual([]);
      expect(server.child.exitCode).toBeNull();
    });
  }
});

/** `npm run apikey -- create` against another database than this test file's. */
async function editorKeyFor(url: string): Promise<string> {
  const script = spawnScript("scripts/api-keys.ts", ["create", "faults-editor"], { DATABASE_URL: url });
  await script.exited;
  const key = script.output().match(/^acc_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/m)?.[0];
  if (!key) throw new Error(script.output());
  return key;
}

/** POSTs over `agent` (node:http, keep-alive) and says whether the request went out on a reused connection. */
function postOver(
  agent: Agent,
  port: number,
  body: unknown,
  headers: Record<string, string>,
): Promise<Outcome & { reused: boolean }> {
  return new Promise((resolve) => {
    const payload = JSON.stringify(body);
    const request = httpRequest(
      {
        agent,
        host: "127.0.0.1",
        port,
        path: "/graphql",
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload), ...headers },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk) => {
          text += String(chunk);
        });
        response.on("end", () => {
          const error = (JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0];
          resolve({ status: response.statusCode ?? 0, code: error?.extensions?.code, reused: request.reusedSocket });
        });
      },
    );
    request.on("error", (error: NodeJS.ErrnoException) =>
      resolve({ status: 0, failure: error.code ?? error.message, reused: request.reusedSocket }),
    );
    request.end(payload);
  });
}

describe("SIGTERM under keep-alive load", () => {
  test("three runs: no request on an open connection is cut, every answer is 200, and the process exits 0 without its forced exit", {
    timeout: 300_000,
  }, async () => {
    const editor = await editorKey();
    for (let run = 0; run < 3; run++) {
      const server = await startServer({ DB_POOL_MAX: "4" });
      servers.push(server);
      let signalled = false;
      const outcomes: Array<Outcome & { reused: boolean; afterSignal: boolean }> = [];
      const clients = Array.from({ length: 16 }, async (_, client) => {
        const agent = new Agent({ keepAlive: true, maxSockets: 1 });
        for (;;) {
          const write = client % 4 === 0;
          const outcome = await postOver(
            agent,
            server.port,
            write
              ? { query: CREATE_PERSON, variables: { input: { slug: `drain-${randomUUID()}`, name: "Drain" } } }
              : { query: "{ meetings(first: 10) { edges { node { title participants { totalCount } } } } }" },
            write ? editor.headers : {},
          );
          outcomes.push({ ...outcome, afterSignal: signalled });
          if (outcome.failure) break;
        }
        agent.destroy();
      });
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      signalled = true;
      const exit = await server.stop("SIGTERM", 30_000);
      await Promise.all(clients);
      const failures = outcomes.filter((outcome) => outcome.failure);
      const answered = outcomes.filter((outcome) => !outcome.failure);
      console.log(
        `SIGTERM run ${run + 1}: ${answered.length} answered (${answered.filter((o) => o.afterSignal).length} after the signal), statuses ${JSON.stringify([...new Set(answered.map((o) => o.status))])}; client failures: ${JSON.stringify(failures.map((f) => `${f.failure}${f.reused ? " (reused connection)" : " (new connection)"}`))}; exit ${exit.code}`,
      );
      expect(answered.filter((outcome) => outcome.status !== 200 || outcome.code)).toEqual([]);
      // A request sent on an open keep-alive connection is always answered. A new connection can
      // only be refused (or, when it reached the listening socket's queue just as it closed,
      // reset by the kernel): the request never reached the server.
      expect(failures.filter((failure) => failure.reused)).toEqual([]);
      expect(
        failures.filter((failure) => failure.failure !== "ECONNREFUSED" && failure.failure !== "ECONNRESET"),
      ).toEqual([]);
      expect(exit.code).toBe(0);
      expect(server.output()).not.toMatch(/did not finish within/);
    }
  });
});
