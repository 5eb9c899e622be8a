// The GraphQL-over-HTTP spec conformance audits of graphql-http, run against the in-process server
// (yoga.fetch). Every MUST audit passes; SHOULD and MAY results are listed for the report.
import { type AuditResult, auditServer, serverAudits } from "graphql-http"; // lib/audits, re-exported by the package root
import { expect, test } from "vitest";
import { yoga } from "../../src/server/yoga.js";

const url = "http://accord.test/graphql";
const fetchFn = (input: string, init?: RequestInit) => yoga.fetch(input, init ?? {});

test("every MUST audit of the GraphQL-over-HTTP spec passes", async () => {
  const audits = serverAudits({ url, fetchFn });
  expect(audits.filter((audit) => audit.name.startsWith("MUST")).length).toBeGreaterThan(10);

  const results: AuditResult[] = await auditServer({ url, fetchFn });
  expect(results).toHaveLength(audits.length);
  const failed = results.filter((result) => result.status !== "ok");
  const describe = (result: AuditResult) =>
    `${result.status} ${result.name}${"reason" in result ? `: ${result.reason}` : ""}`;
  console.log(
    `graphql-http audits: ${results.length} run, ${results.length - failed.length} ok; not ok:\n${failed.map(describe).join("\n") || "(none)"}`,
  );

  const mustFailures = failed.filter((result) => result.name.startsWith("MUST"));
  expect(mustFailures.map(describe)).toEqual([]);
  // Failures of non-MUST audits are reported as warnings or notices, never as errors.
  expect(failed.filter((result) => result.status === "error").map(describe)).toEqual([]);
});
