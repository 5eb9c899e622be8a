// A compiled statement whose text is sent again (the same operation with other values) goes as a
// named, prepared statement (src/compiled-reads/executor.ts): parsed once per connection, and
// answering each request with its own values.
import { expect, test } from "vitest";
import { pool } from "../../src/infra/db.js";
import { graphql } from "../generated/index.js";
import { execute, type ResultOf } from "../helpers/execute.js";

const byKind = graphql(`
  query CommitmentsOfKind($kind: CommitmentKind!) {
    commitments(filter: { kind: { equals: $kind } }, first: 3) {
      totalCount
      edges {
        node {
          kind
        }
      }
    }
  }
`);

const kinds = (data: ResultOf<typeof byKind> | null | undefined) =>
  (data?.commitments.edges ?? []).map((edge) => edge.node.kind);

test("the same operation with other values is prepared once and answers each with its values", async () => {
  const preparedNow = async () =>
    (
      await pool.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name LIKE 'accord_read_%'",
      )
    ).rows[0]?.n;
  expect(await preparedNow()).toBe(0);
  const requests = await execute(byKind, { kind: "REQUEST" });
  const agreements = await execute(byKind, { kind: "AGREEMENT" });
  const requestsAgain = await execute(byKind, { kind: "REQUEST" });
  for (const result of [requests, agreements, requestsAgain]) {
    expect(result.errors).toBeUndefined();
    expect(result.sql).toBe(1);
  }
  // Requests in sequence use the pool's most recently released connection: the one that prepared it.
  expect(await preparedNow()).toBe(1);
  expect(kinds(requests.data).length).toBeGreaterThan(0);
  expect(new Set(kinds(requests.data))).toEqual(new Set(["REQUEST"]));
  expect(new Set(kinds(agreements.data))).toEqual(new Set(["AGREEMENT"]));
  expect(requestsAgain.data).toEqual(requests.data);
  expect(agreements.data?.commitments.totalCount).not.toBe(requests.data?.commitments.totalCount);
});
