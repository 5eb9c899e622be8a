// Runs the Prisma CLI. `generate` reads no database, but the CLI still needs DATABASE_URL
// to parse the schema (otherwise it tries to download an engine), so a placeholder is set.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const args = process.argv.slice(2);
const env = { ...process.env };
if (!env.DATABASE_URL && args[0] === "generate") {
  env.DATABASE_URL = "postgresql://placeholder@localhost:5432/placeholder";
}
const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, ...args], { stdio: "inherit", env });
process.exit(result.status ?? 1);
