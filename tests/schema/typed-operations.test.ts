// The tests' operations are typed from schema.graphql by codegen (tests/helpers/codegen.ts, run by
// `npm run typecheck` and vitest's globalSetup): an operation that asks for something the schema no
// longer has fails codegen, so a schema change breaks the tests that depend on it before they run.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "@graphql-codegen/cli";
import { Kind, type OperationDefinitionNode, parse } from "graphql";
import { afterAll, describe, expect, test } from "vitest";
import * as generated from "../generated/graphql.js";
import { graphql } from "../generated/index.js";
import config from "../helpers/codegen.js";
import { data } from "../helpers/execute.js";

const scratch = mkdtempSync(join(tmpdir(), "accord-codegen-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the tests' codegen configuration over one file holding `source`, into a scratch directory. */
function generateFrom(source: string) {
  const file = join(scratch, `operations-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, source);
  const [[, output]] = Object.entries(config.generates) as [[string, object]];
  return generate(
    { ...config, documents: [file], silent: true, verbose: false, generates: { [join(scratch, "out/")]: output } },
    false,
  );
}

describe("typed test operations", () => {
  test("an operation selecting a field the schema does not have fails codegen", async () => {
    await expect(
      generateFrom('graphql(`query Broken { meeting(slug: "x") { slug noSuchField } }`);\n'),
    ).rejects.toThrow(/noSuchField/);
  });

  test("an operation passing an argument the schema does not have fails codegen", async () => {
    await expect(
      generateFrom("graphql(`query BrokenArgument { meetings(noSuchArgument: 1) { totalCount } }`);\n"),
    ).rejects.toThrow(/noSuchArgument/);
  });

  test("an operation the schema accepts generates", async () => {
    await expect(generateFrom('graphql(`query Fine { meeting(slug: "x") { slug } }`);\n')).resolves.toBeDefined();
  });

  test("every operation in the test files is named, and no two share a name", () => {
    const operations = (Object.values(generated) as unknown[])
      .filter((value): value is string => value instanceof String)
      .flatMap((document) =>
        parse(document.toString()).definitions.filter(
          (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
        ),
      );
    expect(operations.length).toBeGreaterThan(0);
    const names = operations.map((operation) => operation.name?.value);
    expect(names.filter((name) => name === undefined)).toEqual([]);
    expect(names.length).toBe(new Set(names).size);
  });

  test("a typed operation runs against the seed: its data typed from the schema", async () => {
    const result = await data(
      graphql(`
        query TypedOperationExample($slug: String!) {
          meeting(slug: $slug) {
            slug
            title
            placeCountry {
              code
            }
          }
        }
      `),
      { slug: "kitazawa-ban-2011-08-09" },
    );
    const title: string | undefined = result.meeting?.title;
    expect(title).toBe("Meeting between Defense Minister Kitazawa and UN Secretary-General Ban");
    expect(result.meeting?.placeCountry?.code).toBe("JP");
  });
});
