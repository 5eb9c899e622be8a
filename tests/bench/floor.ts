// The "floor": the least a server can do to answer benchmark queries (1) and (2) — node:http,
// one pg pool, and one hand-written SQL statement per request that builds the whole response
// with json_build_object / json_agg. It returns the same JSON `data` as Accord, byte for byte
// (tests/synthetic/floor-parity.test.ts checks), so Accord's throughput divided by the floor's
// is what the GraphQL stack (parsing, validation, resolvers, Prisma, extra round trips) costs.
//
// Run alone: `tsx tests/bench/floor.ts --database-url URL [--port N] [--pool N]`.
// It understands only the operations NestedMeetings and CommitmentsPage from tests/bench/queries/,
// and only the filters those use (meetings: date range and kind; commitments: kind, status, topic).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { pathToFileURL } from "node:url";
import pg from "pg";

/** base64url of "Typename:uuid", unpadded: Accord's global id (src/schema/global-id.ts). */
const gid = (typename: string, column: string) =>
  `rtrim(translate(encode(convert_to('${typename}:' || ${column}::text, 'UTF8'), 'base64'), E'+/\\n', '-_'), '=')`;
/** Pothos' prisma cursor for an `id` string cursor: base64 of "GPC:S:<id>". */
const cursor = (column: string) =>
  `translate(encode(convert_to('GPC:S:' || ${column}::text, 'UTF8'), 'base64'), E'\\n', '')`;
/** A PartialDate at its precision: "2011", "2011-08" or "2011-08-09". */
const partialDate = (date: string, precision: string) =>
  `CASE ${precision} WHEN 'YEAR' THEN to_char(${date}, 'YYYY') WHEN 'MONTH' THEN to_char(${date}, 'YYYY-MM') ELSE to_char(${date}, 'YYYY-MM-DD') END`;
const knownDate = (date: string, precision: string) =>
  `CASE WHEN ${date} IS NOT NULL AND ${precision} IS NOT NULL THEN json_build_object('value', ${partialDate(date, precision)}, 'precision', ${precision}) END`;

const NESTED_MEETINGS_SQL = `
WITH matched AS (
  SELECT m.id, m.slug, m.title, m.kind, m.status, m.date, m.date_precision
  FROM meeting m
  WHERE ($2::date IS NULL OR m.date <= $2::date)
    AND ($3::date IS NULL OR m.date_end >= $3::date)
    AND (NOT $5::bool OR m.date IS NOT NULL)
    AND ($4::text[] IS NULL OR m.kind = ANY ($4::text[]::"MeetingKind"[]))
  ORDER BY m.date DESC NULLS LAST, m.id
  LIMIT $1::int + 1
), page AS (
  SELECT * FROM matched ORDER BY date DESC NULLS LAST, id LIMIT $1::int
)
SELECT json_build_object('meetings', json_build_object(
  'edges', coalesce((
    SELECT json_agg(json_build_object('node', json_build_object(
      'id', ${gid("Meeting", "page.id")},
      'slug', page.slug,
      'title', page.title,
      'kind', page.kind,
      'status', page.status,
      'date', ${knownDate("page.date", "page.date_precision")},
      'participants', json_build_object('edges', coalesce((
        SELECT json_agg(json_build_object('node', json_build_object(
          'side', p.side,
          'roleTitle', p.role_title,
          'person', json_build_object(
            'id', ${gid("Person", "pe.id")},
            'name', pe.name,
            'positions', json_build_object('edges', coalesce((
              SELECT json_agg(json_build_object('node', json_build_object(
                'title', x.title,
                'current', x.current,
                'start', ${knownDate("x.start_date", "x.start_precision")},
                'organization', json_build_object('id', ${gid("Organization", "o.id")}, 'name', o.name, 'kind', o.kind)
              )) ORDER BY x.start_date DESC NULLS LAST, x.id)
              FROM (SELECT * FROM position WHERE person_id = pe.id ORDER BY start_date DESC NULLS LAST, id LIMIT 5) x
              JOIN organization o ON o.id = x.organization_id
            ), '[]'::json))
          )
        )) ORDER BY p.side, p.ordinal, p.id)
        FROM (
          SELECT pa.id, pa.person_id, pa.side, pa.role_title, pa.ordinal
          FROM participation pa
          WHERE pa.meeting_id = page.id
          ORDER BY pa.side, pa.ordinal, pa.id
          LIMIT 12
        ) p
        JOIN person pe ON pe.id = p.person_id
      ), '[]'::json))
    )) ORDER BY page.date DESC NULLS LAST, page.id)
    FROM page
  ), '[]'::json),
  'pageInfo', json_build_object(
    'hasNextPage', (SELECT count(*) FROM matched) > $1::int,
    'endCursor', (SELECT ${cursor("id")} FROM page ORDER BY date ASC NULLS FIRST, id DESC LIMIT 1)
  )
)) AS data`;

