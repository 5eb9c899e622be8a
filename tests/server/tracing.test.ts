// With OTEL_EXPORTER_OTLP_ENDPOINT set, operations are traced to that collector over OTLP/HTTP.
// A small HTTP receiver stands in for the collector.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, expect, test } from "vitest";

const received: Array<{ name: string; attributes: Array<{ key: string }> }> = [];
const collector = createServer((request, response) => {
  let body = "";
  request.on("data", (chunk) => {
    body += chunk;
  });
  request.on("end", () => {
    const payload = JSON.parse(body) as { resourceSpans: Array<{ scopeSpans: Array<{ spans: typeof received }> }> };
    for (const resource of payload.resourceSpans)
      for (const scope of resource.scopeSpans) received.push(...scope.spans);
    response.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
});
await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
// Loaded only now: configuration is read once, when the server module first loads.
const { executeText: execute } = await import("../helpers/execute.js");

afterAll(() => new Promise((resolve) => collector.close(resolve)));

// Meeting.sources has no SQL form, so this query runs through its resolvers (not the compiled read path).
test("an operation and its resolvers reach the collector as spans, without variables", async () => {
  const result = await execute(
    "query TracedMeetings($first: Int) { meetings(first: $first) { totalCount edges { node { sources { title } } } } }",
    {
      first: 2,
    },
  );
  expect(result.errors).toBeUndefined();
  await expect.poll(() => received.map((span) => span.name), { timeout: 10_000 }).toContain("query.TracedMeetings");
  expect(received.map((span) => span.name)).toContain("Query.meetings");
  const operation = received.find((span) => span.name === "query.TracedMeetings");
  expect(operation?.attributes.map((attribute) => attribute.key)).not.toContain("graphql.execute.variables");
});

test("a compiled read is traced as its operation: one SQL statement, no resolver spans", async () => {
  const result = await execute("query CompiledMeetings { meetings(first: 2) { totalCount } }");
  expect(result.errors).toBeUndefined();
  expect(result.sql).toBe(1);
  await expect.poll(() => received.map((span) => span.name), { timeout: 10_000 }).toContain("query.CompiledMeetings");
});
