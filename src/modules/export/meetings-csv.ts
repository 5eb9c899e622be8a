// meetings.csv: one row per participation (hosts first, in the source's order), and one row
// with empty person columns for a meeting nobody is recorded at.
import { Prisma } from "../../generated/prisma/client.js";
import { db } from "../../infra/db.js";
import { afterKeys, csvExport, dateAt } from "./csv.js";

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

const SIDE = Prisma.sql`CASE p.side WHEN 'HOST' THEN 0 WHEN 'GUEST' THEN 1 ELSE -1 END`;
const ORDER = Prisma.sql`COALESCE(m.date, 'infinity'::date), m.slug, ${SIDE}, COALESCE(p.ordinal, -1), COALESCE(pe.slug, '')`;

function readMeetings(after: MeetingCursor | null, limit: number) {
  const from = afterKeys(
    ORDER,
    after && Prisma.sql`${after[0]}::date, ${after[1]}, ${after[2]}::int, ${after[3]}::int, ${after[4]}`,
  );
  return db.$queryRaw<MeetingRow[]>`
    SELECT m.slug AS meeting_slug, m.title AS meeting_title, m.kind::text AS meeting_kind, m.status::text AS meeting_status,
      ${dateAt("m.date", "m.date_precision")} AS date, m.date_precision::text AS date_precision,
      CASE WHEN m.date IS NOT NULL THEN m.date_basis::text END AS date_basis,
      m.place, mc.name AS place_country,
      pe.slug AS person_slug, pe.name AS person_name, p.role_title, p.side::text AS side,
      o.slug AS organization_slug, o.name AS organization, pc.name AS country,
      pci.quote AS citation_quote, mci.quote AS meeting_citation_quote,
      COALESCE(m.date, 'infinity'::date)::text AS k_date, ${SIDE} AS k_side, COALESCE(p.ordinal, -1) AS k_ordinal, COALESCE(pe.slug, '') AS k_person
    FROM meeting m
    JOIN citation mci ON mci.id = m.citation_id
    LEFT JOIN country mc ON mc.id = m.place_country_id
    LEFT JOIN participation p ON p.meeting_id = m.id
    LEFT JOIN person pe ON pe.id = p.person_id
    LEFT JOIN organization o ON o.id = p.organization_id
    LEFT JOIN country pc ON pc.id = p.country_id
    LEFT JOIN citation pci ON pci.id = p.citation_id
    ${from}
    ORDER BY ${ORDER}
    LIMIT ${limit}`;
}

export const meetingsCsv = csvExport({
  columns: MEETING_COLUMNS,
  read: readMeetings,
  cursorOf: (row): MeetingCursor => [row.k_date, row.meeting_slug as string, row.k_side, row.k_ordinal, row.k_person],
});
