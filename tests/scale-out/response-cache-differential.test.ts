// The response cache drops only what a change can affect (src/server/plugins/response-cache.ts).
// Differential proof: after each of many random writes (through the API, and from another
// connection as psql or an import would), every query is asked twice: as is, which the cache may
// answer, and with a unique comment, which it cannot. The two answers must be equal every time,
// and the cache must have answered a good share of the first ones for the proof to mean anything.
import { describe, expect, test } from "vitest";

process.env.RESPONSE_CACHE_MB = "16";
const { dataChanges } = await import("../../src/infra/db.js");
const { executeText: execute } = await import("../helpers/execute.js");
const { editorKey, sql } = await import("../helpers/writes.js");
const { encodeGlobalId } = await import("../../src/schema/global-id.js");
const { EXAMPLE_QUERY } = await import("../../src/server/yoga.js");

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const QUERIES = (ids: { kitazawa: string; japan: string }) => [
  EXAMPLE_QUERY,
  `{ person(slug: "kitazawa") { name fullName country { name code } } }`,
  `{ person(slug: "ban-ki-moon") { name country { name } positions { edges { node { title current } } } } }`,
  `{ node(id: "${ids.kitazawa}") { ... on Person { name country { name } } } }`,
  `{ country(code: "JP") { name } }`,
  `{ people(first: 30, filter: { name: { contains: "a" } }) { totalCount edges { node { slug name country { code } } } } }`,
  `{ commitments(first: 50, filter: { status: { in: [OPEN, DEFERRED] } }) { totalCount edges { node { slug status topic { slug } } } } }`,
  `{ commitments(first: 50, filter: { addressee: "${ids.japan}" }) { totalCount edges { node { slug status } } } }`,
  `{ commitmentStats(groupBy: [STATUS, TOPIC]) { total groups { status topic { slug } count } } }`,
  `{ meeting(slug: "kitazawa-ban-2011-08-09") { title commitmentCount participantCount participants { edges { node { roleTitle person { name } } } } } }`,
  `{ commitment(slug: "ban-calls-again-sdf-south-sudan") { status statement responseCount topic { name } statusHistory { toStatus } } }`,
  `{ commitment(slug: "kitazawa-response-minustah") { status respondsTo { slug status } meeting { title } } }`,
  `{ topics { slug name commitments(first: 20) { totalCount edges { node { slug } } } } }`,
  `{ organization(slug: "japan-ministry-of-defense") { name parent { name } children { totalCount edges { node { name } } } } }`,
  `{ meetings(first: 20, filter: { country: "JP" }) { totalCount edges { node { slug title } } } }`,
  `{ search(query: "Kitazawa") { totalCount edges { node { __typename ... on Person { name } ... on Meeting { title } } } } }`,
];

const STATUSES = ["OPEN", "FULFILLED", "DECLINED", "DEFERRED", "UNKNOWN"];

describe("response cache under random writes", () => {
  test("every response served from the cache equals what the database gives uncached", {
    timeout: 240_000,
  }, async () => {
    const [person] = await sql<{ id: string }>("SELECT id FROM person WHERE slug = 'kitazawa'");
    const [japan] = await sql<{ id: string }>("SELECT id FROM country WHERE slug = 'jp'");
    const queries = QUERIES({
      kitazawa: encodeGlobalId("Person", person?.id as string),
      japan: encodeGlobalId("Country", japan?.id as string),
    });
    const pick = random(13);
    const one = <T>(items: T[]) => items[Math.floor(pick() * items.length)] as T;
    const slugs = async (table: string) =>
      (await sql<{ slug: string }>(`SELECT slug FROM ${table} ORDER BY slug`)).map((row) => row.slug);
    const [people, meetings, commitments, organizations, topics, countries] = (await Promise.all(
      ["person", "meeting", "commitment", "organization", "topic", "country"].map(slugs),
    )) as [string[], string[], string[], string[], string[], string[]];
    const editor = await editorKey();
    let created = 0;
    const writes: Array<() => Promise<unknown>> = [
      () => sql(`UPDATE commitment SET status = $1 WHERE slug = $2`, [one(STATUSES), one(commitments)]),
      () =>
        sql(`UPDATE commitment SET topic_id = (SELECT id FROM topic WHERE slug = $1) WHERE slug = $2`, [
          one(topics),
          one(commitments),
        ]),
      () => sql(`UPDATE person SET name = name || 'x' WHERE slug = $1`, [one(people)]),
      () =>
        sql(`UPDATE person SET country_id = (SELECT id FROM country WHERE slug = $1) WHERE slug = $2`, [
          one(countries),
          one(people),
        ]),
      () => sql(`UPDATE meeting SET title = title || '.' WHERE slug = $1`, [one(meetings)]),
      () => sql(`UPDATE organization SET name = name || '.' WHERE slug = $1`, [one(organizations)]),
      () => sql(`UPDATE topic SET name = name || '.' WHERE slug = $1`, [one(topics)]),
      () =>
        sql(
          `UPDATE participation SET role_title = role_title || '.' WHERE id = (SELECT id FROM participation ORDER BY id OFFSET $1 LIMIT 1)`,
          [Math.floor(pick() * 5)],
        ),
      () =>
        sql(
          `INSERT INTO person (id, slug, name, country_id, updated_at) VALUES (gen_random_uuid(), $1, $2, (SELECT id FROM country WHERE slug = 'jp'), now())`,
          [`differential-${++created}`, `Differential Aoki ${created}`],
        ),
      () =>
        sql(
          `DELETE FROM person WHERE slug = (SELECT slug FROM person WHERE slug LIKE 'differential-%' ORDER BY slug LIMIT 1)`,
        ),
      async () => {
        const [target] = await sql<{ id: string }>(`SELECT id FROM commitment WHERE slug = $1`, [one(commitments)]);
        const result = await execute(
          `mutation($input: UpdateCommitmentStatusInput!) { updateCommitmentStatus(input: $input) { __typename } }`,
          {
            input: {
              commitmentId: encodeGlobalId("Commitment", target?.id as string),
              status: one(STATUSES),
              note: "differential test",
            },
          },
          editor.headers,
        );
        expect(result.errors).toBeUndefined();
      },
    ];
    // Waits until every change committed so far has reached the cache (notifications arrive in commit order).
    const caughtUp = () => dataChanges.caughtUp();

    let served = 0;
    let fromCache = 0;
    for (let round = 0; round < 60; round++) {
      await one(writes)();
      await caughtUp();
      for (const [index, query] of queries.entries()) {
        const cached = await execute(query);
        const uncached = await execute(`${query} # ${round}-${index}-${pick()}`);
        expect(uncached.sql, "the uncached answer comes from the database").toBeGreaterThan(0);
        expect(cached.errors).toBeUndefined();
        expect({ round, query, data: cached.data }).toEqual({ round, query, data: uncached.data });
        served++;
        if (cached.sql === 0) fromCache++;
      }
    }
    // Not a vacuous proof: a good share of the answers compared came from the cache.
    expect(fromCache / served).toBeGreaterThan(0.25);
    console.info(`response cache differential: ${fromCache} of ${served} answers compared came from the cache`);
  });
});
