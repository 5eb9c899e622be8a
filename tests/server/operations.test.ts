// Running the server: health and readiness, refusing to start with one clear line (and a
// non-zero exit) when it cannot work, and a graceful shutdown that finishes in-flight requests.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server as NetServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import getPort from "get-port";
import { afterAll, describe, expect, test } from "vitest";
import { request, spawnAccord, startServer } from "../helpers/server.js";

describe("probes (in process)", () => {
  test("/health answers 200 without touching the database; /ready answers 200 when the database answers", async () => {
    const health = await request({ method: "GET", path: "/health" });
    expect(health.status).toBe(200);
    expect(health.sql).toBe(0);
    const ready = await request({ method: "GET", path: "/ready" });
    expect(ready.status).toBe(200);
  });
});

/** Runs the server until it exits by itself (or `timeoutMs` passes, then kills it). */
async function runToExit(env: Record<string, string | undefined>, timeoutMs: number) {
  const started = performance.now();
  const spawned = spawnAccord(env);
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    spawned.child.kill("SIGKILL");
  }, timeoutMs);
  const { code, signal } = await spawned.exited;
  clearTimeout(timer);
  const lines = spawned
    .output()
    .split("\n")
    .filter((line) => line.trim() !== "");
  return { code, signal, killed, lines, output: spawned.output(), ms: performance.now() - started };
}

/** A failed start: exited by itself, non-zero, with exactly one line on the console and no stack. */
function expectOneLineFailure(result: Awaited<ReturnType<typeof runToExit>>, line: RegExp) {
  expect(result.killed, `still running after the timeout; output so far:\n${result.output}`).toBe(false);
  expect(result.code).not.toBe(0);
  expect(result.code).not.toBeNull();
  expect(result.lines, result.output).toHaveLength(1);
  expect(result.lines[0]).toMatch(line);
  expect(result.output).not.toMatch(/\n\s+at /);
}

