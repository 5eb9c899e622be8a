// Whole-database exports for researchers: commitments.csv, meetings.csv and popolo.json.
// The CSV files are read in keyset-paged batches (one SQL statement per batch of rows, with
// parties and dates joined and formatted in SQL) and produced as text chunks, so a large
// database streams instead of being held in memory. The Popolo file is four statements, one per
// section, each read through a server-side cursor.
import Cursor from "pg-cursor";
import { Prisma } from "../../generated/prisma/client.js";
import { connectForRead, db } from "../../infra/db.js";

export type ExportName = "commitments.csv" | "meetings.csv" | "popolo.json";

export interface ExportFile {
  name: ExportName;
  contentType: string;
  /** The file's text, in chunks; the first chunk arrives only after the first query succeeded. */
  chunks(options?: ExportOptions): AsyncGenerator<string>;
}

export interface ExportOptions {
  /** Rows per SQL statement for the CSV files. */
  batchSize?: number;
}

export const DEFAULT_BATCH_SIZE = 500;

// ---------------------------------------------------------------------------------------
// CSV (RFC 4180): CRLF between records, a header row, a field quoted when it holds a comma,
// a double quote, CR or LF, with double quotes doubled. UTF-8 without a byte-order mark.

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord(values: ReadonlyArray<string | number | null | undefined>): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/** A date column at its precision: "2011", "2011-08" or "2011-08-09". */
const dateAt = (date: string, precision: string) =>
  Prisma.raw(
    `CASE ${precision}::text WHEN 'DAY' THEN to_char(${date}, 'YYYY-MM-DD') WHEN 'MONTH' THEN to_char(${date}, 'YYYY-MM') WHEN 'YEAR' THEN to_char(${date}, 'YYYY') END`,
  );

/** A commitment's makers or addressees in the source's order: "Ban (person); United Nations (organization)". */
const partiesOf = (role: "MAKER" | "ADDRESSEE") =>
  Prisma.raw(`(SELECT string_agg(COALESCE(pp.name || ' (person)', po.name || ' (organization)', pc.name || ' (country)'), '; ' ORDER BY cp.position, cp.id)
     FROM commitment_party cp
     LEFT JOIN person pp ON pp.id = cp.person_id
     LEFT JOIN organization po ON po.id = cp.organization_id
     LEFT JOIN country pc ON pc.id = cp.country_id
     WHERE cp.commitment_id = c.id AND cp.role = '${role}')`);

/** Reads a query in batches after a keyset cursor taken from each batch's last row. */
async function* batches<Row, Cursor>(
  read: (after: Cursor | null, limit: number) => Promise<Row[]>,
  cursorOf: (row: Row) => Cursor,
  batchSize: number,
): AsyncGenerator<Row[]> {
  let after: Cursor | null = null;
  for (;;) {
    const rows = await read(after, batchSize);
    if (rows.length) yield rows;
    if (rows.length < batchSize) return;
    after = cursorOf(rows[rows.length - 1] as Row);
  }
}

/** Writes the header with the first batch, so a failing first query fails before any output. */
async function* csv<Row>(
  header: readonly string[],
  rows: AsyncGenerator<Row[]>,
  toRecord: (row: Row) => ReadonlyArray<string | number | null>,
): AsyncGenerator<string> {
  let first = true;
  for await (const batch of rows) {
    const text = batch.map((row) => csvRecord(toRecord(row))).join("");
    yield first ? csvRecord(header) + text : text;
    first = false;
  }
  if (first) yield csvRecord(header);
}

// ---------------------------------------------------------------------------------------
// commitments.csv: one row per commitment, ordered by meeting date (undated and meeting-less
// last), meeting, then the order the source reports them.

export const COMMITMENT_COLUMNS = [
  "slug",
  "kind",
  "status",
  "statement",
  "meeting_slug",
  "meeting_title",
  "meeting_date",
  "meeting_date_precision",
  "makers",
  "addressees",
  "topic_slug",
  "topic",
  "due_date",
  "due_precision",
  "due_text",
  "responds_to_slug",
  "basis",
  "citation_quote",
  "document_slug",
  "document_title",
  "start_offset",
  "end_offset",
] as const;

