// The benchmark's fixed set of queries (tests/bench/queries/*.graphql) and the variables each
// request cycles through. Shared by tests/bench/run.ts and tests/synthetic/floor-parity.test.ts.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type pg from "pg";

export const QUERIES_DIR = fileURLToPath(new URL("./queries/", import.meta.url));

export const readQuery = (file: string) => readFileSync(`${QUERIES_DIR}${file}`, "utf8");

const MEETING_KINDS = [
  "BILATERAL_MEETING",
  "COURTESY_CALL",
  "DEFENSE_DIALOGUE",
  "WORKING_LEVEL_TALKS",
  "MINISTERIAL_VISIT",
  "MULTILATERAL_MEETING",
  "OTHER",
];
const COMMITMENT_KINDS = ["REQUEST", "PLEDGE", "AGREEMENT", "CONCURRENCE", "RESPONSE", "EXPRESSION"];
const STATUSES = ["OPEN", "FULFILLED", "DECLINED", "DEFERRED", "UNKNOWN", "NOT_APPLICABLE"];

/** Query (1): a page of meetings per year, per kind, and the latest. */
export function nestedMeetingVariables(): Array<Record<string, unknown>> {
  const sets: Array<Record<string, unknown>> = [{ first: 10 }];
  for (let year = 2000; year <= 2026; year++)
    sets.push({ first: 10, filter: { date: { from: String(year), to: String(year) } } });
  for (const kind of MEETING_KINDS) sets.push({ first: 10, filter: { kind: { equals: kind } } });
  sets.push({ first: 10, filter: { date: { from: "2011-08", to: "2011-08" } } });
  return sets;
}

/** Query (2): filtered pages of commitments, newest first. `topics` are topic slugs. */
export function commitmentPageVariables(topics: string[]): Array<Record<string, unknown>> {
  const sets: Array<Record<string, unknown>> = [{ first: 20 }];
  for (const kind of COMMITMENT_KINDS) sets.push({ first: 20, filter: { kind: { equals: kind } } });
  for (const status of STATUSES)
    sets.push({ first: 20, filter: { kind: { in: ["REQUEST", "PLEDGE", "AGREEMENT"] }, status: { equals: status } } });
  for (const topic of topics) sets.push({ first: 20, filter: { topic } });
  for (const topic of topics.slice(0, 8))
    sets.push({ first: 20, filter: { topic, status: { in: ["OPEN", "DEFERRED"] } } });
  return sets;
}

export interface BenchContext {
  topics: string[];
  /** Global ids of meetings, commitments, people and organizations, mixed. */
  nodeIds: string[];
  /** Words and names to search for. */
  searchTerms: string[];
  /** Commitments whose status the write mix changes: global id and current status. */
  writableCommitments: Array<{ id: string; status: string }>;
}

const gid = (typename: string, id: string) => Buffer.from(`${typename}:${id}`).toString("base64url");

/** Picks the ids and words the requests use, spread over the whole dataset. */
export async function loadContext(client: pg.ClientBase): Promise<BenchContext> {
  const topics = (await client.query<{ slug: string }>("SELECT slug FROM topic ORDER BY slug")).rows.map((r) => r.slug);
  const sample = async (table: string, typename: string, n: number, where = "TRUE") =>
    (
      await client.query<{ id: string }>(
        `SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS r, count(*) OVER () AS c FROM "${table}" WHERE ${where}) s WHERE r % greatest(c / ${n}, 1) = 0 ORDER BY id LIMIT ${n}`,
      )
    ).rows.map((r) => gid(typename, r.id));
  const nodeIds = [
    ...(await sample("meeting", "Meeting", 100)),
    ...(await sample("commitment", "Commitment", 100)),
    ...(await sample("person", "Person", 100)),
    ...(await sample("organization", "Organization", 50)),
  ];
  const names = (
    await client.query<{ name: string }>(
      "SELECT name FROM (SELECT DISTINCT name FROM person) p ORDER BY md5(name) LIMIT 20",
    )
  ).rows.map((r) => r.name);
  // A misspelt name (one letter changed) exercises the trigram path.
  const misspelt = names
    .slice(0, 10)
    .map((name) => (name.length > 4 ? `${name.slice(0, 2)}${name[3]}${name[2]}${name.slice(4)}` : name));
  const words = [
    "peacekeeping",
    "maritime security",
    "South Sudan",
    "defense dialogue",
    "humanitarian assistance",
    "cyber",
    '"joint exercises"',
    "counter-piracy",
    "hotline",
    "earthquake",
  ];
  const writable = await client.query<{ id: string; status: string }>(
    "SELECT id, status::text FROM commitment WHERE kind IN ('REQUEST', 'PLEDGE', 'AGREEMENT') AND slug LIKE 'synthetic-%' ORDER BY md5(id::text) LIMIT 500",
  );
  const writableCommitments = writable.rows.map((r) => ({ id: gid("Commitment", r.id), status: r.status }));
  return { topics, nodeIds, searchTerms: [...words, ...names, ...misspelt], writableCommitments };
}

