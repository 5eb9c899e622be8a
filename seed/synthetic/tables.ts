// The rows the generator writes, one interface per table with the database's column names, and
// the batches that write them. A row names its columns, so a misplaced value is a type error.
import { Batch } from "./bulk.js";

type Id = string;
type Nullable<T> = T | null;
/** An ISO date ("2011-08-09"), truncated to its precision. */
type IsoDate = string;
/** An ISO timestamp. */
type Timestamp = string;

export interface CountryRow {
  id: Id;
  slug: string;
  name: string;
  created_at: Timestamp;
}

export interface TopicRow {
  id: Id;
  slug: string;
  name: string;
}

export interface OrganizationRow {
  id: Id;
  slug: string;
  name: string;
  acronym: Nullable<string>;
  kind: string;
  country_id: Nullable<Id>;
  parent_id: Nullable<Id>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PersonRow {
  id: Id;
  slug: string;
  name: string;
  full_name: Nullable<string>;
  country_id: Nullable<Id>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SourceDocumentRow {
  id: Id;
  slug: string;
  title: string;
  publisher: string;
  url: string;
  published_on: Nullable<IsoDate>;
  published_precision: Nullable<string>;
  published_basis: string;
  published_note: Nullable<string>;
  note: Nullable<string>;
  language: string;
  body: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CitationRow {
  id: Id;
  document_id: Id;
  start_offset: number;
  end_offset: number;
  quote: string;
  created_at: Timestamp;
}

export interface PositionRow {
  id: Id;
  slug: string;
  person_id: Id;
  organization_id: Id;
  title: string;
  start_date: Nullable<IsoDate>;
  start_precision: Nullable<string>;
  end_date: Nullable<IsoDate>;
  end_precision: Nullable<string>;
  current: boolean;
  basis: string;
  note: Nullable<string>;
  citation_id: Id;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MeetingRow {
  id: Id;
  slug: string;
  title: string;
  kind: string;
  status: string;
  status_reason: Nullable<string>;
  date: Nullable<IsoDate>;
  date_precision: Nullable<string>;
  date_basis: string;
  date_note: Nullable<string>;
  original_date: Nullable<IsoDate>;
  original_date_precision: Nullable<string>;
  original_date_basis: string;
  original_date_note: Nullable<string>;
  place: Nullable<string>;
  place_country_id: Nullable<Id>;
  series: Nullable<string>;
  sequence_number: Nullable<number>;
  summary: Nullable<string>;
  basis: string;
  citation_id: Id;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ParticipationRow {
  id: Id;
  meeting_id: Id;
  person_id: Id;
  position_id: Nullable<Id>;
  organization_id: Nullable<Id>;
  country_id: Nullable<Id>;
  role_title: string;
  side: string;
  ordinal: number;
  basis: string;
  citation_id: Nullable<Id>;
  created_at: Timestamp;
}

export interface CommitmentRow {
  id: Id;
  slug: string;
  kind: string;
  statement: string;
  status: string;
  meeting_id: Id;
  topic_id: Nullable<Id>;
  responds_to_id: Nullable<Id>;
  due_date: Nullable<IsoDate>;
  due_precision: Nullable<string>;
  due_text: Nullable<string>;
  basis: string;
  citation_id: Id;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CommitmentPartyRow {
  id: Id;
  commitment_id: Id;
  role: "MAKER" | "ADDRESSEE";
  person_id: Nullable<Id>;
  organization_id: Nullable<Id>;
  country_id: Nullable<Id>;
  position: number;
}

export interface CommitmentStatusChangeRow {
  id: Id;
  commitment_id: Id;
  from_status: Nullable<string>;
  to_status: string;
  note: Nullable<string>;
  citation_id: Nullable<Id>;
  changed_at: Timestamp;
}

const TS = "timestamptz";
const DATE = "date";
const enumType = (name: string) => `"${name}"`;
const PRECISION = enumType("DatePrecision");
const BASIS = enumType("Basis");

/** One batch per table, in the column order of the rows above. */
export function createBatches() {
  return {
    country: new Batch<CountryRow>("country", { id: "uuid", slug: "text", name: "text", created_at: TS }),
    topic: new Batch<TopicRow>("topic", { id: "uuid", slug: "text", name: "text" }),
    organization: new Batch<OrganizationRow>("organization", {
      id: "uuid",
      slug: "text",
      name: "text",
      acronym: "text",
      kind: enumType("OrganizationKind"),
      country_id: "uuid",
      parent_id: "uuid",
      created_at: TS,
      updated_at: TS,
    }),
    person: new Batch<PersonRow>("person", {
      id: "uuid",
      slug: "text",
      name: "text",
      full_name: "text",
      country_id: "uuid",
      created_at: TS,
      updated_at: TS,
    }),
    source_document: new Batch<SourceDocumentRow>(
      "source_document",
      {
        id: "uuid",
        slug: "text",
        title: "text",
        publisher: "text",
        url: "text",
        published_on: DATE,
        published_precision: PRECISION,
        published_basis: BASIS,
        published_note: "text",
        note: "text",
        language: "text",
        body: "text",
        created_at: TS,
        updated_at: TS,
      },
      // Bodies are long: smaller batches keep each statement's parameters modest.
      1000,
    ),
    citation: new Batch<CitationRow>("citation", {
      id: "uuid",
      document_id: "uuid",
      start_offset: "int4",
      end_offset: "int4",
      quote: "text",
      created_at: TS,
    }),
    position: new Batch<PositionRow>("position", {
      id: "uuid",
      slug: "text",
      person_id: "uuid",
      organization_id: "uuid",
      title: "text",
      start_date: DATE,
      start_precision: PRECISION,
      end_date: DATE,
      end_precision: PRECISION,
      current: "bool",
      basis: BASIS,
      note: "text",
      citation_id: "uuid",
      created_at: TS,
      updated_at: TS,
    }),
    meeting: new Batch<MeetingRow>("meeting", {
      id: "uuid",
      slug: "text",
      title: "text",
      kind: enumType("MeetingKind"),
      status: enumType("MeetingStatus"),
      status_reason: "text",
      date: DATE,
      date_precision: PRECISION,
      date_basis: BASIS,
      date_note: "text",
      original_date: DATE,
      original_date_precision: PRECISION,
      original_date_basis: BASIS,
      original_date_note: "text",
      place: "text",
      place_country_id: "uuid",
      series: "text",
      sequence_number: "int4",
      summary: "text",
      basis: BASIS,
      citation_id: "uuid",
      created_at: TS,
      updated_at: TS,
    }),
    participation: new Batch<ParticipationRow>("participation", {
      id: "uuid",
      meeting_id: "uuid",
      person_id: "uuid",
      position_id: "uuid",
      organization_id: "uuid",
      country_id: "uuid",
      role_title: "text",
      side: enumType("ParticipationSide"),
      ordinal: "int4",
      basis: BASIS,
      citation_id: "uuid",
      created_at: TS,
    }),
    commitment: new Batch<CommitmentRow>("commitment", {
      id: "uuid",
      slug: "text",
      kind: enumType("CommitmentKind"),
      statement: "text",
      status: enumType("CommitmentStatus"),
      meeting_id: "uuid",
      topic_id: "uuid",
      responds_to_id: "uuid",
      due_date: DATE,
      due_precision: PRECISION,
      due_text: "text",
      basis: BASIS,
      citation_id: "uuid",
      created_at: TS,
      updated_at: TS,
    }),
    commitment_party: new Batch<CommitmentPartyRow>("commitment_party", {
      id: "uuid",
      commitment_id: "uuid",
      role: enumType("PartyRole"),
      person_id: "uuid",
      organization_id: "uuid",
      country_id: "uuid",
      position: "int4",
    }),
    commitment_status_change: new Batch<CommitmentStatusChangeRow>("commitment_status_change", {
      id: "uuid",
      commitment_id: "uuid",
      from_status: enumType("CommitmentStatus"),
      to_status: enumType("CommitmentStatus"),
      note: "text",
      citation_id: "uuid",
      changed_at: TS,
    }),
  };
}

export type Batches = ReturnType<typeof createBatches>;