interface CommitmentRow {
  slug: string;
  kind: string;
  status: string;
  statement: string;
  meeting_slug: string | null;
  meeting_title: string | null;
  meeting_date: string | null;
  meeting_date_precision: string | null;
  makers: string | null;
  addressees: string | null;
  topic_slug: string | null;
  topic: string | null;
  due_date: string | null;
  due_precision: string | null;
  due_text: string | null;
  responds_to_slug: string | null;
  basis: string;
  citation_quote: string;
  document_slug: string;
  document_title: string;
  start_offset: number;
  end_offset: number;
  k_date: string;
  k_meeting: string;
}

type CommitmentCursor = [date: string, meeting: string, document: string, offset: number, slug: string];

function readCommitments(after: CommitmentCursor | null, limit: number) {
  const from = after
    ? Prisma.sql`WHERE (COALESCE(m.date, 'infinity'::date), COALESCE(m.slug, ''), d.slug, ci.start_offset, c.slug)
        > (${after[0]}::date, ${after[1]}, ${after[2]}, ${after[3]}::int, ${after[4]})`
    : Prisma.empty;
  return db.$queryRaw<CommitmentRow[]>`
    SELECT c.slug, c.kind::text AS kind, c.status::text AS status, c.statement,
      m.slug AS meeting_slug, m.title AS meeting_title,
      ${dateAt("m.date", "m.date_precision")} AS meeting_date, m.date_precision::text AS meeting_date_precision,
      ${partiesOf("MAKER")} AS makers, ${partiesOf("ADDRESSEE")} AS addressees,
      t.slug AS topic_slug, t.name AS topic,
      ${dateAt("c.due_date", "c.due_precision")} AS due_date, c.due_precision::text AS due_precision, c.due_text,
      r.slug AS responds_to_slug, c.basis::text AS basis,
      ci.quote AS citation_quote, d.slug AS document_slug, d.title AS document_title, ci.start_offset, ci.end_offset,
      COALESCE(m.date, 'infinity'::date)::text AS k_date, COALESCE(m.slug, '') AS k_meeting
    FROM commitment c
    JOIN citation ci ON ci.id = c.citation_id
    JOIN source_document d ON d.id = ci.document_id
    LEFT JOIN meeting m ON m.id = c.meeting_id
    LEFT JOIN topic t ON t.id = c.topic_id
    LEFT JOIN commitment r ON r.id = c.responds_to_id
    ${from}
    ORDER BY COALESCE(m.date, 'infinity'::date), COALESCE(m.slug, ''), d.slug, ci.start_offset, c.slug
    LIMIT ${limit}`;
}

export function commitmentsCsv({ batchSize = DEFAULT_BATCH_SIZE }: ExportOptions = {}): AsyncGenerator<string> {
  const rows = batches(readCommitments, (row): CommitmentCursor => [row.k_date, row.k_meeting, row.document_slug, row.start_offset, row.slug], batchSize);
  return csv(COMMITMENT_COLUMNS, rows, (row) => COMMITMENT_COLUMNS.map((column) => row[column]));
}

// ---------------------------------------------------------------------------------------
// meetings.csv: one row per participation (hosts first, in the source's order), and one row
// with empty person columns for a meeting nobody is recorded at.

export const MEETING_COLUMNS = [
  "meeting_slug",
  "meeting_title",
  "meeting_kind",
  "meeting_status",
  "date",
  "date_precision",
  "date_basis",
  "place",
  "place_country",
  "person_slug",
  "person_name",
  "role_title",
  "side",
  "organization_slug",
  "organization",
  "country",
  "citation_quote",
  "meeting_citation_quote",
] as const;

interface MeetingRow extends Record<(typeof MEETING_COLUMNS)[number], string | null> {
  k_date: string;
  k_side: number;
  k_ordinal: number;
  k_person: string;
}

type MeetingCursor = [date: string, meeting: string, side: number, ordinal: number, person: string];

