// The benchmark's "floor" (tests/bench/floor.ts) must answer queries (1) and (2) with exactly the
// data Accord returns, or comparing their throughput means nothing. The floor runs in-process on
// 127.0.0.1 (port 0) over this file's seeded database; Accord answers through yoga.fetch.
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { yoga } from "../../src/server/yoga.js";
import { createFloorServer, type Floor } from "../bench/floor.js";
import { commitmentPageVariables, nestedMeetingVariables, readQuery } from "../bench/workload.js";

let floor: Floor;
let floorUrl: string;
let topics: string[];

beforeAll(async () => {
  floor = createFloorServer({ pool: new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 }) });
  await new Promise<void>((resolve) => floor.server.listen(0, "127.0.0.1", resolve));
  floorUrl = `http://127.0.0.1:${(floor.server.address() as AddressInfo).port}/graphql`;
  topics = (await floor.pool.query<{ slug: string }>("SELECT slug FROM topic ORDER BY slug")).rows.map((r) => r.slug);
});

afterAll(async () => {
  await floor.close();
  await floor.pool.end();
});

async function both(operationName: string, query: string, variables: Record<string, unknown>) {
  const body = JSON.stringify({ query, operationName, variables });
  const accordResponse = await yoga.fetch("http://accord.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
  const floorResponse = await fetch(floorUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
  const accord = (await accordResponse.json()) as { data?: unknown; errors?: unknown };
  const floorBody = (await floorResponse.json()) as { data?: unknown; errors?: unknown };
  expect(accord.errors, JSON.stringify(accord.errors)).toBeUndefined();
  expect(floorBody.errors, JSON.stringify(floorBody.errors)).toBeUndefined();
  expect(floorResponse.status).toBe(200);
  return { accord: accord.data, floor: floorBody.data };
}

/** Equal as values and as bytes: key order too, since the floor claims the same JSON. */
function expectSame({ accord, floor }: { accord: unknown; floor: unknown }) {
  expect(floor).toEqual(accord);
  expect(JSON.stringify(floor)).toBe(JSON.stringify(accord));
}

describe("(1) meetings → participants → person → positions → organization", () => {
  const query = readQuery("nested-meetings.graphql");

  test("every seed meeting, with pages, filters and empty results", async () => {
    const all = await both("NestedMeetings", query, { first: 20 });
    expectSame(all);
    const edges = (all.accord as { meetings: { edges: Array<{ node: { participants: { edges: unknown[] } } }> } })
      .meetings.edges;
    expect(edges.length).toBeGreaterThanOrEqual(6);
    expect(edges.some((e) => e.node.participants.edges.length > 1)).toBe(true);
    for (const variables of [
      { first: 2 },
      { first: 0 },
      { first: 3, filter: { date: { from: "2011", to: "2011" } } },
      { first: 10, filter: { date: { from: "2011-08" } } },
      { first: 10, filter: { date: { to: "2010" } } },
      { first: 10, filter: { date: {} } },
      { first: 10, filter: { kind: { equals: "DEFENSE_DIALOGUE" } } },
      { first: 10, filter: { kind: { in: ["BILATERAL_MEETING", "WORKING_LEVEL_TALKS"] } } },
      { first: 10, filter: { date: { from: "1990", to: "1991" } } },
    ]) {
      expectSame(await both("NestedMeetings", query, variables));
    }
  });

  test("every request body the bench sends", async () => {
    for (const variables of nestedMeetingVariables()) expectSame(await both("NestedMeetings", query, variables));
  });
});

describe("(2) filtered commitments page with makers and addressees", () => {
  const query = readQuery("commitments-page.graphql");

  test("every seed commitment, with pages and filters", async () => {
    const all = await both("CommitmentsPage", query, { first: 50 });
    expectSame(all);
    const page = (
      all.accord as {
        commitments: { totalCount: number; edges: Array<{ node: { makers: unknown[]; addressees: unknown[] } }> };
      }
    ).commitments;
    expect(page.totalCount).toBeGreaterThanOrEqual(16);
    expect(page.edges.some((e) => e.node.makers.length > 1 && e.node.addressees.length > 0)).toBe(true);
    for (const variables of [
      { first: 5 },
      { first: 0 },
      { first: 20, filter: { kind: { equals: "REQUEST" } } },
      { first: 20, filter: { kind: { in: ["AGREEMENT", "CONCURRENCE"] }, status: { equals: "OPEN" } } },
      { first: 20, filter: { status: { in: ["DEFERRED", "NOT_APPLICABLE"] } } },
      { first: 20, filter: { topic: "peacekeeping-south-sudan" } },
      // An unknown topic slug is a BAD_USER_INPUT in Accord (tests/modules/shared/references.test.ts), not an empty page.
    ]) {
      expectSame(await both("CommitmentsPage", query, variables));
    }
  });

  test("every request body the bench sends", async () => {
    for (const variables of commitmentPageVariables(topics))
      expectSame(await both("CommitmentsPage", query, variables));
  });
});

test("the floor sends one SQL statement per request and refuses what it does not implement", async () => {
  const before = floor.statements();
  await both("NestedMeetings", readQuery("nested-meetings.graphql"), { first: 5 });
  await both("CommitmentsPage", readQuery("commitments-page.graphql"), { first: 5 });
  expect(floor.statements() - before).toBe(2);
  const refused = await fetch(floorUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: readQuery("nested-meetings.graphql"),
      variables: { first: 5, filter: { series: "x" } },
    }),
  });
  expect(refused.status).toBe(400);
});
