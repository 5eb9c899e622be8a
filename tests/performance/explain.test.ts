// The main filtered queries use indexes: every SQL statement they send (Prisma's, or the compiled
// read path's one) is EXPLAINed on a synthetic dataset (5,000 meetings, 50,000 commitments) and
// none may scan a large table sequentially.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generateSynthetic } from "../../seed/synthetic/generate.js";
import { onCompiledStatement } from "../../src/compiled-reads/executor.js";
import { db } from "../../src/infra/db.js";
import { graphql } from "../generated/index.js";
import { data, type Operation } from "../helpers/execute.js";

interface Statement {
  query: string;
  params: unknown[];
}

const captured: Statement[] = [];
db.$on("query", (event) => captured.push({ query: event.query, params: JSON.parse(event.params) as unknown[] }));
onCompiledStatement((statement) => captured.push({ query: statement.text, params: statement.values }));

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
let largeTables: Set<string>;
let ids: { country: string; organization: string; person: string };

beforeAll(async () => {
  await generateSynthetic({ databaseUrl: process.env.DATABASE_URL as string, scale: 0.5, log: () => {} });
  await client.connect();
  // As after any bulk load: VACUUM also flushes the GIN pending lists that would hide the search indexes.
  await client.query("VACUUM ANALYZE");
  const { rows } = await client.query<{ relname: string }>(
    "SELECT relname FROM pg_stat_user_tables WHERE n_live_tup >= 5000",
  );
  largeTables = new Set(rows.map((row) => row.relname));
  const found = await data(
    graphql(`
      query ExplainIds {
        country(code: "JP") {
          id
        }
        organization(slug: "japan-ministry-of-defense") {
          id
        }
        person(slug: "kitazawa") {
          id
        }
      }
    `),
  );
  ids = {
    country: found.country?.id ?? "",
    organization: found.organization?.id ?? "",
    person: found.person?.id ?? "",
  };
}, 120_000);

afterAll(() => client.end());

/** Relations scanned sequentially anywhere in a plan. */
function seqScans(plan: { "Node Type": string; "Relation Name"?: string; Plans?: unknown[] }): string[] {
  const own = plan["Node Type"] === "Seq Scan" && plan["Relation Name"] ? [plan["Relation Name"]] : [];
  return [...own, ...((plan.Plans ?? []) as (typeof plan)[]).flatMap(seqScans)];
}

async function sequentialScansOf(operation: Operation<unknown, any>, variables: () => Record<string, unknown>) {
  captured.length = 0;
  await data(operation, variables());
  const statements = captured.filter((s) => /^\s*(SELECT|WITH)/i.test(s.query));
  expect(statements.length).toBeGreaterThan(0);
  const scans: string[] = [];
  for (const statement of statements) {
    const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${statement.query}`, statement.params);
    scans.push(...seqScans(rows[0]["QUERY PLAN"][0].Plan).filter((table) => largeTables.has(table)));
  }
  return scans;
}

describe("no sequential scan of a large table", () => {
  test("the synthetic data makes the tables large", () => {
    expect([...largeTables]).toEqual(
      expect.arrayContaining(["meeting", "commitment", "participation", "commitment_party"]),
    );
  });

  test.each<[string, Operation<unknown, any>, () => Record<string, unknown>]>([
    [
      "meetings in a month, newest first",
      graphql(`
        query ExplainMeetingsInMonth {
          meetings(first: 20, filter: { date: { from: "2011-08", to: "2011-08" } }) {
            edges {
              node {
                title
              }
            }
          }
        }
      `),
      () => ({}),
    ],
    [
      "meetings a person attended",
      graphql(`
        query ExplainMeetingsOfPerson($p: ID!) {
          meetings(first: 20, filter: { participant: $p }) {
            edges {
              node {
                title
              }
            }
          }
        }
      `),
      () => ({ p: ids.person }),
    ],
    [
      "meetings an organization and its bureaus attended",
      graphql(`
        query ExplainMeetingsOfOrganization($o: ID!) {
          meetings(first: 20, filter: { organization: { id: $o } }) {
            edges {
              node {
                title
              }
            }
          }
        }
      `),
      () => ({ o: ids.organization }),
    ],
    [
      "open commitments, newest first",
      graphql(`
        query ExplainOpenCommitments {
          commitments(first: 20, filter: { status: { equals: OPEN } }) {
            edges {
              node {
                statement
              }
            }
          }
        }
      `),
      () => ({}),
    ],
    [
      "commitments made to a country",
      graphql(`
        query ExplainCommitmentsToCountry($c: ID!) {
          commitments(first: 20, filter: { addressee: $c }) {
            edges {
              node {
                statement
              }
            }
          }
        }
      `),
      () => ({ c: ids.country }),
    ],
    [
      "people by part of a name",
      graphql(`
        query ExplainPeopleByName {
          people(first: 20, filter: { name: { contains: "kitaz" } }) {
            edges {
              node {
                name
              }
            }
          }
        }
      `),
      () => ({}),
    ],
    [
      "organizations under the Ministry of Defense",
      graphql(`
        query ExplainOrganizationsWithin($o: ID!) {
          organizations(first: 20, filter: { within: $o }) {
            edges {
              node {
                name
              }
            }
          }
        }
      `),
      () => ({ o: ids.organization }),
    ],
    [
      "a full-text search for a rare term",
      graphql(`
        query ExplainSearchRareTerm {
          search(query: "Kitazawa", first: 10) {
            edges {
              score
            }
          }
        }
      `),
      () => ({}),
    ],
    [
      "a meeting page with participants, people and positions",
      graphql(`
        query ExplainMeetingPageNested {
          meetings(first: 20) {
            edges {
              node {
                participants {
                  edges {
                    node {
                      person {
                        positions {
                          edges {
                            node {
                              title
                              organization {
                                name
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      `),
      () => ({}),
    ],
  ])("%s", async (_name, operation, variables) => {
    expect(await sequentialScansOf(operation, variables)).toEqual([]);
  });
});