describe.concurrent("refusing to start", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  test("an unreachable DATABASE_URL", async () => {
    const closedPort = await getPort();
    const result = await runToExit(
      { DATABASE_URL: `postgresql://accord:accord@127.0.0.1:${closedPort}/accord`, PORT: String(await getPort()) },
      30_000,
    );
    expectOneLineFailure(
      result,
      new RegExp(`^accord: Cannot connect to DATABASE_URL \\(127\\.0\\.0\\.1:${closedPort}/accord\\): .*ECONNREFUSED`),
    );
    expect(result.output).not.toMatch(/accord:accord@/); // the password is not printed
    console.log(`unreachable database: exit ${result.code} after ${Math.round(result.ms)} ms`);
  });

  test("a PORT already in use, reported before any database is started or seeded", { timeout: 180_000 }, async () => {
    const port = await getPort();
    const blocker: NetServer = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    const dataDir = join(mkdtempSync(join(tmpdir(), "accord-port-")), "data");
    dirs.push(dirname(dataDir));
    try {
      const result = await runToExit({ PORT: String(port), DATABASE_URL: undefined, DATA_DIR: dataDir }, 170_000);
      expectOneLineFailure(result, new RegExp(`^accord: port ${port} is already in use; set PORT to a free port$`));
      // The embedded database would have been initialised under DATA_DIR.
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  test("an unwritable DATA_DIR under /proc, without DATABASE_URL", async () => {
    const result = await runToExit(
      { DATABASE_URL: undefined, DATA_DIR: "/proc/forbidden", PORT: String(await getPort()) },
      20_000,
    );
    expectOneLineFailure(result, /^accord: DATA_DIR \/proc\/forbidden (cannot be created|is not writable)/);
  });

  test("a DATA_DIR whose parent is a file, without DATABASE_URL", async () => {
    const dir = mkdtempSync(join(tmpdir(), "accord-datadir-"));
    dirs.push(dir);
    writeFileSync(join(dir, "file"), "not a directory");
    const result = await runToExit(
      { DATABASE_URL: undefined, DATA_DIR: join(dir, "file", "data"), PORT: String(await getPort()) },
      30_000,
    );
    expectOneLineFailure(
      result,
      /^accord: DATA_DIR .*\/file\/data cannot be created \(ENOTDIR at .*\); set DATA_DIR to a writable folder$/,
    );
  });

  test("an invalid setting names the setting in one line", async () => {
    const result = await runToExit({ PORT: "not-a-port" }, 30_000);
    expectOneLineFailure(result, /invalid configuration: PORT/i);
  });
});

describe("graceful shutdown", () => {
  test("SIGTERM: in-flight requests all finish with 200, /ready stops answering 200, the process exits 0 within 25 s", {
    timeout: 240_000,
  }, async () => {
    // One database connection, so 20 requests queue behind each other and are still in flight.
    const server = await startServer({ DB_POOL_MAX: "1" });
    try {
      const slowQuery = `{ meetings(first: 20) { edges { node { title participants { edges { node { person { name counterparts { meetingCount } } } } }
        commitments(first: 20) { edges { node { statement thread { depth } makers { __typename } } } } } } } }`;
      const inFlight = Array.from({ length: 20 }, (_, i) =>
        fetch(`${server.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-request-id": `drain-${i}` },
          body: JSON.stringify({ query: slowQuery }),
        }).then(
          async (response) => ({
            status: response.status,
            body: (await response.json()) as { data?: { meetings?: { edges: unknown[] } }; errors?: unknown[] },
            at: performance.now(),
          }),
          (error: Error) => ({
            status: 0,
            body: { errors: [error.message] } as { data?: { meetings?: { edges: unknown[] } }; errors?: unknown[] },
            at: performance.now(),
          }),
        ),
      );
      // Wait until the server is busy with them (the first answer is back), then ask it to stop.
      await Promise.race(inFlight);
      const signalledAt = performance.now();
      server.child.kill("SIGTERM");

      // While draining, /ready must not say 200 (new connections may also just be refused).
      const readiness: number[] = [];
      const poll = (async () => {
        while (
          server.child.exitCode === null &&
          server.child.signalCode === null &&
          performance.now() - signalledAt < 25_000
        ) {
          readiness.push(
            await fetch(`${server.url}/ready`).then(
              (response) => response.status,
              () => 0,
            ),
          );
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })();

      const results = await Promise.all(inFlight);
      const exit = await Promise.race([
        server.exited,
        new Promise<null>((resolve) => setTimeout(() => resolve(null), 25_000)),
      ]);
      await poll;
      // After the exit nothing answers: when draining was quicker than the polling, that is the refusal seen.
      readiness.push(
        await fetch(`${server.url}/ready`).then(
          (response) => response.status,
          () => 0,
        ),
      );
      const finishedAfterSignal = results.filter((result) => result.at > signalledAt).length;
      console.log(
        `graceful shutdown: ${finishedAfterSignal}/20 requests finished after SIGTERM; exit ${exit?.code} after ${exit ? Math.round(exit.at - signalledAt) : ">25000"} ms; /ready while draining: ${JSON.stringify([...new Set(readiness)])}`,
      );

      for (const result of results) {
        expect(result.status, JSON.stringify(result.body).slice(0, 300)).toBe(200);
        expect(result.body.errors).toBeUndefined();
        expect(result.body.data?.meetings?.edges.length).toBeGreaterThan(0);
      }
      expect(finishedAfterSignal).toBeGreaterThan(0);
      expect(exit, "the process did not exit within 25 s").not.toBeNull();
      expect(exit?.code).toBe(0);
      // A /ready sent before the signal is handled may still say 200; once draining, never again.
      const firstRefusal = readiness.findIndex((status) => status !== 200);
      expect(firstRefusal).toBeGreaterThanOrEqual(0);
      expect(readiness.slice(firstRefusal)).not.toContain(200);
      expect(server.output()).toMatch(/shutting down: finishing in-flight requests/);
      expect(server.output()).toMatch(/"msg":"stopped"/);
    } finally {
      await server.stop("SIGKILL");
    }
  });
});
