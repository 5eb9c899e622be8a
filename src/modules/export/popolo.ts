// popolo.json: persons, organizations, memberships and events in the Popolo data
// specification (http://www.popoloproject.com/specs/), ids being Accord's slugs. Extensions
// beyond core Popolo are prefixed `x_`. Four statements, one per section, each read through a
// server-side cursor, so the file streams instead of being held in memory.
import Cursor from "pg-cursor";
import { Prisma } from "../../generated/prisma/client.js";
import { connectForRead } from "../../infra/db.js";
import { dateAt } from "./csv.js";

export interface PopoloSource {
  url: string;
  note: string;
}
export interface PopoloPerson {
  id: string;
  name: string;
  other_names?: Array<{ name: string; note: string }>;
  national_identity?: string;
  sources: PopoloSource[];
}
export interface PopoloOrganization {
  id: string;
  name: string;
  classification: string;
  parent_id?: string;
  other_names?: Array<{ name: string; note: string }>;
  x_country_code?: string;
  sources: PopoloSource[];
}
export interface PopoloMembership {
  id: string;
  person_id: string;
  organization_id: string;
  role: string;
  start_date?: string;
  end_date?: string;
  x_current: boolean;
  sources: PopoloSource[];
}
export interface PopoloParticipant {
  person_id: string;
  role: string;
  side: string;
  organization_id?: string;
  x_country_code?: string;
}
export interface PopoloEvent {
  id: string;
  name: string;
  classification: string;
  status: string;
  start_date?: string;
  location?: string;
  organization_id?: string;
  description?: string;
  x_participants: PopoloParticipant[];
  sources: PopoloSource[];
}
export interface Popolo {
  persons: PopoloPerson[];
  organizations: PopoloOrganization[];
  memberships: PopoloMembership[];
  events: PopoloEvent[];
}

interface CitedSource {
  document_slug: string;
  document_title: string;
  url: string | null;
  quote: string;
  start_offset: number;
  end_offset: number;
}

/** JSON array of the given citations (a subquery yielding `citation_id`), document order, distinct. */
const sourcesOf = (citationIds: string) =>
  Prisma.raw(`(SELECT COALESCE(json_agg(json_build_object('document_slug', sd.slug, 'document_title', sd.title, 'url', sd.url,
        'quote', sc.quote, 'start_offset', sc.start_offset, 'end_offset', sc.end_offset) ORDER BY sd.slug, sc.start_offset, sc.end_offset), '[]'::json)
     FROM citation sc JOIN source_document sd ON sd.id = sc.document_id
     WHERE sc.id IN (${citationIds}))`);

/**
 * Words of a text for whole-word matching: letters and digits only, single spaces, padded,
 * so "United Nations’ peacekeeping" and "(ADMM) Plus" match "United Nations peacekeeping" and "ADMM Plus".
 */
const words = (text: string) => `(' ' || trim(regexp_replace(${text}, '[^[:alnum:]]+', ' ', 'g')) || ' ')`;

/** Citations whose quote names the record: the name or full name in any case, the acronym as written. */
const mentioning = (names: string[], acronym?: string) =>
  `SELECT mc.id FROM citation mc WHERE ${[
    ...names.map((name) => `(${name} IS NOT NULL AND strpos(lower(${words("mc.quote")}), lower(${words(name)})) > 0)`),
    ...(acronym ? [`(${acronym} IS NOT NULL AND strpos(${words("mc.quote")}, ${words(acronym)}) > 0)`] : []),
  ].join(" OR ")}`;

function popoloSources(sources: CitedSource[]): PopoloSource[] {
  return sources.map((source) => ({
    // Documents without a URL are named by a URN: urn:accord:<document slug>#<start>-<end>.
    url: source.url ?? `urn:accord:${source.document_slug}#${source.start_offset}-${source.end_offset}`,
    note: `${source.document_title} (characters ${source.start_offset}–${source.end_offset}): “${source.quote}”`,
  }));
}

const present = <T extends Record<string, unknown>>(record: T): T =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null && value !== undefined)) as T;