const party = (alias: string) => `
  CASE
    WHEN ${alias}.person_id IS NOT NULL THEN (SELECT json_build_object('__typename', 'Person', 'id', ${gid("Person", "x.id")}, 'name', x.name) FROM person x WHERE x.id = ${alias}.person_id)
    WHEN ${alias}.organization_id IS NOT NULL THEN (SELECT json_build_object('__typename', 'Organization', 'id', ${gid("Organization", "x.id")}, 'name', x.name) FROM organization x WHERE x.id = ${alias}.organization_id)
    ELSE (SELECT json_build_object('__typename', 'Country', 'id', ${gid("Country", "x.id")}, 'code', upper(x.slug), 'name', x.name) FROM country x WHERE x.id = ${alias}.country_id)
  END`;

const parties = (role: "MAKER" | "ADDRESSEE") => `coalesce((
  SELECT json_agg(${party("cp")} ORDER BY cp.position, cp.id)
  FROM commitment_party cp WHERE cp.commitment_id = page.id AND cp.role = '${role}'
), '[]'::json)`;

/** The commitment filter, written once for the page and once for the count. */
const COMMITMENT_FILTER = `($2::text[] IS NULL OR k.kind = ANY ($2::text[]::"CommitmentKind"[]))
    AND ($3::text[] IS NULL OR k.status = ANY ($3::text[]::"CommitmentStatus"[]))
    AND ($4::text IS NULL OR k.topic_id IN (SELECT t.id FROM topic t WHERE t.slug = $4::text))`;

// The page and the count are separate scans, as in Accord: a CTE over all matches would be
// materialized whole (it is referenced twice), which no one would write by hand.
const COMMITMENTS_PAGE_SQL = `
WITH window_ AS (
  SELECT k.id, k.slug, k.kind, k.status, k.statement, k.due_date, k.due_precision, k.due_text, k.topic_id, k.meeting_id, k.created_at
  FROM commitment k
  WHERE ${COMMITMENT_FILTER}
  ORDER BY k.created_at DESC, k.id
  LIMIT $1::int + 1
), page AS (
  SELECT * FROM window_ ORDER BY created_at DESC, id LIMIT $1::int
)
SELECT json_build_object('commitments', json_build_object(
  'totalCount', (SELECT count(*) FROM commitment k WHERE ${COMMITMENT_FILTER}),
  'edges', coalesce((
    SELECT json_agg(json_build_object('node', json_build_object(
      'id', ${gid("Commitment", "page.id")},
      'slug', page.slug,
      'kind', page.kind,
      'status', page.status,
      'statement', page.statement,
      'due', CASE WHEN page.due_date IS NOT NULL OR coalesce(page.due_text, '') <> ''
             THEN json_build_object('date', ${knownDate("page.due_date", "page.due_precision")}, 'text', page.due_text) END,
      'topic', (SELECT json_build_object('slug', t.slug, 'name', t.name) FROM topic t WHERE t.id = page.topic_id),
      'meeting', (SELECT json_build_object('id', ${gid("Meeting", "m.id")}, 'title', m.title) FROM meeting m WHERE m.id = page.meeting_id),
      'makers', ${parties("MAKER")},
      'addressees', ${parties("ADDRESSEE")}
    )) ORDER BY page.created_at DESC, page.id)
    FROM page
  ), '[]'::json),
  'pageInfo', json_build_object(
    'hasNextPage', (SELECT count(*) FROM window_) > $1::int,
    'endCursor', (SELECT ${cursor("id")} FROM page ORDER BY created_at ASC, id DESC LIMIT 1)
  )
)) AS data`;

class BadRequest extends Error {}

const MAX_FIRST = 100;

function pageSize(value: unknown): number {
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > MAX_FIRST)
    throw new BadRequest(`"first" must be an integer from 0 to ${MAX_FIRST}`);
  return value as number;
}

function enumValues(filter: unknown, name: string): string[] | null {
  if (filter == null) return null;
  const { equals, in: any, ...rest } = filter as { equals?: string | null; in?: string[] | null };
  if (Object.keys(rest).length)
    throw new BadRequest(`the floor does not support ${name}.${Object.keys(rest).join(", ")}`);
  if (equals != null && any != null) return any.includes(equals) ? [equals] : [];
  return equals != null ? [equals] : any != null ? any : null;
}

/** First and last day of a partial date ("2011", "2011-08", "2011-08-09"). */
function period(text: string): { start: string; end: string } {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) throw new BadRequest(`bad partial date ${JSON.stringify(text)}`);
  const [, y, m, d] = match;
  const year = Number(y);
  if (d) return { start: text, end: text };
  if (m) return { start: `${text}-01`, end: new Date(Date.UTC(year, Number(m), 0)).toISOString().slice(0, 10) };
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

/** What the operations need of a pool: one query at a time. */
export interface Queryable {
  query(config: pg.QueryConfig): Promise<pg.QueryResult>;
}

