// Full-text search (weighted tsvector, titles over bodies) across meetings, commitments,
// people, organizations and documents, plus fuzzy name matching with pg_trgm so that a
// misspelt "Kitazava" still finds Kitazawa.

import { Prisma } from "../../generated/prisma/client.js";
import { db } from "../../infra/db.js";

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
 * Per type: the matching rows as (type, id, score), and the text a snippet is cut from. The
 * match repeats the tsquery expression instead of using q.tsq, so the planner can use the GIN
 * index. Texts and snippets are made later, for the page's rows only: a popular word matches
 * tens of thousands of rows, and ts_headline (and the citation join) are the costly parts.
 */
const QUERIES: Record<SearchableType, { hits: (text: string) => Prisma.Sql; snippetSource: Prisma.Sql }> = {
  MEETING: {
    hits: (text) => Prisma.sql`
      SELECT 'MEETING' AS type, m.id, ts_rank(m.search, q.tsq) AS score
      FROM meeting m, q
      WHERE m.search @@ websearch_to_tsquery('english', ${text})`,
    snippetSource: Prisma.sql`
      SELECT concat_ws(' — ', m.title, cit.quote, m.series, m.place, m.summary) AS source, 'english'::regconfig AS config
      FROM meeting m JOIN citation cit ON cit.id = m.citation_id
      WHERE page.type = 'MEETING' AND m.id = page.id`,
  },
  COMMITMENT: {
    hits: (text) => Prisma.sql`
      SELECT 'COMMITMENT' AS type, c.id, ts_rank(c.search, q.tsq) AS score
      FROM commitment c, q
      WHERE c.search @@ websearch_to_tsquery('english', ${text})`,
    snippetSource: Prisma.sql`
      SELECT concat_ws(' — ', cit.quote, c.statement) AS source, 'english'::regconfig AS config
      FROM commitment c JOIN citation cit ON cit.id = c.citation_id
      WHERE page.type = 'COMMITMENT' AND c.id = page.id`,
  },
  PERSON: {
    hits: (text) => Prisma.sql`
      SELECT 'PERSON' AS type, p.id,
             greatest(ts_rank(p.search, q.simple_tsq), similarity(p.name, ${text}), similarity(coalesce(p.full_name, ''), ${text})) AS score
      FROM person p, q
      WHERE p.search @@ websearch_to_tsquery('simple', ${text}) OR p.name % ${text} OR p.full_name % ${text}`,
    snippetSource: Prisma.sql`
      SELECT concat_ws(' ', p.name, '(' || p.full_name || ')') AS source, 'simple'::regconfig AS config
      FROM person p
      WHERE page.type = 'PERSON' AND p.id = page.id`,
  },
  ORGANIZATION: {
    hits: (text) => Prisma.sql`
      SELECT 'ORGANIZATION' AS type, o.id,
             greatest(ts_rank(o.search, q.tsq), similarity(o.name, ${text}), similarity(coalesce(o.acronym, ''), ${text})) AS score
      FROM organization o, q
      WHERE o.search @@ websearch_to_tsquery('english', ${text}) OR o.name % ${text} OR o.acronym % ${text}`,
    snippetSource: Prisma.sql`
      SELECT concat_ws(' ', o.name, '(' || o.acronym || ')') AS source, 'english'::regconfig AS config
      FROM organization o
      WHERE page.type = 'ORGANIZATION' AND o.id = page.id`,
  },
  SOURCE_DOCUMENT: {
    hits: (text) => Prisma.sql`
      SELECT 'SOURCE_DOCUMENT' AS type, d.id, ts_rank(d.search, q.tsq) AS score
      FROM source_document d, q
      WHERE d.search @@ websearch_to_tsquery('english', ${text})`,
    snippetSource: Prisma.sql`
      SELECT d.body AS source, 'english'::regconfig AS config
      FROM source_document d
      WHERE page.type = 'SOURCE_DOCUMENT' AND d.id = page.id`,
  },
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
  const union = (part: (type: SearchableType) => Prisma.Sql) => Prisma.join(selected.map(part), " UNION ALL ");
  return db.$queryRaw<SearchRow[]>`
    WITH q AS (SELECT websearch_to_tsquery('english', ${text}) AS tsq, websearch_to_tsquery('simple', ${text}) AS simple_tsq),
    hits AS (${union((type) => QUERIES[type].hits(text))}),
    page AS (
      SELECT type, id, score, (count(*) OVER ())::int AS total
      FROM hits
      ORDER BY score DESC, type, id
      OFFSET ${offset} LIMIT ${limit}
    )
    SELECT page.type, page.id, page.score::float8 AS score, page.total,
           ts_headline(s.config, s.source, websearch_to_tsquery(s.config, ${text}), ${HEADLINE}) AS snippet
    FROM page CROSS JOIN LATERAL (${union((type) => QUERIES[type].snippetSource)}) s
    ORDER BY page.score DESC, page.type, page.id`;
}