function readMeetings(after: MeetingCursor | null, limit: number) {
  const side = Prisma.sql`CASE p.side WHEN 'HOST' THEN 0 WHEN 'GUEST' THEN 1 ELSE -1 END`;
  const from = after
    ? Prisma.sql`WHERE (COALESCE(m.date, 'infinity'::date), m.slug, ${side}, COALESCE(p.ordinal, -1), COALESCE(pe.slug, ''))
        > (${after[0]}::date, ${after[1]}, ${after[2]}::int, ${after[3]}::int, ${after[4]})`
    : Prisma.empty;
  return db.$queryRaw<MeetingRow[]>`
    SELECT m.slug AS meeting_slug, m.title AS meeting_title, m.kind::text AS meeting_kind, m.status::text AS meeting_status,
      ${dateAt("m.date", "m.date_precision")} AS date, m.date_precision::text AS date_precision,
      CASE WHEN m.date IS NOT NULL THEN m.date_basis::text END AS date_basis,
      m.place, mc.name AS place_country,
      pe.slug AS person_slug, pe.name AS person_name, p.role_title, p.side::text AS side,
      o.slug AS organization_slug, o.name AS organization, pc.name AS country,
      pci.quote AS citation_quote, mci.quote AS meeting_citation_quote,
      COALESCE(m.date, 'infinity'::date)::text AS k_date, ${side} AS k_side, COALESCE(p.ordinal, -1) AS k_ordinal, COALESCE(pe.slug, '') AS k_person
    FROM meeting m
    JOIN citation mci ON mci.id = m.citation_id
    LEFT JOIN country mc ON mc.id = m.place_country_id
    LEFT JOIN participation p ON p.meeting_id = m.id
    LEFT JOIN person pe ON pe.id = p.person_id
    LEFT JOIN organization o ON o.id = p.organization_id
    LEFT JOIN country pc ON pc.id = p.country_id
    LEFT JOIN citation pci ON pci.id = p.citation_id
    ${from}
    ORDER BY COALESCE(m.date, 'infinity'::date), m.slug, ${side}, COALESCE(p.ordinal, -1), COALESCE(pe.slug, '')
    LIMIT ${limit}`;
}

export function meetingsCsv({ batchSize = DEFAULT_BATCH_SIZE }: ExportOptions = {}): AsyncGenerator<string> {
  const rows = batches(readMeetings, (row): MeetingCursor => [row.k_date, row.meeting_slug as string, row.k_side, row.k_ordinal, row.k_person], batchSize);
  return csv(MEETING_COLUMNS, rows, (row) => MEETING_COLUMNS.map((column) => row[column]));
}

// ---------------------------------------------------------------------------------------
// popolo.json: persons, organizations, memberships and events in the Popolo data
// specification (http://www.popoloproject.com/specs/), ids being Accord's slugs. Extensions
// beyond core Popolo are prefixed `x_`.

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
  section<{ slug: string; name: string; full_name: string | null; country: string | null; facts: CitedSource[]; mentions: CitedSource[] | null }>({
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
        other_names: row.full_name && row.full_name !== row.name ? [{ name: row.full_name, note: "full name" }] : undefined,
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
    participants: Array<{ person: string; role: string; side: string; organization: string | null; country: string | null }>;
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
async function* popoloJson(): AsyncGenerator<string> {
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

// ---------------------------------------------------------------------------------------

export const EXPORTS: Record<ExportName, ExportFile> = {
  "commitments.csv": { name: "commitments.csv", contentType: "text/csv; charset=utf-8", chunks: commitmentsCsv },
  "meetings.csv": { name: "meetings.csv", contentType: "text/csv; charset=utf-8", chunks: meetingsCsv },
  "popolo.json": { name: "popolo.json", contentType: "application/json", chunks: popoloJson },
};

export const EXPORT_NAMES = Object.keys(EXPORTS) as ExportName[];

export function isExportName(name: string): name is ExportName {
  return Object.hasOwn(EXPORTS, name);
}
