// Attack on /metrics: every label value a client can choose (operation name, URL, alias in an
// error's path, HTTP method) used to become a new Prometheus series, about 94 per operation name,
// until one scrape ran the process out of heap. Label values now come from bounded sets.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, test } from "vitest";
import { EXAMPLE_OPERATION_NAMES } from "../../src/server/graphiql-examples.js";
import { yoga } from "../../src/server/yoga.js";

async function scrape(): Promise<{ bytes: number; series: string[] }> {
  const text = await (await yoga.fetch("http://accord.test/metrics")).text();
  return {
    bytes: text.length,
    series: text
      .split("\n")
      .filter((line) => line !== "" && !line.startsWith("#"))
      .map((line) => line.slice(0, line.lastIndexOf(" "))),
  };
}

/** Sends `count` operations built by `operation(i)`, 100 at a time. */
async function send(count: number, operation: (i: number) => { path?: string; method?: string; body?: unknown }) {
  for (let start = 0; start < count; start += 100) {
    await Promise.all(
      Array.from({ length: Math.min(100, count - start) }, async (_, offset) => {
        const { path = "/graphql", method = "POST", body } = operation(start + offset);
        const response = await yoga.fetch(`http://accord.test${path}`, {
          method,
          headers: { "content-type": "application/json", "x-graphql-yoga-csrf": "1" },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        await response.arrayBuffer();
      }),
    );
  }
}

const hostile = (i: number) =>
  [
    { body: { query: `query Hostile${i} { __typename }` } },
    { body: { query: `query Named${i} { __typename }`, operationName: `Named${i}` } },
    { body: { query: `{ alias${i}: node(id: "garbage-${i}") { id } }` } },
    { path: `/graphql?query=${encodeURIComponent("{ __typename }")}&nonce=${i}`, method: "GET" },
    { body: { query: `query Broken${i} { nosuchfield${i} }` } },
  ][i % 5] as { path?: string; method?: string; body?: unknown };

describe("operation names, URLs and aliases do not grow /metrics", () => {
  test("after one of each kind of request, 1,000 more with new names, URLs and aliases add no series", async () => {
    await send(5, hostile);
    const before = await scrape();
    await send(1_000, (i) => hostile(i + 5));
    const after = await scrape();
    expect(after.series.length - before.series.length).toBe(0);
    expect(after.series.filter((series) => /Hostile|Named|alias|nonce|Broken/.test(series))).toEqual([]);
    // Unknown names share one label value; unnamed operations another.
    expect(after.series.some((series) => series.includes('operationName="other"'))).toBe(true);
    expect(after.series.some((series) => series.includes('operationName="anonymous"'))).toBe(true);
  });

  test("a name the server knows (a GraphiQL example) keeps its own label", async () => {
    const [name] = EXAMPLE_OPERATION_NAMES;
    await send(1, () => ({ body: { query: `query ${name} { __typename }` } }));
    const { series } = await scrape();
    expect(
      series.filter(
        (line) => line.startsWith("graphql_envelop_phase_execute_count") && line.includes(`operationName="${name}"`),
      ),
    ).toHaveLength(1);
  });

  test("50,000 distinct operation names leave the /metrics size and the heap flat", { timeout: 600_000 }, async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const heap = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const named = (i: number) => ({ body: { query: `query Flood${i} { __typename }` } });
    await send(1_000, named);
    const before = await scrape();
    const heapBefore = heap();
    await send(50_000, (i) => named(i + 1_000));
    const after = await scrape();
    const heapAfter = heap();
    const grewMb = (heapAfter - heapBefore) / 1024 / 1024;
    console.log(
      `50,000 operation names: /metrics ${before.bytes} → ${after.bytes} bytes, ${before.series.length} → ${after.series.length} series; heap ${(heapBefore / 1024 / 1024).toFixed(1)} → ${(heapAfter / 1024 / 1024).toFixed(1)} MB`,
    );
    expect(after.series).toEqual(before.series);
    // Counts grow by a few digits; nothing else may.
    expect(after.bytes - before.bytes).toBeLessThan(2_000);
    // Unbounded labels cost kilobytes per name: 50,000 names would be hundreds of megabytes.
    expect(grewMb).toBeLessThan(16);
  });
});
