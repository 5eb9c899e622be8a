// Once per `npm test`: the tests' typed operations generated (tests/helpers/codegen.ts), a PostgreSQL
// server (embedded, or TEST_DATABASE_URL's) and a template database migrated and seeded once, which
// each test file then copies (database-per-file.ts).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "@graphql-codegen/cli";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../src/infra/embedded-postgres.js";
import codegen from "./codegen.js";

declare module "vitest" {
  export interface ProvidedContext {
    maintenanceUrl: string;
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  // The generated graphql() looks operations up by their text: it must know the test files as they are now.
  await generate({ ...codegen, silent: true, verbose: false }, true);
  const dataDir = mkdtempSync(join(tmpdir(), "accord-test-"));
  const server = process.env.TEST_DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ dataDir, persistent: false });
  const maintenanceUrl = process.env.TEST_DATABASE_URL ?? (server?.url as string);
  const templateDatabase = `accord_template_${process.pid}`;
  const templateUrl = withDatabase(maintenanceUrl, templateDatabase);

  await admin(
    maintenanceUrl,
    `DROP DATABASE IF EXISTS "${templateDatabase}" WITH (FORCE)`,
    `CREATE DATABASE "${templateDatabase}"`,
  );
  // `npm run seed` migrates and loads the seed: the template is exactly what users get.
  const seeded = spawnSync(process.execPath, ["--import", "tsx", "seed/load.ts"], {
    env: { ...process.env, DATABASE_URL: templateUrl, NODE_ENV: "test" },
    encoding: "utf8",
  });
  if (seeded.status !== 0) throw new Error(`Seeding the test template failed:\n${seeded.stdout}\n${seeded.stderr}`);

  project.provide("maintenanceUrl", maintenanceUrl);
  project.provide("templateDatabase", templateDatabase);

  return async () => {
    const { rows } = await query(maintenanceUrl, "SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `accord_test_${process.pid}_%`,
    ]);
    await admin(
      maintenanceUrl,
      ...rows.map((row) => `DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`),
      `DROP DATABASE IF EXISTS "${templateDatabase}" WITH (FORCE)`,
    );
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function query(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

async function admin(url: string, ...statements: string[]) {
  for (const statement of statements) await query(url, statement);
}
