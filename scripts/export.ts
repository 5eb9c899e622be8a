// `npm run export -- [--out dir]`: writes commitments.csv, meetings.csv and popolo.json (the
// files served at /exports/...) into dir, ./exports by default. Uses DATABASE_URL, or the
// embedded database under DATA_DIR when it is unset (stop `npm start` first in that case, or
// download the files from the running server instead).
import { createWriteStream } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { migrate, openDatabase } from "../src/infra/database.js";
import { env } from "../src/infra/env.js";

const usage = "Usage: npm run export -- [--out dir]";
let out: string;
try {
  const { values } = parseArgs({
    options: { out: { type: "string", default: "exports" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  out = resolve(values.out);
} catch (error) {
  console.error(`export: ${(error as Error).message}\n${usage}`);
  process.exit(2);
}

const database = await openDatabase(env);
// The embedded server's URL is known only now; everything loaded below reads it from env.
env.DATABASE_URL = database.url;
await migrate(database.url);
const { closeDb } = await import("../src/infra/db.js");
const { EXPORTS, EXPORT_NAMES } = await import("../src/modules/export/export.service.js");
try {
  await mkdir(out, { recursive: true });
  for (const name of EXPORT_NAMES) {
    const path = join(out, name);
    await pipeline(Readable.from(EXPORTS[name].chunks()), createWriteStream(path, { encoding: "utf8" }));
    const shown = path.startsWith(process.cwd()) ? relative(process.cwd(), path) : path;
    console.log(`Wrote ${shown} (${(await stat(path)).size} bytes)`);
  }
} catch (error) {
  console.error(`export: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await closeDb();
  await database.stop();
}
