// The synthetic data generator (seed/synthetic/generate.ts), run in-process at a tiny scale on
// this file's seeded database: row counts follow the scale formula, every reference holds, every
// citation quotes its document at code-point offsets, the same seed gives identical rows (uuids
// included) in a second database, and the refusals are clear one-line errors.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import {
  type GenerateResult,
  generateSynthetic,
  planFor,
  SYNTHETIC_PREFIX,
  SyntheticDataError,
  TABLES,
  type Table,
} from "../../seed/synthetic/generate.js";
import { withDatabase } from "../helpers/global-setup.js";

const SCALE = 0.005;
const url = process.env.DATABASE_URL as string;
const maintenanceUrl = inject("maintenanceUrl");
const current = decodeURIComponent(new URL(url).pathname.slice(1));
/** A copy of this file's seeded database, generated into separately to compare. */
const twin = `${current}_twin`;
/** A database with no schema at all. */
const bare = `${current}_bare`;
/** A seeded copy where the run is aborted halfway. */
const aborted = `${current}_abort`;

async function withClient<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const admin = (statement: string) => withClient(maintenanceUrl, (c) => c.query(statement));
const query = <R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = []) =>
  withClient(url, (c) => c.query<R>(text, values)).then((r) => r.rows);
const countAll = (connectionString: string) =>
  withClient(connectionString, async (c) => {
    const counts = {} as Record<Table, number>;
    for (const table of TABLES) counts[table] = (await c.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0].n;
    return counts;
  });
const checksums = (connectionString: string) =>
  withClient(connectionString, async (c) => {
    const sums = {} as Record<Table, string>;
    for (const table of TABLES)
      sums[table] = (
        await c.query(`SELECT md5(string_agg(t::text, E'\\n' ORDER BY t.id)) AS sum FROM "${table}" t`)
      ).rows[0].sum;
    return sums;
  });

let seedCounts: Record<Table, number>;
let result: GenerateResult;
let twinResult: GenerateResult;

beforeAll(async () => {
  seedCounts = await countAll(url);
  // Copies are taken before anything is generated (a template must have no open connections).
  await admin(`CREATE DATABASE "${twin}" TEMPLATE "${current}"`);
  await admin(`CREATE DATABASE "${aborted}" TEMPLATE "${current}"`);
  await admin(`CREATE DATABASE "${bare}" TEMPLATE template0`);
  const quiet = () => {};
  result = await generateSynthetic({ databaseUrl: url, scale: SCALE, log: quiet });
  twinResult = await generateSynthetic({ databaseUrl: withDatabase(maintenanceUrl, twin), scale: SCALE, log: quiet });
}, 120_000);

