// Writes a new migration from the difference between the committed schema (HEAD) and the
// working copy of prisma/schema.prisma. `prisma migrate dev` cannot run here (see README).
// Usage: npm run db:migration -- <name>
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../src/infra/database.js";
import { env } from "../src/infra/env.js";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name>   (lower case letters, digits and _)");
  process.exit(2);
}

let committed: string | undefined;
try {
  committed = execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
} catch {
  committed = undefined; // no committed schema yet: diff from an empty database
}
const from = committed ? ["--from-schema-datamodel", writeTemp(committed)] : ["--from-empty"];

// The WASM schema engine connects even for a schema-to-schema diff: use the embedded server
// when no DATABASE_URL is given.
const database = await openDatabase(env);
const diff = spawnSync(
  process.execPath,
  [
    "--import",
    "tsx",
    "scripts/prisma.ts",
    "migrate",
    "diff",
    ...from,
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
  ],
  { encoding: "utf8", env: { ...process.env, DATABASE_URL: database.url } },
);
await database.stop();
if (diff.status !== 0) {
  console.error(diff.stderr);
  process.exit(diff.status ?? 1);
}
if (!diff.stdout.includes("CREATE") && !diff.stdout.includes("ALTER") && !diff.stdout.includes("DROP")) {
  console.error("prisma/schema.prisma has no changes against HEAD: no migration written.");
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "migration.sql"), diff.stdout);
console.log(
  `Wrote ${dir}/migration.sql; review it, add what Prisma cannot express (triggers, partial indexes), then commit.`,
);

function writeTemp(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "accord-schema-")), "schema.prisma");
  writeFileSync(file, text);
  return file;
}
