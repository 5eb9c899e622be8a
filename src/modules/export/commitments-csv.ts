// commitments.csv: one row per commitment, ordered by meeting date (undated and meeting-less
// last), meeting, then the order the source reports them.
import { Prisma } from "../../generated/prisma/client.js";
import { db } from "../../infra/db.js";
import { afterKeys, csvExport, dateAt, partiesOf } from "./csv.js";

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
  "due_basis",
  "due_note",
  "due_as_soon_as_possible",
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
  due_basis: string;
  due_note: string | null;
  due_as_soon_as_possible: string;
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

const ORDER = Prisma.sql`COALESCE(m.date, 'infinity'::date), COALESCE(m.slug, ''), d.slug, ci.start_offset, c.slug`;

function readCommitments(after: CommitmentCursor | null, limit: number) {
  const from = afterKeys(
    ORDER,
    after && Prisma.sql`${after[0]}::date, ${after[1]}, ${after[2]}, ${after[3]}::int, ${after[4]}`,
  );
  return db.$queryRaw<CommitmentRow[]>`
    SELECT c.slug, c.kind::text AS kind, c.status::text AS status, c.statement,
      m.slug AS meeting_slug, m.title AS meeting_title,
      ${dateAt("m.date", "m.date_precision")} AS meeting_date, m.date_precision::text AS meeting_date_precision,
      ${partiesOf("MAKER")} AS makers, ${partiesOf("ADDRESSEE")} AS addressees,
      t.slug AS topic_slug, t.name AS topic,
      ${dateAt("c.due_date", "c.due_precision")} AS due_date, c.due_precision::text AS due_precision, c.due_text,
      c.due_basis::text AS due_basis, c.due_note, c.due_as_soon_as_possible::text AS due_as_soon_as_possible,
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
    ORDER BY ${ORDER}
    LIMIT ${limit}`;
}

export const commitmentsCsv = csvExport({
  columns: COMMITMENT_COLUMNS,
  read: readCommitments,
  cursorOf: (row): CommitmentCursor => [row.k_date, row.k_meeting, row.document_slug, row.start_offset, row.slug],
});
