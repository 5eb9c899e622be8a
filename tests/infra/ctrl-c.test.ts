// Ctrl-C on `npm start` as a terminal sends it: SIGINT to the whole foreground process group
// (the tsx launcher, Accord, and anything they started in the same group). Accord must drain,
// close its connections, stop its embedded PostgreSQL itself and exit 0, with nothing in the log
// about connections being cut: the database must not receive the terminal's SIGINT, and tsx must
// not kill Accord mid-drain.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import getPort from "get-port";
import { afterAll, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSX = createRequire(import.meta.url).resolve("tsx/cli");
const dataDir = mkdtempSync(join(tmpdir(), "accord-ctrl-c-"));
const pidFile = join(dataDir, "postgres", "postmaster.pid");
afterAll(() => {
  // After a failure: the database runs in a session of its own, out of reach of the group's signals.
  if (existsSync(pidFile)) process.kill(Number(readFileSync(pidFile, "utf8").split("\n")[0]), "SIGQUIT");
  rmSync(dataDir, { recursive: true, force: true });
});

interface LogLine {
  level: number;
  msg?: string;
  error?: string;
}

test("SIGINT to npm start's process group (no DATABASE_URL: embedded PostgreSQL) drains, stops the database and exits 0 without connection warnings", {
  timeout: 300_000,
}, async () => {
  const port = await getPort();
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  delete env.DATABASE_URL;
  Object.assign(env, {
    NODE_ENV: "production",
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "info",
  });
  // `npm start` is `tsx src/index.ts`; detached makes the launcher the leader of a new process
  // group, as a shell makes a foreground job.
  const child = spawn(process.execPath, [TSX, "src/index.ts"], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => {
    output += String(chunk);
  });
  child.stderr.on("data", (chunk) => {
    output += String(chunk);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const group = child.pid as number;
  try {
    const url = `http://127.0.0.1:${port}`;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`Accord exited while starting:\n${output}`);
      const ready = await fetch(`${url}/ready`).then(
        (response) => response.status === 200,
        () => false,
      );
      if (ready) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    // A read, so that the pool holds open connections when the signal arrives.
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ person(slug: "ban-ki-moon") { name } }` }),
    });
    expect(await response.json()).toEqual({ data: { person: { name: "Ban" } } });

    process.kill(-group, "SIGINT");
    expect(await exited).toEqual({ code: 0, signal: null });
  } finally {
    if (child.exitCode === null && child.signalCode === null) process.kill(-group, "SIGKILL");
    await exited;
  }

  const lines = output
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as LogLine);
  const messages = lines.map((line) => line.msg);
  expect(messages).toContain("shutting down: finishing in-flight requests");
  expect(messages.at(-1)).toBe("stopped");
  // pino levels: 40 warn, 50 error. Before the fix: "terminating connection due to administrator command".
  expect(lines.filter((line) => line.level >= 40)).toEqual([]);
  expect(output).not.toMatch(/connection/i);
  // PostgreSQL removes its pid file when it has shut down cleanly; a killed or orphaned server leaves it.
  expect(existsSync(pidFile)).toBe(false);
});