export interface BenchQuery {
  key: string;
  title: string;
  operationName: string;
  document: string;
  /** Also answered by the floor (tests/bench/floor.ts). */
  floor: boolean;
  /** Request bodies to cycle through; a function when each body must be new (writes). */
  bodies: string[] | (() => string);
  /** Requests need the bench's API key. */
  authenticated?: boolean;
}

const body = (query: string, operationName: string, variables: Record<string, unknown>) =>
  JSON.stringify({ query, operationName, variables });

export function readQueries(context: BenchContext, runId: string): BenchQuery[] {
  const nested = readQuery("nested-meetings.graphql");
  const commitments = readQuery("commitments-page.graphql");
  const node = readQuery("node.graphql");
  const search = readQuery("search.graphql");
  const queries: BenchQuery[] = [
    {
      key: "nested",
      title: "(1) meetings → participants → person → positions → organization",
      operationName: "NestedMeetings",
      document: nested,
      floor: true,
      bodies: nestedMeetingVariables().map((v) => body(nested, "NestedMeetings", v)),
    },
    {
      key: "commitments",
      title: "(2) filtered commitments page with makers and addressees",
      operationName: "CommitmentsPage",
      document: commitments,
      floor: true,
      bodies: commitmentPageVariables(context.topics).map((v) => body(commitments, "CommitmentsPage", v)),
    },
    {
      key: "node",
      title: "(3) node(id) lookup",
      operationName: "NodeLookup",
      document: node,
      floor: false,
      bodies: context.nodeIds.map((id) => body(node, "NodeLookup", { id })),
    },
    {
      key: "search",
      title: "(4) search",
      operationName: "Search",
      document: search,
      floor: false,
      bodies: context.searchTerms.map((query) => body(search, "Search", { query, first: 20 })),
    },
  ];
  if (context.writableCommitments.length) {
    const update = readQuery("write-update-commitment-status.graphql");
    const create = readQuery("write-create-person.graphql");
    const statuses = ["OPEN", "FULFILLED", "DEFERRED", "DECLINED", "UNKNOWN"];
    // Each commitment moves to the status after its current one, so no update is a no-op (which
    // Accord refuses). With hundreds of commitments and tens of connections, no two updates of
    // the same commitment are in flight at once.
    const current = context.writableCommitments.map((c) => c.status);
    let n = 0;
    queries.push({
      key: "writes",
      title: "(5) write mix: 3 updateCommitmentStatus : 1 createPerson",
      operationName: "UpdateCommitmentStatus|CreatePerson",
      document: `${update}\n${create}`,
      floor: false,
      authenticated: true,
      bodies: () => {
        n++;
        if (n % 4 === 0) {
          const slug = `bench-${runId}-${n}`;
          return body(create, "CreatePerson", {
            input: { slug, name: `Bench ${n}`, fullName: `Bench Person ${runId} ${n}` },
          });
        }
        const i = n % context.writableCommitments.length;
        const status = statuses[(statuses.indexOf(current[i] as string) + 1) % statuses.length] as string;
        current[i] = status;
        return body(update, "UpdateCommitmentStatus", {
          input: { commitmentId: context.writableCommitments[i]?.id, status, note: `bench ${runId}` },
        });
      },
    });
  }
  return queries;
}