afterAll(async () => {
  for (const name of [twin, bare, aborted]) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

describe("scale", () => {
  test("scale 1 is 10k meetings and 100k commitments; scale 10 ten times that", () => {
    expect(planFor(1)).toMatchObject({ meetings: 10_000, commitments: 100_000 });
    expect(planFor(10)).toMatchObject({ meetings: 100_000, commitments: 1_000_000 });
    expect(planFor(SCALE)).toMatchObject({ meetings: 50, commitments: 500 });
    expect(() => planFor(0)).toThrow(SyntheticDataError);
    expect(() => planFor(0.00001)).toThrow(/too small/);
  });

  test("adds exactly the planned rows, and what it reports", async () => {
    const after = await countAll(url);
    const added = Object.fromEntries(TABLES.map((t) => [t, after[t] - seedCounts[t]])) as Record<Table, number>;
    for (const table of TABLES) expect(added[table], table).toBe(result.tables[table].rows);
    const plan = planFor(SCALE);
    expect(added).toMatchObject({
      country: plan.countries,
      topic: plan.topics,
      organization: plan.organizations,
      person: plan.people,
      meeting: plan.meetings,
      commitment: plan.commitments,
    });
    // One release per meeting plus the appointment releases that cite positions.
    expect(added.source_document).toBeGreaterThan(plan.meetings);
    expect(added.position).toBeGreaterThanOrEqual(plan.people);
    expect(added.participation).toBeGreaterThanOrEqual(2 * plan.meetings);
    expect(added.participation).toBeLessThanOrEqual(12 * plan.meetings);
    expect(added.commitment_party).toBeGreaterThanOrEqual(plan.commitments);
  });

  test("every meeting seats 2 to 12 people, hosts and guests", async () => {
    const rows = await query(`
      SELECT m.slug, count(p.id)::int AS n, count(*) FILTER (WHERE p.side = 'HOST')::int AS hosts, count(*) FILTER (WHERE p.side = 'GUEST')::int AS guests
      FROM meeting m LEFT JOIN participation p ON p.meeting_id = m.id
      WHERE m.slug LIKE 'synthetic-%' GROUP BY m.slug`);
    expect(rows).toHaveLength(planFor(SCALE).meetings);
    for (const row of rows) {
      expect(row.n, row.slug).toBeGreaterThanOrEqual(2);
      expect(row.n, row.slug).toBeLessThanOrEqual(12);
      expect(row.hosts, row.slug).toBeGreaterThan(0);
      expect(row.guests, row.slug).toBeGreaterThan(0);
    }
  });

  test("the seed is untouched", async () => {
    const rows = await query("SELECT count(*)::int AS n FROM source_document WHERE slug NOT LIKE 'synthetic-%'");
    expect(rows[0]?.n).toBe(seedCounts.source_document);
  });
});

describe("integrity", () => {
  test("every citation quotes its document at its code-point offsets", async () => {
    const mismatched = await query(`
      SELECT c.id FROM citation c JOIN source_document d ON d.id = c.document_id
      WHERE substr(d.body, c.start_offset + 1, c.end_offset - c.start_offset) IS DISTINCT FROM c.quote`);
    expect(mismatched).toEqual([]);
    // Some releases carry characters outside the BMP before cited sentences, where UTF-16
    // offsets would be wrong: the offsets must count code points.
    const astral = await query<{ body: string; start_offset: number; end_offset: number; quote: string }>(`
      SELECT d.body, c.start_offset, c.end_offset, c.quote FROM citation c JOIN source_document d ON d.id = c.document_id
      WHERE d.slug LIKE 'synthetic-%' AND d.body ~ '[\\U00010000-\\U0010FFFF]'`);
    const shifted = astral.filter((c) => c.body.slice(c.start_offset, c.end_offset) !== c.quote);
    expect(shifted.length).toBeGreaterThan(0);
    for (const c of shifted) expect([...c.body].slice(c.start_offset, c.end_offset).join("")).toBe(c.quote);
  });

  test("no orphans: every synthetic document and citation is used", async () => {
    const uncitedDocuments = await query(`
      SELECT d.slug FROM source_document d WHERE d.slug LIKE 'synthetic-%' AND NOT EXISTS (SELECT 1 FROM citation c WHERE c.document_id = d.id)`);
    expect(uncitedDocuments).toEqual([]);
    const unusedCitations = await query(`
      SELECT c.id FROM citation c JOIN source_document d ON d.id = c.document_id
      WHERE d.slug LIKE 'synthetic-%'
        AND NOT EXISTS (SELECT 1 FROM meeting m WHERE m.citation_id = c.id)
        AND NOT EXISTS (SELECT 1 FROM participation p WHERE p.citation_id = c.id)
        AND NOT EXISTS (SELECT 1 FROM position p WHERE p.citation_id = c.id)
        AND NOT EXISTS (SELECT 1 FROM commitment k WHERE k.citation_id = c.id)`);
    expect(unusedCitations).toEqual([]);
    const childless = await query(`
      SELECT 'meeting without commitments or participants' AS problem, m.slug FROM meeting m
      WHERE m.slug LIKE 'synthetic-%' AND NOT EXISTS (SELECT 1 FROM participation p WHERE p.meeting_id = m.id)
      UNION ALL
      SELECT 'commitment without maker', k.slug FROM commitment k
      WHERE k.slug LIKE 'synthetic-%' AND NOT EXISTS (SELECT 1 FROM commitment_party cp WHERE cp.commitment_id = k.id AND cp.role = 'MAKER')
      UNION ALL
      SELECT 'person without position', p.slug FROM person p
      WHERE p.slug LIKE 'synthetic-%' AND NOT EXISTS (SELECT 1 FROM position x WHERE x.person_id = p.id)`);
    expect(childless).toEqual([]);
  });

  test("facts cite the release of their own meeting", async () => {
    const rows = await query(`
      SELECT 'participation' AS kind, p.id FROM participation p
        JOIN meeting m ON m.id = p.meeting_id JOIN citation pc ON pc.id = p.citation_id JOIN citation mc ON mc.id = m.citation_id
      WHERE m.slug LIKE 'synthetic-%' AND pc.document_id <> mc.document_id
      UNION ALL
      SELECT 'commitment', k.id FROM commitment k
        JOIN meeting m ON m.id = k.meeting_id JOIN citation kc ON kc.id = k.citation_id JOIN citation mc ON mc.id = m.citation_id
      WHERE k.slug LIKE 'synthetic-%' AND kc.document_id <> mc.document_id`);
    expect(rows).toEqual([]);
  });

  test("participations use the person's own position and organization", async () => {
    const rows = await query(`
      SELECT p.id FROM participation p JOIN meeting m ON m.id = p.meeting_id
        LEFT JOIN position x ON x.id = p.position_id
      WHERE m.slug LIKE 'synthetic-%'
        AND (x.person_id <> p.person_id OR (p.organization_id IS NOT NULL AND x.organization_id <> p.organization_id) OR x.title <> p.role_title)`);
    expect(rows).toEqual([]);
  });

  test("people named as makers or addressees attended the meeting", async () => {
    const rows = await query(`
      SELECT cp.id FROM commitment_party cp JOIN commitment k ON k.id = cp.commitment_id
      WHERE k.slug LIKE 'synthetic-%' AND cp.person_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM participation p WHERE p.meeting_id = k.meeting_id AND p.person_id = cp.person_id)`);
    expect(rows).toEqual([]);
  });

  test("responses answer an earlier commitment of the same meeting (threads stay within a meeting)", async () => {
    const rows = await query(`
      SELECT k.slug FROM commitment k
        JOIN commitment t ON t.id = k.responds_to_id
        JOIN citation kc ON kc.id = k.citation_id JOIN citation tc ON tc.id = t.citation_id
      WHERE k.slug LIKE 'synthetic-%'
        AND (t.meeting_id IS DISTINCT FROM k.meeting_id OR tc.start_offset >= kc.start_offset OR kc.document_id <> tc.document_id)`);
    expect(rows).toEqual([]);
    const threads = await query(`
      WITH RECURSIVE thread AS (
        SELECT id, meeting_id AS root_meeting, meeting_id FROM commitment WHERE responds_to_id IS NULL AND slug LIKE 'synthetic-%'
        UNION ALL
        SELECT k.id, thread.root_meeting, k.meeting_id FROM commitment k JOIN thread ON k.responds_to_id = thread.id
      )
      SELECT count(*)::int AS n, count(*) FILTER (WHERE meeting_id IS DISTINCT FROM root_meeting)::int AS strays FROM thread`);
    expect(threads[0]).toEqual({ n: planFor(SCALE).commitments, strays: 0 });
    const responses = await query(
      "SELECT count(*)::int AS n FROM commitment WHERE slug LIKE 'synthetic-%' AND kind = 'RESPONSE' AND responds_to_id IS NOT NULL",
    );
    expect(responses[0]?.n).toBeGreaterThan(0);
  });

  test("every commitment's status history ends in its status, and the history trigger is back on", async () => {
    const rows = await query(`
      SELECT k.slug FROM commitment k
      WHERE k.slug LIKE 'synthetic-%' AND k.status IS DISTINCT FROM (
        SELECT s.to_status FROM commitment_status_change s WHERE s.commitment_id = k.id ORDER BY s.changed_at DESC, s.id LIMIT 1)`);
    expect(rows).toEqual([]);
    const firsts = await query(`
      SELECT count(*)::int AS n FROM commitment_status_change s JOIN commitment k ON k.id = s.commitment_id
      WHERE k.slug LIKE 'synthetic-%' AND s.from_status IS NULL`);
    expect(firsts[0]?.n).toBe(planFor(SCALE).commitments);
    const trigger = await query(
      "SELECT tgenabled FROM pg_trigger WHERE tgrelid = 'commitment'::regclass AND tgname = 'commitment_record_status'",
    );
    expect(trigger).toEqual([{ tgenabled: "O" }]);
  });

  test("participants are numbered in the order the release names them", async () => {
    const rows = await query(`
      SELECT m.slug FROM meeting m JOIN participation p ON p.meeting_id = m.id
      WHERE m.slug LIKE 'synthetic-%' GROUP BY m.slug
      HAVING min(p.ordinal) <> 0 OR max(p.ordinal) <> count(*) - 1 OR count(DISTINCT p.ordinal) <> count(*)`);
    expect(rows).toEqual([]);
  });

  test("organization ancestry is what the trigger derives from the parents", async () => {
    const rows = await query(`
      SELECT o.slug FROM organization o LEFT JOIN organization p ON p.id = o.parent_id
      WHERE o.slug LIKE 'synthetic-%' AND o.ancestor_ids <> CASE WHEN p.id IS NULL THEN ARRAY[]::uuid[] ELSE p.ancestor_ids || p.id END`);
    expect(rows).toEqual([]);
    const depth = await query(
      "SELECT max(cardinality(ancestor_ids))::int AS d FROM organization WHERE slug LIKE 'synthetic-%'",
    );
    expect(depth[0]?.d).toBeGreaterThanOrEqual(3);
  });

  test("dates carry their precision and the database derives the period ends", async () => {
    const rows = await query(`
      SELECT 'meeting' AS t, count(*)::int AS n FROM meeting WHERE slug LIKE 'synthetic-%' AND (date IS NULL) <> (date_end IS NULL)
      UNION ALL SELECT 'position', count(*)::int FROM position WHERE slug LIKE 'synthetic-%' AND (end_date IS NULL) <> (end_latest IS NULL)
      UNION ALL SELECT 'commitment', count(*)::int FROM commitment WHERE slug LIKE 'synthetic-%' AND (due_date IS NULL) <> (due_end IS NULL)
      UNION ALL SELECT 'search', count(*)::int FROM meeting WHERE slug LIKE 'synthetic-%' AND search IS NULL`);
    for (const row of rows) expect(row.n, row.t).toBe(0);
    const precisions = await query(
      "SELECT DISTINCT date_precision AS p FROM meeting WHERE slug LIKE 'synthetic-%' AND date IS NOT NULL ORDER BY 1",
    );
    expect(precisions.map((r) => r.p)).toContain("DAY");
    expect(precisions.length).toBeGreaterThan(1);
  });

  test("slugs are prefixed and stable", async () => {
    const documents = await query("SELECT count(*)::int AS n FROM source_document WHERE slug LIKE $1", [
      `${SYNTHETIC_PREFIX}%`,
    ]);
    expect(documents[0]?.n).toBe(result.tables.source_document.rows);
    const twinSlugs = await withClient(withDatabase(maintenanceUrl, twin), (c) =>
      c.query("SELECT slug FROM meeting ORDER BY slug"),
    );
    const slugs = await query("SELECT slug FROM meeting ORDER BY slug");
    expect(twinSlugs.rows).toEqual(slugs);
  });
});

describe("determinism", () => {
  test("the same seed writes identical rows, uuids included, into another database", async () => {
    expect(twinResult.totalRows).toBe(result.totalRows);
    const [mine, theirs] = await Promise.all([checksums(url), checksums(withDatabase(maintenanceUrl, twin))]);
    expect(theirs).toEqual(mine);
  });
});

describe("refusals", () => {
  test("a second run is refused with one clear line, and changes nothing", async () => {
    const before = await countAll(url);
    const error = await generateSynthetic({ databaseUrl: url, scale: SCALE, log: () => {} }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(SyntheticDataError);
    expect((error as Error).message).toMatch(/already holds synthetic data/);
    expect((error as Error).message).not.toContain("\n");
    expect(await countAll(url)).toEqual(before);
  });

  test("an unmigrated database is refused with one clear line", async () => {
    const error = await generateSynthetic({
      databaseUrl: withDatabase(maintenanceUrl, bare),
      scale: SCALE,
      log: () => {},
    }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(SyntheticDataError);
    expect((error as Error).message).toMatch(/not migrated/);
    expect((error as Error).message).not.toContain("\n");
  });

  test("a run that fails halfway leaves nothing behind (one transaction)", async () => {
    const target = withDatabase(maintenanceUrl, aborted);
    const before = await countAll(target);
    const error = await generateSynthetic({
      databaseUrl: target,
      scale: SCALE,
      log: () => {},
      onBatch: (table) => {
        if (table === "commitment") throw new Error("interrupted");
      },
    }).catch((e: Error) => e);
    expect((error as Error).message).toBe("interrupted");
    expect(await countAll(target)).toEqual(before);
    // ...and can simply be run again.
    const retried = await generateSynthetic({ databaseUrl: target, scale: SCALE, log: () => {} });
    expect(retried.totalRows).toBe(result.totalRows);
  });
});
