// Every operation GraphiQL opens with runs on the seed without errors and with an answer, and
// reads no deprecated field (the examples are what new users copy).
import { getOperationAST, NoDeprecatedCustomRule, parse, validate } from "graphql";
import { describe, expect, test } from "vitest";
import { schema } from "../../src/schema/index.js";
import { EXAMPLE_OPERATION_NAMES, GRAPHIQL_DEFAULT_QUERY } from "../../src/server/graphiql-examples.js";
import { yoga } from "../../src/server/yoga.js";
import { countryId } from "../helpers/graphql.js";

describe("GraphiQL's example operations", () => {
  test("the document's queries are exactly the listed operations, and no operation uses a deprecated field", () => {
    const document = parse(GRAPHIQL_DEFAULT_QUERY);
    // Queries only: the subscription example streams over SSE and is tested with the live feed.
    const names = document.definitions
      .map((definition) =>
        definition.kind === "OperationDefinition" && definition.operation === "query"
          ? definition.name?.value
          : undefined,
      )
      .filter((name) => name !== undefined);
    expect(names).toEqual([...EXAMPLE_OPERATION_NAMES]);
    expect(validate(schema, document, [NoDeprecatedCustomRule]).map((error) => error.message)).toEqual([]);
  });

  const needsVariables = new Set(["OpenCommitmentsToParty"]);
  test.each(EXAMPLE_OPERATION_NAMES.filter((name) => !needsVariables.has(name)))(
    "%s runs on the seed",
    async (name) => {
      const response = await yogaRun(name);
      expect(response.errors).toBeUndefined();
      expect(Object.keys(response.data ?? {}).length).toBeGreaterThan(0);
    },
  );

  test("OpenCommitmentsToParty runs with Japan's id from CommitmentsMadeToJapan", async () => {
    const response = await yogaRun("OpenCommitmentsToParty", { party: await countryId("JP") });
    expect(response.errors).toBeUndefined();
  });
});

/** Runs one named operation of the GraphiQL document. */
async function yogaRun(operationName: string, variables: Record<string, unknown> = {}) {
  expect(getOperationAST(parse(GRAPHIQL_DEFAULT_QUERY), operationName)).not.toBeNull();
  const response = await yoga.fetch("http://accord.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: GRAPHIQL_DEFAULT_QUERY, operationName, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}
