// `npm run seed [dataset.json]`: loads the curated dataset (default seed/accord.dataset.json)
// into DATABASE_URL, or into the embedded database under DATA_DIR when it is not set.
import { resolve } from "node:path";
import { migrate, openDatabase } from "../src/infra/database.js";
import { env } from "../src/infra/env.js";
import { loadDatasetFile, SEED_DATASET } from "../src/modules/dataset/dataset.files.js";
import { DatasetError } from "../src/modules/dataset/dataset.service.js";

const file = process.argv[2] ? resolve(process.argv[2]) : SEED_DATASET;
const database = await openDatabase(env);
// The embedded server's URL is known only now; everything loaded below reads it from env.
env.DATABASE_URL = database.url;
await migrate(database.url);
const { db, closeDb } = await import("../src/infra/db.js");
try {
  console.table(await loadDatasetFile(db, file));
  console.log(`Loaded ${file}`);
} catch (error) {
  if (!(error instanceof DatasetError)) throw error;
  console.error(`Nothing was loaded from ${file}.\n${error.message}`);
  process.exitCode = 1;
} finally {
  await closeDb();
  await database.stop();
}
