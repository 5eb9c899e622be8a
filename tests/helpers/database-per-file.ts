// Before each test file: its own database, copied from the seeded template, so files can
// write freely and run in parallel. DATABASE_URL points at it before any app module loads.
import pg from "pg";
import { afterAll, inject } from "vitest";
import { withDatabase } from "./global-setup.js";

const maintenanceUrl = inject("maintenanceUrl");
const database = `accord_test_${process.ppid}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;

await run(`CREATE DATABASE "${database}" TEMPLATE "${inject("templateDatabase")}"`);
process.env.DATABASE_URL = withDatabase(maintenanceUrl, database);

afterAll(async () => {
  const { closeDb } = await import("../../src/infra/db.js");
  await closeDb();
  await run(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
});

async function run(statement: string) {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
