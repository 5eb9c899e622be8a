// The compiled read path (src/compiled-reads/) must answer exactly what the resolvers answer.
// Every read operation of the corpus (tests/compiled-reads/corpus.ts) runs through both: a server
// with COMPILED_READS=require and one without the plugin (graphql-js and the resolvers), and the
// two `data` must be the same JSON text, byte for byte. A compiled operation sends one SQL
// statement. Operations that cannot be compiled are listed with the reason, so a regression and
// an improvement both show here.
import { parse } from "graphql";
import { beforeAll, describe, expect, test } from "vitest";
import { generateSynthetic } from "../../seed/synthetic/generate.js";
import { onCompiledStatement } from "../../src/compiled-reads/executor.js";
import { db } from "../../src/infra/db.js";
import { schema } from "../../src/schema/index.js";
import { referencesIn } from "../../src/schema/references.js";
import { executeText as execute } from "../helpers/execute.js";
import { type CorpusOperation, corpus, NOT_COMPILED } from "./corpus.js";
import { answer, type Path, paths } from "./paths.js";

let operations: CorpusOperation[];
let prismaStatements = 0;
let compiledStatements = 0;

beforeAll(async () => {
  operations = await corpus();
  db.$on("query", () => {
    prismaStatements++;
  });
  onCompiledStatement(() => {
    compiledStatements++;
  });
});

async function through(path: Path, operation: CorpusOperation) {
  const before = { prisma: prismaStatements, compiled: compiledStatements };
  const { body, text } = await answer(paths[path], operation);
  return { body, text, prisma: prismaStatements - before.prisma, compiled: compiledStatements - before.compiled };
}

/** Whether the operation names, by slug or ISO code, something that may be a record of several types. */
const namesSeveralTypes = (operation: CorpusOperation) =>
  [...referencesIn(schema, parse(operation.query), operation.operationName, operation.variables).values()].some(
    (types) => types.size > 1,
  );

/** Runs every compilable corpus operation through both paths: the same bytes, one SQL statement. */
async function expectParity(corpusOperations: CorpusOperation[]) {
  let compared = 0;
  for (const operation of corpusOperations) {
    if (NOT_COMPILED[operation.name]) continue;
    const resolved = await through("resolvers", operation);
    const compiled = await through("compiled", operation);
    expect(resolved.body.errors, `${operation.name}: ${JSON.stringify(resolved.body.errors)}`).toBeUndefined();
    expect.soft(compiled.body.errors, `${operation.name}: ${JSON.stringify(compiled.body.errors)}`).toBeUndefined();
    expect.soft(compiled.text, operation.name).toBe(resolved.text);
    // One compiled statement, which also finds the records named by slug or ISO code; only a value
    // that may name records of several types (a party) is looked up before it (src/compiled-reads/references.ts).
    expect.soft({ name: operation.name, compiled: compiled.compiled, prisma: compiled.prisma }).toEqual({
      name: operation.name,
      compiled: 1,
      prisma: namesSeveralTypes(operation) ? 1 : 0,
    });
    compared++;
  }
  expect(compared).toBe(corpusOperations.length - Object.keys(NOT_COMPILED).length);
}

describe("every corpus operation, both paths", () => {
  test("compiled operations return the resolvers' data byte for byte, in one SQL statement", async () => {
    await expectParity(operations);
  });

  test("the operations that are not compiled say which field stops them", async () => {
    for (const [name, reason] of Object.entries(NOT_COMPILED)) {
      const operation = operations.find((o) => o.name === name);
      expect(operation, `corpus operation ${name}`).toBeDefined();
      const compiled = await through("compiled", operation as CorpusOperation);
      expect
        .soft(compiled.body.errors?.[0]?.message, name)
        .toBe(`COMPILED_READS=require, and this query cannot be compiled: ${reason}`);
      expect.soft(compiled.body.errors?.[0]?.extensions?.code, name).toBe("NOT_COMPILED");
    }
  });
});

describe("where the resolvers answer instead", () => {
  test("an unknown slug, a foreign cursor and bad filter input get the resolvers' errors, word for word", async () => {
    const commitment = await db.commitment.findFirstOrThrow({ select: { id: true } });
    const cases: CorpusOperation[] = [
      { name: "unknown slug", query: '{ meeting(slug: "no-such-meeting") { title } }' },
      {
        name: "unknown node",
        query: `{ node(id: "${Buffer.from("Meeting:00000000-0000-4000-8000-000000000000").toString("base64url")}") { id } }`,
      },
      {
        name: "foreign cursor",
        query: "query($after: String) { meetings(after: $after) { edges { node { slug } } } }",
        variables: { after: Buffer.from(`GPC:S:${commitment.id}`).toString("base64") },
      },
      { name: "malformed id", query: '{ meetings(filter: { participant: "not-an-id" }) { totalCount } }' },
      {
        name: "impossible date",
        query: '{ commitments(filter: { due: { from: "2011", to: "2010" } }) { totalCount } }',
      },
      { name: "negative page size", query: "{ meetings(first: -1) { totalCount } }" },
    ];
    for (const operation of cases) {
      const resolved = await through("resolvers", operation);
      const compiled = await through("compiled", operation);
      expect(resolved.body.errors?.length, operation.name).toBeGreaterThan(0);
      expect(compiled.text, operation.name).toBe(resolved.text);
    }
  });
});

describe("the server as deployed (COMPILED_READS=on)", () => {
  test("answers a compiled operation in one statement and falls back for the rest", async () => {
    const nested = operations.find((o) => o.name === "bench NestedMeetings first=20") as CorpusOperation;
    const compiled = await execute(nested.query, nested.variables);
    expect(compiled.errors).toBeUndefined();
    expect(compiled.sql).toBe(1);
    const search = await execute('{ search(query: "Kitazawa") { totalCount } }');
    expect(search.errors).toBeUndefined();
    expect(search.sql).toBeGreaterThan(1);
  });
});

// Last, as it adds to this file's database: the synthetic generator's varied data (dates at every
// precision, due dates in words, long participant lists, positions with and without dates).
describe("on generated data", () => {
  beforeAll(async () => {
    await generateSynthetic({ databaseUrl: process.env.DATABASE_URL as string, scale: 0.02, log: () => {} });
    operations = await corpus();
  }, 120_000);

  test("the corpus, including every bench request body, agrees byte for byte", async () => {
    expect(await db.meeting.count()).toBeGreaterThan(150);
    await expectParity(operations);
  });
});