/**
 * One Popolo section: its query, read through a server-side cursor, and how a row becomes a
 * record. The file is written section by section, a batch of rows at a time, so its size is
 * bounded by the database, not by the server's memory.
 */
interface PopoloSection<Row> {
  key: keyof Popolo;
  query: Prisma.Sql;
  toRecord: (row: Row) => object;
}

const section = <Row>(definition: PopoloSection<Row>) => definition as PopoloSection<unknown>;

const POPOLO_SECTIONS: Array<PopoloSection<unknown>> = [
  // A person's or organization's sources are the citations of facts about them (positions,
  // participations, commitments they are party to); when there are none, the quotes that name them.
  section<{
    slug: string;
    name: string;
    full_name: string | null;
    country: string | null;
    facts: CitedSource[];
    mentions: CitedSource[] | null;
  }>({
    key: "persons",
    query: Prisma.sql`
    SELECT pe.slug, pe.name, pe.full_name, co.name AS country,
      ${sourcesOf(`SELECT citation_id FROM position WHERE person_id = pe.id
        UNION SELECT citation_id FROM participation WHERE person_id = pe.id
        UNION SELECT c.citation_id FROM commitment_party cp JOIN commitment c ON c.id = cp.commitment_id WHERE cp.person_id = pe.id`)} AS facts,
      CASE WHEN NOT EXISTS (SELECT 1 FROM position WHERE person_id = pe.id) AND NOT EXISTS (SELECT 1 FROM participation WHERE person_id = pe.id)
        AND NOT EXISTS (SELECT 1 FROM commitment_party WHERE person_id = pe.id)
        THEN ${sourcesOf(mentioning(["pe.name", "pe.full_name"]))} END AS mentions
    FROM person pe LEFT JOIN country co ON co.id = pe.country_id
    ORDER BY pe.slug`,
    toRecord: (row) =>
      present({
        id: row.slug,
        name: row.name,
        other_names:
          row.full_name && row.full_name !== row.name ? [{ name: row.full_name, note: "full name" }] : undefined,
        national_identity: row.country ?? undefined,
        sources: popoloSources(row.mentions ?? row.facts),
      }),
  }),
  section<{
    slug: string;
    name: string;
    acronym: string | null;
    kind: string;
    parent: string | null;
    country: string | null;
    facts: CitedSource[];
    mentions: CitedSource[] | null;
  }>({
    key: "organizations",
    query: Prisma.sql`
    SELECT o.slug, o.name, o.acronym, o.kind::text AS kind, parent.slug AS parent, co.slug AS country,
      ${sourcesOf(`SELECT citation_id FROM position WHERE organization_id = o.id
        UNION SELECT citation_id FROM participation WHERE organization_id = o.id
        UNION SELECT c.citation_id FROM commitment_party cp JOIN commitment c ON c.id = cp.commitment_id WHERE cp.organization_id = o.id`)} AS facts,
      CASE WHEN NOT EXISTS (SELECT 1 FROM position WHERE organization_id = o.id) AND NOT EXISTS (SELECT 1 FROM participation WHERE organization_id = o.id)
        AND NOT EXISTS (SELECT 1 FROM commitment_party WHERE organization_id = o.id)
        THEN ${sourcesOf(mentioning(["o.name"], "o.acronym"))} END AS mentions
    FROM organization o
    LEFT JOIN organization parent ON parent.id = o.parent_id
    LEFT JOIN country co ON co.id = o.country_id
    ORDER BY o.slug`,
    toRecord: (row) =>
      present({
        id: row.slug,
        name: row.name,
        classification: row.kind,
        parent_id: row.parent ?? undefined,
        other_names: row.acronym ? [{ name: row.acronym, note: "acronym" }] : undefined,
        x_country_code: row.country ?? undefined,
        sources: popoloSources(row.mentions ?? row.facts),
      }),
  }),
  section<{
    slug: string;
    person: string;
    organization: string;
    title: string;
    start_date: string | null;
    end_date: string | null;
    current: boolean;
    sources: CitedSource[];
  }>({
    key: "memberships",
    query: Prisma.sql`
    SELECT po.slug, pe.slug AS person, o.slug AS organization, po.title,
      ${dateAt("po.start_date", "po.start_precision")} AS start_date, ${dateAt("po.end_date", "po.end_precision")} AS end_date, po.current,
      ${sourcesOf("SELECT po.citation_id")} AS sources
    FROM position po JOIN person pe ON pe.id = po.person_id JOIN organization o ON o.id = po.organization_id
    ORDER BY pe.slug, po.start_date NULLS LAST, po.slug`,
    toRecord: (row) =>
      present({
        id: row.slug,
        person_id: row.person,
        organization_id: row.organization,
        role: row.title,
        start_date: row.start_date ?? undefined,
        end_date: row.end_date ?? undefined,
        x_current: row.current,
        sources: popoloSources(row.sources),
      }),
  }),
  // The organizing organization is the one the place names ("held at the Ministry of Defense"),
  // preferring one of the place's country.
  section<{
    slug: string;
    title: string;
    kind: string;
    status: string;
    start_date: string | null;
    place: string | null;
    organization: string | null;
    summary: string | null;
    participants: Array<{
      person: string;
      role: string;
      side: string;
      organization: string | null;
      country: string | null;
    }>;
    sources: CitedSource[];
  }>({
    key: "events",
    query: Prisma.sql`
    SELECT m.slug, m.title, m.kind::text AS kind, m.status::text AS status,
      ${dateAt("m.date", "m.date_precision")} AS start_date, m.place, m.summary,
      (SELECT o.slug FROM organization o
        WHERE m.place IS NOT NULL AND (lower(o.name) = lower(m.place) OR o.acronym = m.place)
        ORDER BY (o.country_id IS NOT DISTINCT FROM m.place_country_id) DESC, o.slug LIMIT 1) AS organization,
      (SELECT COALESCE(json_agg(json_build_object('person', pe.slug, 'role', p.role_title, 'side', p.side, 'organization', o.slug, 'country', co.slug)
          ORDER BY p.side, p.ordinal, pe.slug), '[]'::json)
        FROM participation p JOIN person pe ON pe.id = p.person_id
        LEFT JOIN organization o ON o.id = p.organization_id LEFT JOIN country co ON co.id = p.country_id
        WHERE p.meeting_id = m.id) AS participants,
      ${sourcesOf("SELECT m.citation_id UNION SELECT citation_id FROM participation WHERE meeting_id = m.id")} AS sources
    FROM meeting m
    ORDER BY m.date NULLS LAST, m.slug`,
    toRecord: (row) =>
      present({
        id: row.slug,
        name: row.title,
        classification: row.kind,
        status: row.status,
        start_date: row.start_date ?? undefined,
        location: row.place ?? undefined,
        organization_id: row.organization ?? undefined,
        description: row.summary ?? undefined,
        x_participants: row.participants.map((participant) =>
          present({
            person_id: participant.person,
            role: participant.role,
            side: participant.side,
            organization_id: participant.organization ?? undefined,
            x_country_code: participant.country ?? undefined,
          }),
        ),
        sources: popoloSources(row.sources),
      }),
  }),
];

/** Runs one query through a server-side cursor, a batch of rows at a time. */
async function* cursorBatches<Row>(query: Prisma.Sql, batchSize: number): AsyncGenerator<Row[]> {
  const client = await connectForRead();
  const cursor = client.query(new Cursor<Row>(query.text, query.values));
  try {
    for (;;) {
      const rows = await cursor.read(batchSize);
      if (rows.length) yield rows;
      if (rows.length < batchSize) return;
    }
  } finally {
    await cursor.close();
    client.release();
  }
}

/** The Popolo file, one record per line; nothing is written before the first query has answered. */
export async function* popoloJson(): AsyncGenerator<string> {
  let pending = "{";
  for (const [index, { key, query, toRecord }] of POPOLO_SECTIONS.entries()) {
    pending += `${index ? "," : ""}\n  "${key}": [`;
    let count = 0;
    for await (const rows of cursorBatches(query, 500)) {
      yield pending + rows.map((row) => `${count++ ? "," : ""}\n    ${JSON.stringify(toRecord(row))}`).join("");
      pending = "";
    }
    pending += count ? "\n  ]" : "]";
  }
  yield `${pending}\n}\n`;
}
