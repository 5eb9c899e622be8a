// Full-text search (weighted tsvector, titles over bodies) across meetings, commitments,
// people, organizations and documents, plus fuzzy name matching with pg_trgm so that a
// misspelt "Kitazava" still finds Kitazawa.
import { db } from "../../db.js";
import { Prisma } from "../../generated/prisma/client.js";

export const SEARCHABLE_TYPES = ["MEETING", "COMMITMENT", "PERSON", "ORGANIZATION", "SOURCE_DOCUMENT"] as const;
export type SearchableType = (typeof SEARCHABLE_TYPES)[number];

export interface SearchRow {
  type: SearchableType;
  id: string;
  score: number;
  snippet: string;
  total: number;
}

const HEADLINE = 'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "';

/**
 * One SELECT per type, each yielding (type, id, score) and the text a snippet is cut from, for
 * rows that match. The match repeats the tsquery expression instead of using q.tsq, so the
 * planner can use the GIN index. Snippets are cut later, for the page's rows only: ts_headline
 * is the costly part of a search.
 */
const QUERIES: Record<SearchableType, (text: string) => Prisma.Sql> = {
  MEETING: (text) => Prisma.sql`
    SELECT 'MEETING' AS type, m.id, ts_rank(m.search, q.tsq) AS score,
           concat_ws(' — ', m.title, cit.quote, m.series, m.place, m.summary) AS source, 'english'::regconfig AS config
    FROM meeting m JOIN citation cit ON cit.id = m.citation_id, q
    WHERE m.search @@ websearch_to_tsquery('english', ${text})`,
  COMMITMENT: (text) => Prisma.sql`
    SELECT 'COMMITMENT' AS type, c.id, ts_rank(c.search, q.tsq) AS score, concat_ws(' — ', cit.quote, c.statement) AS source, 'english'::regconfig AS config
    FROM commitment c JOIN citation cit ON cit.id = c.citation_id, q
    WHERE c.search @@ websearch_to_tsquery('english', ${text})`,
  PERSON: (text) => Prisma.sql`
    SELECT 'PERSON' AS type, p.id,
           greatest(ts_rank(p.search, q.simple_tsq), similarity(p.name, ${text}), similarity(coalesce(p.full_name, ''), ${text})) AS score,
           concat_ws(' ', p.name, '(' || p.full_name || ')') AS source, 'simple'::regconfig AS config
    FROM person p, q
    WHERE p.search @@ websearch_to_tsquery('simple', ${text}) OR p.name % ${text} OR p.full_name % ${text}`,
  ORGANIZATION: (text) => Prisma.sql`
    SELECT 'ORGANIZATION' AS type, o.id,
           greatest(ts_rank(o.search, q.tsq), similarity(o.name, ${text}), similarity(coalesce(o.acronym, ''), ${text})) AS score,
           concat_ws(' ', o.name, '(' || o.acronym || ')') AS source, 'english'::regconfig AS config
    FROM organization o, q
    WHERE o.search @@ websearch_to_tsquery('english', ${text}) OR o.name % ${text} OR o.acronym % ${text}`,
  SOURCE_DOCUMENT: (text) => Prisma.sql`
    SELECT 'SOURCE_DOCUMENT' AS type, d.id, ts_rank(d.search, q.tsq) AS score, d.body AS source, 'english'::regconfig AS config
    FROM source_document d, q
    WHERE d.search @@ websearch_to_tsquery('english', ${text})`,
};

/** Matches, best first (ties by type and id, so pages are stable), with the total count. */
export async function search({
  text,
  types,
  offset,
  limit,
}: {
  text: string;
  types: readonly SearchableType[];
  offset: number;
  limit: number;
}): Promise<SearchRow[]> {
  const selected = types.length ? [...new Set(types)] : SEARCHABLE_TYPES;
  const union = Prisma.join(
    selected.map((type) => QUERIES[type](text)),
    " UNION ALL ",
  );
  return db.$queryRaw<SearchRow[]>`
    WITH q AS (SELECT websearch_to_tsquery('english', ${text}) AS tsq, websearch_to_tsquery('simple', ${text}) AS simple_tsq),
    hits AS (${union}),
    page AS (
      SELECT type, id, score, source, config, (count(*) OVER ())::int AS total
      FROM hits
      ORDER BY score DESC, type, id
      OFFSET ${offset} LIMIT ${limit}
    )
    SELECT type, id, score::float8 AS score, total,
           ts_headline(config, source, websearch_to_tsquery(config, ${text}), ${HEADLINE}) AS snippet
    FROM page
    ORDER BY score DESC, type, id`;
}
