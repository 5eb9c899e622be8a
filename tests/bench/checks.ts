// What the bench checks before it measures: how many SQL statements each query sends (counted
// in-process), and that Accord and the floor return the same data for queries 1 and 2.
import { isDeepStrictEqual } from "node:util";
import type { SqlCount } from "./load.js";
import type { Child } from "./processes.js";
import { benchServerEnv } from "./targets.js";
import type { BenchQuery } from "./workload.js";

/** `n` items spread over the list (its first, its last and between), so every kind of variables is counted. */
const spread = <T>(items: T[], n: number): T[] =>
  items.length <= n
    ? items
    : Array.from({ length: n }, (_, i) => items[Math.round((i * (items.length - 1)) / (n - 1))] as T);

/** Runs a few request bodies of each query in-process and counts the SQL statements each sends. */
export async function countStatements(
  url: string,
  queries: BenchQuery[],
  apiKey: string | null,
  pool: number,
): Promise<Record<string, SqlCount>> {
  // Cache off: a repeated body would be answered without SQL, and this counts what each request sends.
  Object.assign(process.env, benchServerEnv(url, 0, { pool, cache: false }));
  const { closeDb, db } = await import("../../src/infra/db.js");
  const { yoga } = await import("../../src/server/yoga.js");
  const { onCompiledStatement } = await import("../../src/compiled-reads/executor.js");
  let statements = 0;
  // Prisma's statements, and the compiled read path's (sent on the pg pool, past Prisma's events).
  db.$on("query", () => {
    statements++;
  });
  onCompiledStatement(() => {
    statements++;
  });
  const counts: Record<string, SqlCount> = {};
  try {
    for (const query of queries) {
      const bodies =
        typeof query.bodies === "function" ? Array.from({ length: 4 }, query.bodies) : spread(query.bodies, 8);
      const perRequest: number[] = [];
      for (const [i, body] of bodies.entries()) {
        const send = () =>
          yoga.fetch("http://bench.local/graphql", {
            method: "POST",
            headers: {
              "content-type": "application/json",
              ...(query.authenticated && apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
            },
            body,
          });
        if (i === 0 && !query.authenticated) await (await send()).text(); // warm caches, compile plans
        const before = statements;
        await (await send()).text();
        perRequest.push(statements - before);
      }
      counts[query.key] = {
        mean: perRequest.reduce((a, b) => a + b, 0) / perRequest.length,
        max: Math.max(...perRequest),
        samples: perRequest.length,
      };
    }
  } finally {
    await closeDb();
  }
  return counts;
}

/** Every request body of queries 1 and 2, answered by both servers: the data must be identical. */
export async function checkParity(
  accord: Child,
  floor: Child,
  queries: BenchQuery[],
): Promise<{ checked: number; mismatches: string[] }> {
  const mismatches: string[] = [];
  let checked = 0;
  for (const query of queries.filter((q) => q.floor)) {
    for (const body of query.bodies as string[]) {
      const post = (port: number) =>
        fetch(`http://127.0.0.1:${port}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        }).then((r) => r.text());
      const [a, b] = await Promise.all([post(accord.port), post(floor.port)]);
      checked++;
      const accordData = (JSON.parse(a) as { data?: unknown; errors?: unknown }).data;
      const floorData = (JSON.parse(b) as { data?: unknown }).data;
      if (
        JSON.stringify(accordData) !== JSON.stringify(floorData) ||
        !isDeepStrictEqual(accordData, floorData) ||
        a.includes('"errors":')
      ) {
        mismatches.push(
          `${query.key} ${JSON.stringify(JSON.parse(body).variables)}: ${a.includes('"errors":') ? a.slice(0, 200) : "data differs"}`,
        );
      }
    }
  }
  return { checked, mismatches };
}