// Statements are sent unnamed, so PostgreSQL plans each with its parameter values: a named
// (prepared) statement switches to a generic plan after five runs, and a generic plan cannot
// drop the unused `$n IS NULL OR ...` filters, which turns an index walk into a full sort.
type Operation = (pool: Queryable, variables: Record<string, unknown>) => Promise<unknown>;

const OPERATIONS: Record<string, Operation> = {
  async NestedMeetings(pool, variables) {
    const first = pageSize(variables.first);
    const filter = (variables.filter ?? {}) as {
      date?: { from?: string | null; to?: string | null } | null;
      kind?: unknown;
    };
    const unsupported = Object.keys(filter).filter((key) => key !== "date" && key !== "kind");
    if (unsupported.length) throw new BadRequest(`the floor does not support MeetingFilter.${unsupported.join(", ")}`);
    const to = filter.date?.to ? period(filter.date.to).end : null;
    const from = filter.date?.from ? period(filter.date.from).start : null;
    const result = await pool.query({
      text: NESTED_MEETINGS_SQL,
      values: [first, to, from, enumValues(filter.kind, "kind"), filter.date != null && !to && !from],
    });
    return result.rows[0].data;
  },
  async CommitmentsPage(pool, variables) {
    const first = pageSize(variables.first);
    const filter = (variables.filter ?? {}) as { kind?: unknown; status?: unknown; topic?: string | null };
    const unsupported = Object.keys(filter).filter((key) => key !== "kind" && key !== "status" && key !== "topic");
    if (unsupported.length)
      throw new BadRequest(`the floor does not support CommitmentFilter.${unsupported.join(", ")}`);
    const result = await pool.query({
      text: COMMITMENTS_PAGE_SQL,
      values: [first, enumValues(filter.kind, "kind"), enumValues(filter.status, "status"), filter.topic ?? null],
    });
    return result.rows[0].data;
  },
};

export const FLOOR_OPERATIONS = Object.keys(OPERATIONS);

/** Answers one operation's `data`, the way the floor's HTTP handler does. */
export function floorData(
  pool: Queryable,
  operationName: string,
  variables: Record<string, unknown>,
): Promise<unknown> {
  const operation = OPERATIONS[operationName];
  if (!operation)
    throw new BadRequest(`the floor answers only ${FLOOR_OPERATIONS.join(" and ")}, not ${operationName}`);
  return operation(pool, variables);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function send(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(body),
  });
  response.end(body);
}

export interface Floor {
  server: Server;
  pool: pg.Pool;
  /** SQL statements sent so far (one per answered request). */
  statements(): number;
  close(): Promise<void>;
}

/** The floor's HTTP server over a pool (given, or made from a connection string). Call listen yourself. */
export function createFloorServer(options: { pool?: pg.Pool; connectionString?: string; poolSize?: number }): Floor {
  const pool = options.pool ?? new pg.Pool({ connectionString: options.connectionString, max: options.poolSize ?? 10 });
  const ownsPool = !options.pool;
  let statements = 0;
  const counted: Queryable = {
    query: (config) => {
      statements++;
      return pool.query(config);
    },
  };
  const server = createServer(async (request, response) => {
    try {
      if (request.method === "GET" && request.url === "/ready") {
        await pool.query("SELECT 1");
        return send(response, 200, '{"ready":true}');
      }
      if (request.method !== "POST" || !request.url?.startsWith("/graphql"))
        return send(response, 404, '{"errors":[{"message":"POST /graphql"}]}');
      const body = JSON.parse(await readBody(request)) as {
        query?: string;
        operationName?: string;
        variables?: Record<string, unknown>;
      };
      const operationName = body.operationName ?? /\b(?:query)\s+(\w+)/.exec(body.query ?? "")?.[1] ?? "";
      const data = await floorData(counted, operationName, body.variables ?? {});
      send(response, 200, JSON.stringify({ data }));
    } catch (error) {
      const status = error instanceof BadRequest || error instanceof SyntaxError ? 400 : 500;
      send(response, status, JSON.stringify({ errors: [{ message: (error as Error).message }] }));
    }
  });
  server.keepAliveTimeout = 65_000;
  return {
    server,
    pool,
    statements: () => statements,
    async close() {
      server.closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (ownsPool) await pool.end();
    },
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const connectionString = option("--database-url") ?? process.env.DATABASE_URL;
  if (!connectionString) throw new Error("floor: pass --database-url or set DATABASE_URL");
  const floor = createFloorServer({
    connectionString,
    poolSize: Number(option("--pool") ?? process.env.DB_POOL_MAX ?? 10),
  });
  const port = Number(option("--port") ?? process.env.PORT ?? 0);
  floor.server.listen(port, option("--host") ?? "127.0.0.1", () => {
    const address = floor.server.address();
    console.log(
      `floor listening on http://127.0.0.1:${typeof address === "object" && address ? address.port : port}/graphql`,
    );
  });
  const stop = () => void floor.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
