import { expect, test } from "vitest";
import { yoga } from "../../src/server/yoga.js";
import { executeText as execute } from "../helpers/execute.js";

function sample(metrics: string, name: string, labels: string): number | undefined {
  const line = metrics
    .split("\n")
    .find((l) => l.startsWith(`${name}{`) && labels.split(",").every((label) => l.includes(label)));
  return line ? Number(line.split(" ").at(-1)) : undefined;
}

test("/metrics counts requests per operation, their latency, errors and the pool", async () => {
  // Operation names the server knows (GraphiQL's examples) are labels; any other is "other".
  await execute("query MeetingsInAugust2011 { meetings { totalCount } }");
  await execute("query MeetingsInAugust2011 { meetings { totalCount } }");
  await execute('query CommitmentThread { meeting(slug: "no-such-meeting") { title } }');
  await execute("query ClientChosenName { meetings { totalCount } }");

  const response = await yoga.fetch("http://accord.test/metrics");
  expect(response.status).toBe(200);
  const metrics = await response.text();

  expect(
    sample(metrics, "graphql_yoga_http_duration_count", 'operationName="MeetingsInAugust2011",statusCode="200"'),
  ).toBe(2);
  expect(sample(metrics, "graphql_envelop_phase_execute_count", 'operationName="MeetingsInAugust2011"')).toBe(2);
  expect(sample(metrics, "graphql_envelop_phase_execute_count", 'operationName="other"')).toBe(1);
  expect(
    sample(
      metrics,
      "graphql_envelop_error_result",
      'operationName="CommitmentThread",operationType="query",phase="execute"',
    ),
  ).toBe(1);
  expect(sample(metrics, "accord_db_pool_connections", 'state="total"')).toBeGreaterThan(0);
  expect(metrics).toContain('graphql_yoga_http_duration_bucket{le="0.005"');
});
