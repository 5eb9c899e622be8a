/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date string, such as 2007-12-03, compliant with the `full-date` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** A date known to a year ("2011"), a month ("2011-08") or a day ("2011-08-09"): ISO 8601 with reduced precision. */
  PartialDate: { input: string; output: string; }
};

/** Whether a fact is printed in the source (STATED) or derived from it by the curator (INFERRED). */
export type Basis =
  | 'INFERRED'
  | 'STATED';

/** The excerpt a fact is drawn from. The quote must occur verbatim in the document. */
export type CitationInput = {
  /** Global id of the source document. */
  document: Scalars['ID']['input'];
  /** Which occurrence (1-based) when the quote appears more than once. */
  occurrence?: InputMaybe<Scalars['Int']['input']>;
  /** The exact text, as it appears in the document. */
  quote: Scalars['String']['input'];
};

/** Two parties, e.g. `{ a: "JP", b: "CN" }`: commitments made by one and addressed to the other, or made jointly by both. */
export type CommitmentBetween = {
  /** One person, organization (with its sub-organizations) or country (with its people and organizations), by global id, slug or ISO code. */
  a: Scalars['ID']['input'];
  /** The other person, organization (with its sub-organizations) or country (with its people and organizations), by global id, slug or ISO code. */
  b: Scalars['ID']['input'];
  /** Only these directions (default: all three). */
  directions?: InputMaybe<Array<CommitmentDirection>>;
};

/** What happened to a commitment. */
export type CommitmentChangeKind =
  /** It was recorded. */
  | 'CREATED'
  /** A new response to it was recorded (`response`). */
  | 'RESPONDED'
  /** It was changed: its status (see `statusHistory`), statement, parties, topic or deadline. */
  | 'UPDATED';

/** Which way a commitment runs between two parties a and b. */
export type CommitmentDirection =
  /** Made by a (or part of a) and addressed to b. */
  | 'A_TO_B'
  /** Made by b and addressed to a. */
  | 'B_TO_A'
  /** Made by both together, e.g. a joint statement; whoever it is addressed to. */
  | 'JOINT';

/** Matches commitments by deadline. Given fields must all match: for "due by 2012 or as soon as possible" combine two `due` filters with `or`. */
export type CommitmentDueFilter = {
  /** True: wanted "as soon as possible" or in like words; false: not. */
  asSoonAsPossible?: InputMaybe<Scalars['Boolean']['input']>;
  /** True: any deadline (a date, words, or as soon as possible); false: none. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Due on or after the first day of this date's period (a dated deadline whose period overlaps the range). */
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  /** Due on or before the last day of this date's period. Deadlines without a date never match a range. */
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};

/** Narrows commitments. Given fields must all match; combine filters with `and`, `or` and `not`. */
export type CommitmentFilter = {
  /** A person, organization or country it was made to (global id, slug or ISO code), matched like `maker`. */
  addressee?: InputMaybe<Scalars['ID']['input']>;
  /** Every one of these filters matches. */
  and?: InputMaybe<Array<CommitmentFilter>>;
  /** Only stated or only inferred commitments. */
  basis?: InputMaybe<Basis>;
  /** Commitments between two parties: made by one and addressed to the other, or made jointly by both. Ask `direction(a:, b:)` on each for which way it runs. */
  between?: InputMaybe<CommitmentBetween>;
  /** By deadline: due within a range, with any deadline, or as soon as possible. */
  due?: InputMaybe<CommitmentDueFilter>;
  /** True: answered at least once; false: never answered. */
  hasResponse?: InputMaybe<Scalars['Boolean']['input']>;
  /** True: it answers another commitment; false: it does not. */
  isResponse?: InputMaybe<Scalars['Boolean']['input']>;
  /** Request, pledge, agreement... */
  kind?: InputMaybe<CommitmentKindFilter>;
  /** A person, organization or country among the makers, by global id, slug or ISO code ("JP"). An organization also matches its sub-organizations; a country also matches its people and organizations. */
  maker?: InputMaybe<Scalars['ID']['input']>;
  /** The meeting where it was made, by global id or slug. */
  meeting?: InputMaybe<Scalars['ID']['input']>;
  /** This filter does not match. */
  not?: InputMaybe<CommitmentFilter>;
  /** At least one of these filters matches. */
  or?: InputMaybe<Array<CommitmentFilter>>;
  /** The plain-words statement. */
  statement?: InputMaybe<StringFilter>;
  /** Open, fulfilled, declined... */
  status?: InputMaybe<CommitmentStatusFilter>;
  /** Its topic, by slug. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** What a commitment is: something asked, promised, agreed, concurred in, answered or expressed. */
export type CommitmentKind =
  | 'AGREEMENT'
  | 'CONCURRENCE'
  | 'EXPRESSION'
  | 'PLEDGE'
  | 'REQUEST'
  | 'RESPONSE';

/** Matches a commitment kind. */
export type CommitmentKindFilter = {
  /** Exactly this value. */
  equals?: InputMaybe<CommitmentKind>;
  /** Any of these values. */
  in?: InputMaybe<Array<CommitmentKind>>;
};

/** Orders for commitment lists; ties are broken by id, so cursors stay stable. */
export type CommitmentOrder =
  /** Oldest record first. */
  | 'CREATED_ASC'
  /** Most recently recorded first. */
  | 'CREATED_DESC'
  /** Most urgent first: as-soon-as-possible commitments (whatever their age), then dated deadlines, earliest first, then those without a dated deadline. */
  | 'DUE_ASC';

/** What to group commitment counts by. */
export type CommitmentStatDimension =
  /** The country of each addressee, or its international organization, counted like MAKER_COUNTRY. */
  | 'ADDRESSEE_COUNTRY'
  /** Request, pledge, agreement... */
  | 'KIND'
  /** The country of each maker (the country itself, or a person's or organization's); makers with no country (international organizations and their officials) are grouped by that organization instead. A commitment made jointly by makers from two countries is counted in both groups. */
  | 'MAKER_COUNTRY'
  /** The month of the meeting where it was made, when known to the month. */
  | 'MONTH'
  /** Open, fulfilled... */
  | 'STATUS'
  /** Its topic. */
  | 'TOPIC';

/** Where a commitment stands, as far as the sources tell. */
export type CommitmentStatus =
  | 'DECLINED'
  | 'DEFERRED'
  | 'FULFILLED'
  | 'NOT_APPLICABLE'
  | 'OPEN'
  | 'UNKNOWN';

/** Matches a commitment status. */
export type CommitmentStatusFilter = {
  /** Exactly this value. */
  equals?: InputMaybe<CommitmentStatus>;
  /** Any of these values. */
  in?: InputMaybe<Array<CommitmentStatus>>;
};

/** A new commitment. */
export type CreateCommitmentInput = {
  /** Global ids of those it was made to. */
  addressees?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The excerpt that reports it. */
  citation: CitationInput;
  /** When it is due. */
  due?: InputMaybe<DueInput>;
  /** True when the source only implies it. */
  inferred?: InputMaybe<Scalars['Boolean']['input']>;
  /** Request, pledge, agreement... */
  kind: CommitmentKind;
  /** Global ids of the people, organizations or countries that made it, in order. */
  makers: Array<Scalars['ID']['input']>;
  /** Global id of the meeting where it was made. */
  meeting?: InputMaybe<Scalars['ID']['input']>;
  /** Global id of the commitment it answers. */
  respondsTo?: InputMaybe<Scalars['ID']['input']>;
  /** Stable key: lower-case words joined by hyphens. */
  slug: Scalars['String']['input'];
  /** What was asked, promised or agreed, in plain words. */
  statement: Scalars['String']['input'];
  /** Where it stands. */
  status: CommitmentStatus;
  /** Slug of its topic. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** A new meeting with its participants. */
export type CreateMeetingInput = {
  /** The excerpt that reports it. */
  citation: CitationInput;
  /** When, as precisely as known. */
  date?: InputMaybe<Scalars['PartialDate']['input']>;
  /** True when the date is inferred (then give dateNote). */
  dateInferred?: InputMaybe<Scalars['Boolean']['input']>;
  /** How an inferred date was derived. */
  dateNote?: InputMaybe<Scalars['String']['input']>;
  /** True when the source only implies the meeting. */
  inferred?: InputMaybe<Scalars['Boolean']['input']>;
  /** The format. */
  kind: MeetingKind;
  /** When it was first scheduled. */
  originalDate?: InputMaybe<Scalars['PartialDate']['input']>;
  /** Who attended. */
  participants?: InputMaybe<Array<ParticipantInput>>;
  /** Where, as the source names it. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** ISO code of the country it was held in. */
  placeCountry?: InputMaybe<Scalars['String']['input']>;
  /** Its number in the series. */
  sequenceNumber?: InputMaybe<Scalars['Int']['input']>;
  /** The recurring series. */
  series?: InputMaybe<Scalars['String']['input']>;
  /** Stable key: lower-case words joined by hyphens. */
  slug: Scalars['String']['input'];
  /** Held, planned... */
  status: MeetingStatus;
  /** Why it was moved or called off. */
  statusReason?: InputMaybe<Scalars['String']['input']>;
  /** A short summary. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** A short descriptive title. */
  title: Scalars['String']['input'];
};

/** A new organization. */
export type CreateOrganizationInput = {
  /** Short form. */
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** ISO code of its country. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** What sort of body. */
  kind: OrganizationKind;
  /** Full name. */
  name: Scalars['String']['input'];
  /** Global id of the organization it is part of. */
  parent?: InputMaybe<Scalars['ID']['input']>;
  /** Stable key: lower-case words joined by hyphens. */
  slug: Scalars['String']['input'];
};

/** A new person. */
export type CreatePersonInput = {
  /** ISO code of their country. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** The full name, only where a source prints it. */
  fullName?: InputMaybe<Scalars['String']['input']>;
  /** The name as sources print it. */
  name: Scalars['String']['input'];
  /** Stable key: lower-case words joined by hyphens. */
  slug: Scalars['String']['input'];
};

/** A role a person holds or held. */
export type CreatePositionInput = {
  /** The excerpt that names the role. */
  citation: CitationInput;
  /** Whether the source describes the role as held on its date: false for "then ...", even without an end date. */
  current: Scalars['Boolean']['input'];
  /** When it ended, as precisely as known. */
  end?: InputMaybe<Scalars['PartialDate']['input']>;
  /** True when the source implies the role rather than stating it. */
  inferred?: InputMaybe<Scalars['Boolean']['input']>;
  /** How an inferred role was derived. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Global id of the organization. */
  organization: Scalars['ID']['input'];
  /** Global id of the person. */
  person: Scalars['ID']['input'];
  /** Stable key: lower-case words joined by hyphens. */
  slug: Scalars['String']['input'];
  /** When it began, as precisely as known. */
  start?: InputMaybe<Scalars['PartialDate']['input']>;
  /** The role, e.g. "Defense Minister". */
  title: Scalars['String']['input'];
};

/** A new source document, verbatim. Its text cannot change once facts cite it. */
export type CreateSourceDocumentInput = {
  /** The verbatim text. */
  body: Scalars['String']['input'];
  /** BCP 47 tag; default "en". */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Reading notes. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** When it was published, as precisely as known. */
  published?: InputMaybe<Scalars['PartialDate']['input']>;
  /** True when the publication date is inferred (then say how in publishedNote). */
  publishedInferred?: InputMaybe<Scalars['Boolean']['input']>;
  /** How an inferred publication date was derived. */
  publishedNote?: InputMaybe<Scalars['String']['input']>;
  /** Who published it. */
  publisher: Scalars['String']['input'];
  /** Stable key: lower-case words joined by hyphens. */
  slug: Scalars['String']['input'];
  /** The headline. */
  title: Scalars['String']['input'];
  /** Where it was published. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** How much of a date is known. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

/** Which record to delete. */
export type DeleteInput = {
  /** Its global id. */
  id: Scalars['ID']['input'];
};

/** When a commitment is due: a date, words, or both. Words relative to the source ("next month", "within the year") without a date get one computed from the cited document's date, marked INFERRED. */
export type DueInput = {
  /** Wanted as soon as possible; by default read from `text` ("as soon as possible", "at an early date", "without delay"...). */
  asSoonAsPossible?: InputMaybe<Scalars['Boolean']['input']>;
  /** The deadline, as precisely as the source states it. */
  date?: InputMaybe<Scalars['PartialDate']['input']>;
  /** The deadline in the source's words, e.g. "as soon as possible". */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** A dataset in the seed format (see src/modules/dataset/dataset.format.ts) and the source texts its documents come from. */
export type ImportDatasetInput = {
  /** The dataset object. */
  dataset: Scalars['JSON']['input'];
  /** Texts for every `file` the dataset's documents name. */
  sources: Array<SourceTextInput>;
  /** When you exported or last read what you are importing. A stored record the dataset would change but that someone modified after this moment is a ConflictError naming it, instead of being overwritten. */
  unchangedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Narrows meetings. Given fields must all match; combine filters with `and`, `or` and `not`. */
export type MeetingFilter = {
  /** Every one of these filters matches. */
  and?: InputMaybe<Array<MeetingFilter>>;
  /** Only meetings the source reports (STATED) or only inferred ones. */
  basis?: InputMaybe<Basis>;
  /** A country represented by a participant, directly or through their organization or nationality, by ISO code ("JP") or global id. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** When it took place; matches when its known period overlaps the range. Undated meetings never match. */
  date?: InputMaybe<PartialDateRange>;
  /** The format. */
  kind?: InputMaybe<MeetingKindFilter>;
  /** This filter does not match. */
  not?: InputMaybe<MeetingFilter>;
  /** At least one of these filters matches. */
  or?: InputMaybe<Array<MeetingFilter>>;
  /** An organization represented at it (by default with its sub-organizations). */
  organization?: InputMaybe<OrganizationMatch>;
  /** A person who attended, by global id or slug. */
  participant?: InputMaybe<Scalars['ID']['input']>;
  /** A person, organization (with sub-organizations) or country that took part, by global id, slug or ISO code ("united-nations", "JP"). */
  party?: InputMaybe<Scalars['ID']['input']>;
  /** The country it was held in, by ISO code or global id. */
  placeCountry?: InputMaybe<Scalars['String']['input']>;
  /** The recurring series it belongs to, exactly. */
  series?: InputMaybe<Scalars['String']['input']>;
  /** Held, planned... */
  status?: InputMaybe<MeetingStatusFilter>;
  /** The title. */
  title?: InputMaybe<StringFilter>;
  /** A topic one of its commitments is about, by slug. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** The format of a meeting. */
export type MeetingKind =
  | 'BILATERAL_MEETING'
  | 'COURTESY_CALL'
  | 'DEFENSE_DIALOGUE'
  | 'MINISTERIAL_VISIT'
  | 'MULTILATERAL_MEETING'
  | 'OTHER'
  | 'WORKING_LEVEL_TALKS';

/** Matches a meeting kind. */
export type MeetingKindFilter = {
  /** Exactly this value. */
  equals?: InputMaybe<MeetingKind>;
  /** Any of these values. */
  in?: InputMaybe<Array<MeetingKind>>;
};

/** Orders for meeting lists; ties are broken by id, so cursors stay stable. */
export type MeetingOrder =
  /** Most recently recorded first. */
  | 'CREATED_DESC'
  /** Oldest first; undated meetings last. */
  | 'DATE_ASC'
  /** Most recent first; undated meetings last. */
  | 'DATE_DESC'
  /** By title, A to Z. */
  | 'TITLE_ASC';

/** Whether a meeting took place, is planned, or was moved or called off. */
export type MeetingStatus =
  | 'CANCELLED'
  | 'HELD'
  | 'PLANNED'
  | 'POSTPONED'
  | 'SCHEDULED';

/** Matches a meeting status. */
export type MeetingStatusFilter = {
  /** Exactly this value. */
  equals?: InputMaybe<MeetingStatus>;
  /** Any of these values. */
  in?: InputMaybe<Array<MeetingStatus>>;
};

/** Two records that are the same: `merged` disappears into `survivor`. */
export type MergeInput = {
  /** Global id of the duplicate; its relations move to the survivor and its id and slug keep resolving to it. */
  merged: Scalars['ID']['input'];
  /** Global id of the record that remains. */
  survivor: Scalars['ID']['input'];
};

/** Narrows organizations. Given fields must all match; combine filters with `and`, `or` and `not`. */
export type OrganizationFilter = {
  /** Every one of these filters matches. */
  and?: InputMaybe<Array<OrganizationFilter>>;
  /** Its country, by ISO code ("JP") or global id. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** What sort of body. */
  kind?: InputMaybe<OrganizationKindFilter>;
  /** The name or acronym. */
  name?: InputMaybe<StringFilter>;
  /** This filter does not match. */
  not?: InputMaybe<OrganizationFilter>;
  /** At least one of these filters matches. */
  or?: InputMaybe<Array<OrganizationFilter>>;
  /** Its direct parent, by global id or slug. */
  parent?: InputMaybe<Scalars['ID']['input']>;
  /** An organization it is under, at any depth (the organization itself excluded), by global id or slug. */
  within?: InputMaybe<Scalars['ID']['input']>;
};

/** What sort of body an organization is. */
export type OrganizationKind =
  | 'ARMED_FORCES'
  | 'BUREAU'
  | 'DIPLOMATIC_MISSION'
  | 'GOVERNMENT'
  | 'INTERNATIONAL_ORGANIZATION'
  | 'MILITARY_STAFF'
  | 'MINISTRY'
  | 'MULTILATERAL_FORUM'
  | 'OTHER'
  | 'PEACEKEEPING_MISSION';

/** Matches an organization kind. */
export type OrganizationKindFilter = {
  /** Exactly this value. */
  equals?: InputMaybe<OrganizationKind>;
  /** Any of these values. */
  in?: InputMaybe<Array<OrganizationKind>>;
};

/** An organization, with everything under it unless `includeSubOrganizations` is false. */
export type OrganizationMatch = {
  /** The organization, by global id or slug ("united-nations"). */
  id: Scalars['ID']['input'];
  /** Also match bureaus, missions and other bodies under it (default true). */
  includeSubOrganizations?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Orders for organization lists; ties are broken by id, so cursors stay stable. */
export type OrganizationOrder =
  /** Most recently recorded first. */
  | 'CREATED_DESC'
  /** By name, A to Z. */
  | 'NAME_ASC';

/** A period from the start of `from` to the end of `to` (either may be left open). A record matches when its own period overlaps it, so a meeting known only to "2011-08" matches a range for August 2011 or for 2011. */
export type PartialDateRange = {
  /** Start of the range: the first day of this date's period. */
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  /** End of the range: the last day of this date's period. */
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};

/** A person at a meeting. */
export type ParticipantInput = {
  /** The excerpt that places them there. */
  citation: CitationInput;
  /** ISO code of the country they represented. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** True when the source only implies they attended. */
  inferred?: InputMaybe<Scalars['Boolean']['input']>;
  /** Global id of the organization they represented. */
  organization?: InputMaybe<Scalars['ID']['input']>;
  /** Global id of the person. */
  person: Scalars['ID']['input'];
  /** Global id of the position they held there, if recorded. */
  position?: InputMaybe<Scalars['ID']['input']>;
  /** The title the source gives them at the meeting. */
  roleTitle: Scalars['String']['input'];
  /** Host or guest. */
  side: ParticipationSide;
};

/** Which side of the table: the host, or the visiting guest or delegation. */
export type ParticipationSide =
  | 'GUEST'
  | 'HOST';

/** MAKER made the commitment; ADDRESSEE is who it was made to. */
export type PartyRole =
  | 'ADDRESSEE'
  | 'MAKER';

/** Narrows people. Given fields must all match; combine filters with `and`, `or` and `not`. */
export type PersonFilter = {
  /** Every one of these filters matches. */
  and?: InputMaybe<Array<PersonFilter>>;
  /** Their country, by ISO code ("JP") or global id. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Holds or held a position matching all of this: who held a role on a day (`asOf`), or holds it according to the latest source. */
  holds?: InputMaybe<PositionMatch>;
  /** The name as printed or the full name. */
  name?: InputMaybe<StringFilter>;
  /** This filter does not match. */
  not?: InputMaybe<PersonFilter>;
  /** At least one of these filters matches. */
  or?: InputMaybe<Array<PersonFilter>>;
  /** Held a position in, or attended a meeting for, this organization. */
  organization?: InputMaybe<OrganizationMatch>;
  /** The title of any position held. */
  role?: InputMaybe<StringFilter>;
};

/** Orders for people lists; ties are broken by id, so cursors stay stable. */
export type PersonOrder =
  /** Most recently recorded first. */
  | 'CREATED_DESC'
  /** By name, A to Z. */
  | 'NAME_ASC';

/** A role held, by any of its title, organization and time: `asOf` for "who held it on this day", `heldAccordingToLatestSource` for "who holds it as far as the latest source tells". Given fields must all match one position. */
export type PositionMatch = {
  /** Held on this day, or not known not to be (as `positions(asOf:)`). */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** True: held according to the latest source about the role (as `positions(heldAccordingToLatestSource:)`): described as held, no end date passed, and no later-dated source about the same title in the same organization naming another holder or calling the tenure over; false: the others. */
  heldAccordingToLatestSource?: InputMaybe<Scalars['Boolean']['input']>;
  /** The organization, with its sub-organizations unless told otherwise. */
  organization?: InputMaybe<OrganizationMatch>;
  /** The title, e.g. `{ equals: "Defense Minister" }`. */
  title?: InputMaybe<StringFilter>;
};

/** Kinds of record `search` looks through. */
export type SearchableType =
  | 'COMMITMENT'
  | 'MEETING'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'SOURCE_DOCUMENT';

/** The verbatim text of a source file the dataset's documents name in `file`. */
export type SourceTextInput = {
  /** The name the dataset uses for it. */
  file: Scalars['String']['input'];
  /** The full text. */
  text: Scalars['String']['input'];
};

/** Matches text. `contains` and `startsWith` ignore case; `equals` and `in` are exact. Given fields must all match. */
export type StringFilter = {
  /** Contains this text, ignoring case. */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** Exactly this text. */
  equals?: InputMaybe<Scalars['String']['input']>;
  /** Any of these texts, exactly. */
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Starts with this text, ignoring case. */
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a commitment other than its status (see updateCommitmentStatus); omitted fields stay as they are. */
export type UpdateCommitmentInput = {
  /** Replaces the addressees. */
  addressees?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New deadline; null clears it. */
  due?: InputMaybe<DueInput>;
  /** The `version` you read; a newer stored version is a ConflictError. */
  expectedVersion: Scalars['Int']['input'];
  /** The commitment's global id. */
  id: Scalars['ID']['input'];
  /** New kind. */
  kind?: InputMaybe<CommitmentKind>;
  /** Replaces the makers. */
  makers?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New commitment it answers; null clears it. */
  respondsTo?: InputMaybe<Scalars['ID']['input']>;
  /** New statement. */
  statement?: InputMaybe<Scalars['String']['input']>;
  /** New topic slug; null clears it. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** A status change, appended to the commitment's history. */
export type UpdateCommitmentStatusInput = {
  /** A source excerpt supporting the change. */
  citation?: InputMaybe<CitationInput>;
  /** The commitment's global id. */
  commitmentId: Scalars['ID']['input'];
  /** The `version` you read; when given, a newer stored version is a ConflictError. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Why it changed. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The new status. */
  status: CommitmentStatus;
};

/** Changes to a meeting; omitted fields stay as they are. `participants` replaces the whole list. */
export type UpdateMeetingInput = {
  /** When, as precisely as known. */
  date?: InputMaybe<Scalars['PartialDate']['input']>;
  /** True when the date is inferred (then give dateNote). */
  dateInferred?: InputMaybe<Scalars['Boolean']['input']>;
  /** How an inferred date was derived. */
  dateNote?: InputMaybe<Scalars['String']['input']>;
  /** The `version` you read; a newer stored version is a ConflictError. */
  expectedVersion: Scalars['Int']['input'];
  /** The meeting's global id. */
  id: Scalars['ID']['input'];
  /** The format. */
  kind?: InputMaybe<MeetingKind>;
  /** When it was first scheduled. */
  originalDate?: InputMaybe<Scalars['PartialDate']['input']>;
  /** The new participant list. */
  participants?: InputMaybe<Array<ParticipantInput>>;
  /** Where, as the source names it. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** ISO code of the country it was held in. */
  placeCountry?: InputMaybe<Scalars['String']['input']>;
  /** Its number in the series. */
  sequenceNumber?: InputMaybe<Scalars['Int']['input']>;
  /** The recurring series. */
  series?: InputMaybe<Scalars['String']['input']>;
  /** Held, planned... */
  status?: InputMaybe<MeetingStatus>;
  /** Why it was moved or called off. */
  statusReason?: InputMaybe<Scalars['String']['input']>;
  /** A short summary. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** A short descriptive title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an organization; omitted fields stay as they are, null clears an optional one. */
export type UpdateOrganizationInput = {
  /** New acronym. */
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** New country code. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** The `version` you read; a newer stored version is a ConflictError. */
  expectedVersion: Scalars['Int']['input'];
  /** The organization's global id. */
  id: Scalars['ID']['input'];
  /** New kind. */
  kind?: InputMaybe<OrganizationKind>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New parent; moves the organization with everything under it. */
  parent?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to a person; omitted fields stay as they are, null clears an optional one. */
export type UpdatePersonInput = {
  /** New country code. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** The `version` you read; a newer stored version is a ConflictError instead of an overwrite. */
  expectedVersion: Scalars['Int']['input'];
  /** New full name. */
  fullName?: InputMaybe<Scalars['String']['input']>;
  /** The person's global id. */
  id: Scalars['ID']['input'];
  /** New printed name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a position; omitted fields stay as they are. */
export type UpdatePositionInput = {
  /** Whether the source describes the role as held on its date (false for "then ..."). */
  current?: InputMaybe<Scalars['Boolean']['input']>;
  /** New end; null clears it. */
  end?: InputMaybe<Scalars['PartialDate']['input']>;
  /** The `version` you read; a newer stored version is a ConflictError. */
  expectedVersion: Scalars['Int']['input'];
  /** The position's global id. */
  id: Scalars['ID']['input'];
  /** New note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** New start; null clears it. */
  start?: InputMaybe<Scalars['PartialDate']['input']>;
  /** New title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Corrections to a document; omitted fields stay as they are. The text can change only while nothing cites it. */
export type UpdateSourceDocumentInput = {
  /** New verbatim text; refused once facts cite the document. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** The `version` you read; a newer stored version is a ConflictError. */
  expectedVersion: Scalars['Int']['input'];
  /** The document's global id. */
  id: Scalars['ID']['input'];
  /** New reading notes. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** New publication date; null clears it. */
  published?: InputMaybe<Scalars['PartialDate']['input']>;
  /** Whether the publication date is inferred. */
  publishedInferred?: InputMaybe<Scalars['Boolean']['input']>;
  /** How an inferred publication date was derived. */
  publishedNote?: InputMaybe<Scalars['String']['input']>;
  /** New publisher. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** New headline. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** New URL; null clears it. */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type KnownDateFieldsFragment = { __typename?: 'KnownDate', value: string, precision: DatePrecision, basis: Basis, note?: string | null };

export type CitationFieldsFragment = { __typename?: 'Citation', quote: string, document: { __typename?: 'SourceDocument', title: string } };

export type PageFieldsFragment = { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null };

type PartyFields_Country_Fragment = { __typename: 'Country', id: string, name: string };

type PartyFields_Organization_Fragment = { __typename: 'Organization', id: string, name: string };

type PartyFields_Person_Fragment = { __typename: 'Person', id: string, name: string };

export type PartyFieldsFragment =
  | PartyFields_Country_Fragment
  | PartyFields_Organization_Fragment
  | PartyFields_Person_Fragment
;

export type CommitmentStatusFieldsFragment = { __typename?: 'Commitment', id: string, status: CommitmentStatus, statusHistory: Array<{ __typename?: 'CommitmentStatusChange', fromStatus?: CommitmentStatus | null, toStatus: CommitmentStatus, changedAt: string, changedBy?: string | null, note?: string | null }> };

export type CommitmentCardFieldsFragment = { __typename?: 'Commitment', id: string, kind: CommitmentKind, status: CommitmentStatus, statement: string, makers: Array<
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
  >, addressees: Array<
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
  >, meeting?: { __typename?: 'Meeting', id: string, title: string, date?: { __typename?: 'KnownDate', value: string, precision: DatePrecision, basis: Basis, note?: string | null } | null } | null, citation: { __typename?: 'Citation', quote: string, document: { __typename?: 'SourceDocument', title: string } } };

export type ExplorerMeetingsQueryVariables = Exact<{
  filter?: InputMaybe<MeetingFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
  order?: InputMaybe<MeetingOrder>;
}>;


export type ExplorerMeetingsQuery = { __typename?: 'Query', meetings: { __typename?: 'QueryMeetingsConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'QueryMeetingsConnectionEdge', node: { __typename?: 'Meeting', id: string, title: string, kind: MeetingKind, status: MeetingStatus, statusReason?: string | null, commitmentCount: number, date?: { __typename?: 'KnownDate', value: string, precision: DatePrecision, basis: Basis, note?: string | null } | null, participants: { __typename?: 'MeetingParticipantsConnection', totalCount: number, edges: Array<{ __typename?: 'MeetingParticipantsConnectionEdge', node: { __typename?: 'Participation', side: ParticipationSide, roleTitle: string, person: { __typename?: 'Person', id: string, name: string, country?: { __typename?: 'Country', code: string } | null }, organization?: { __typename?: 'Organization', id: string, name: string, acronym?: string | null } | null } }> }, commitments: { __typename?: 'MeetingCommitmentsConnection', totalCount: number, edges: Array<{ __typename?: 'MeetingCommitmentsConnectionEdge', node: { __typename?: 'Commitment', id: string, kind: CommitmentKind, status: CommitmentStatus, statement: string } }> } } }> } };

export type ExplorerCountriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerCountriesQuery = { __typename?: 'Query', countries: Array<{ __typename?: 'Country', code: string, name: string }> };

export type ExplorerOrganizationOptionsQueryVariables = Exact<{
  filter?: InputMaybe<OrganizationFilter>;
}>;


export type ExplorerOrganizationOptionsQuery = { __typename?: 'Query', organizations: { __typename?: 'QueryOrganizationsConnection', totalCount: number, edges: Array<{ __typename?: 'QueryOrganizationsConnectionEdge', node: { __typename?: 'Organization', id: string, name: string, acronym?: string | null } }> } };

export type ExplorerCommitmentChangedSubscriptionVariables = Exact<{
  filter?: InputMaybe<CommitmentFilter>;
}>;


export type ExplorerCommitmentChangedSubscription = { __typename?: 'Subscription', commitmentChanged: { __typename?: 'CommitmentChange', kind: CommitmentChangeKind, commitment?: { __typename?: 'Commitment', id: string, status: CommitmentStatus, statusHistory: Array<{ __typename?: 'CommitmentStatusChange', fromStatus?: CommitmentStatus | null, toStatus: CommitmentStatus, changedAt: string, changedBy?: string | null, note?: string | null }> } | null } };

export type ExplorerCommitmentStatusesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ExplorerCommitmentStatusesQuery = { __typename?: 'Query', nodes: Array<
    | { __typename: 'Commitment', id: string, status: CommitmentStatus, statusHistory: Array<{ __typename?: 'CommitmentStatusChange', fromStatus?: CommitmentStatus | null, toStatus: CommitmentStatus, changedAt: string, changedBy?: string | null, note?: string | null }> }
    | { __typename: 'Country' }
    | { __typename: 'Meeting' }
    | { __typename: 'Organization' }
    | { __typename: 'Participation' }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
    | { __typename: 'SourceDocument' }
   | null> };

export type ExplorerCommitmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExplorerCommitmentQuery = { __typename?: 'Query', commitment: { __typename?: 'Commitment', basis: Basis, id: string, kind: CommitmentKind, status: CommitmentStatus, statement: string, due?: { __typename?: 'CommitmentDue', text?: string | null, asSoonAsPossible: boolean, date?: { __typename?: 'KnownDate', value: string, precision: DatePrecision, basis: Basis, note?: string | null } | null } | null, respondsTo?: { __typename?: 'Commitment', id: string, kind: CommitmentKind, statement: string } | null, makers: Array<
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
    >, addressees: Array<
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
    >, meeting?: { __typename?: 'Meeting', id: string, title: string, date?: { __typename?: 'KnownDate', value: string, precision: DatePrecision, basis: Basis, note?: string | null } | null } | null, citation: { __typename?: 'Citation', quote: string, document: { __typename?: 'SourceDocument', title: string } }, statusHistory: Array<{ __typename?: 'CommitmentStatusChange', fromStatus?: CommitmentStatus | null, toStatus: CommitmentStatus, changedAt: string, changedBy?: string | null, note?: string | null }>, responses: { __typename?: 'CommitmentResponsesConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CommitmentResponsesConnectionEdge', node: { __typename?: 'Commitment', id: string, kind: CommitmentKind, status: CommitmentStatus, statement: string, makers: Array<
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          >, addressees: Array<
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          >, meeting?: { __typename?: 'Meeting', id: string, title: string, date?: { __typename?: 'KnownDate', value: string, precision: DatePrecision, basis: Basis, note?: string | null } | null } | null, citation: { __typename?: 'Citation', quote: string, document: { __typename?: 'SourceDocument', title: string } } } }> } } };

export type CommitmentResponsesFragment = { __typename?: 'Commitment', responses: { __typename?: 'CommitmentResponsesConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CommitmentResponsesConnectionEdge', node: { __typename?: 'Commitment', id: string, kind: CommitmentKind, status: CommitmentStatus, statement: string, makers: Array<
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        >, addressees: Array<
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        >, meeting?: { __typename?: 'Meeting', id: string, title: string, date?: { __typename?: 'KnownDate', value: string, precision: DatePrecision, basis: Basis, note?: string | null } | null } | null, citation: { __typename?: 'Citation', quote: string, document: { __typename?: 'SourceDocument', title: string } } } }> } };

export type ExplorerCommitmentResponsesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExplorerCommitmentResponsesQuery = { __typename?: 'Query', commitment: { __typename?: 'Commitment', responses: { __typename?: 'CommitmentResponsesConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CommitmentResponsesConnectionEdge', node: { __typename?: 'Commitment', id: string, kind: CommitmentKind, status: CommitmentStatus, statement: string, makers: Array<
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          >, addressees: Array<
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          >, meeting?: { __typename?: 'Meeting', id: string, title: string, date?: { __typename?: 'KnownDate', value: string, precision: DatePrecision, basis: Basis, note?: string | null } | null } | null, citation: { __typename?: 'Citation', quote: string, document: { __typename?: 'SourceDocument', title: string } } } }> } } };

export type ExplorerMeetingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExplorerMeetingQuery = { __typename?: 'Query', meeting: { __typename?: 'Meeting', id: string, title: string, kind: MeetingKind, status: MeetingStatus, statusReason?: string | null, place?: string | null, summary?: string | null, series?: string | null, sequenceNumber?: number | null, date?: { __typename?: 'KnownDate', value: string, precision: DatePrecision, basis: Basis, note?: string | null } | null, originalDate?: { __typename?: 'KnownDate', value: string, precision: DatePrecision, basis: Basis, note?: string | null } | null, placeCountry?: { __typename?: 'Country', name: string } | null, citation: { __typename?: 'Citation', quote: string, document: { __typename?: 'SourceDocument', title: string } }, participants: { __typename?: 'MeetingParticipantsConnection', totalCount: number, edges: Array<{ __typename?: 'MeetingParticipantsConnectionEdge', node: { __typename?: 'Participation', side: ParticipationSide, roleAtMeeting: { __typename?: 'RoleAtMeeting', title: string, knownToHaveEnded?: boolean | null }, person: { __typename?: 'Person', id: string, name: string }, organization?: { __typename?: 'Organization', id: string, name: string } | null, country?: { __typename?: 'Country', name: string } | null, citation: { __typename?: 'Citation', quote: string, document: { __typename?: 'SourceDocument', title: string } } } }> }, commitments: { __typename?: 'MeetingCommitmentsConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'MeetingCommitmentsConnectionEdge', node: { __typename?: 'Commitment', id: string, kind: CommitmentKind, status: CommitmentStatus, statement: string, makers: Array<
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          >, addressees: Array<
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          >, meeting?: { __typename?: 'Meeting', id: string, title: string, date?: { __typename?: 'KnownDate', value: string, precision: DatePrecision, basis: Basis, note?: string | null } | null } | null, citation: { __typename?: 'Citation', quote: string, document: { __typename?: 'SourceDocument', title: string } } } }> } } };

export type MeetingCommitmentsFragment = { __typename?: 'Meeting', commitments: { __typename?: 'MeetingCommitmentsConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'MeetingCommitmentsConnectionEdge', node: { __typename?: 'Commitment', id: string, kind: CommitmentKind, status: CommitmentStatus, statement: string, makers: Array<
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        >, addressees: Array<
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        >, meeting?: { __typename?: 'Meeting', id: string, title: string, date?: { __typename?: 'KnownDate', value: string, precision: DatePrecision, basis: Basis, note?: string | null } | null } | null, citation: { __typename?: 'Citation', quote: string, document: { __typename?: 'SourceDocument', title: string } } } }> } };

export type ExplorerMeetingCommitmentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExplorerMeetingCommitmentsQuery = { __typename?: 'Query', meeting: { __typename?: 'Meeting', commitments: { __typename?: 'MeetingCommitmentsConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'MeetingCommitmentsConnectionEdge', node: { __typename?: 'Commitment', id: string, kind: CommitmentKind, status: CommitmentStatus, statement: string, makers: Array<
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          >, addressees: Array<
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          >, meeting?: { __typename?: 'Meeting', id: string, title: string, date?: { __typename?: 'KnownDate', value: string, precision: DatePrecision, basis: Basis, note?: string | null } | null } | null, citation: { __typename?: 'Citation', quote: string, document: { __typename?: 'SourceDocument', title: string } } } }> } } };

export type ExplorerOrganizationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  filter?: InputMaybe<MeetingFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExplorerOrganizationQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, name: string, acronym?: string | null, kind: OrganizationKind, country?: { __typename?: 'Country', code: string, name: string } | null, parent?: { __typename?: 'Organization', id: string, name: string } | null, children: { __typename?: 'OrganizationChildrenConnection', totalCount: number, edges: Array<{ __typename?: 'OrganizationChildrenConnectionEdge', node: { __typename?: 'Organization', id: string, name: string } }> } }, meetings: { __typename?: 'QueryMeetingsConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'QueryMeetingsConnectionEdge', node: { __typename?: 'Meeting', id: string, title: string, status: MeetingStatus, date?: { __typename?: 'KnownDate', value: string, precision: DatePrecision, basis: Basis, note?: string | null } | null, citation: { __typename?: 'Citation', quote: string, document: { __typename?: 'SourceDocument', title: string } } } }> } };

export type OrganizationMeetingsFragment = { __typename?: 'Query', meetings: { __typename?: 'QueryMeetingsConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'QueryMeetingsConnectionEdge', node: { __typename?: 'Meeting', id: string, title: string, status: MeetingStatus, date?: { __typename?: 'KnownDate', value: string, precision: DatePrecision, basis: Basis, note?: string | null } | null, citation: { __typename?: 'Citation', quote: string, document: { __typename?: 'SourceDocument', title: string } } } }> } };

export type ExplorerOrganizationMeetingsQueryVariables = Exact<{
  filter?: InputMaybe<MeetingFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExplorerOrganizationMeetingsQuery = { __typename?: 'Query', meetings: { __typename?: 'QueryMeetingsConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'QueryMeetingsConnectionEdge', node: { __typename?: 'Meeting', id: string, title: string, status: MeetingStatus, date?: { __typename?: 'KnownDate', value: string, precision: DatePrecision, basis: Basis, note?: string | null } | null, citation: { __typename?: 'Citation', quote: string, document: { __typename?: 'SourceDocument', title: string } } } }> } };

export type ExplorerPersonQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExplorerPersonQuery = { __typename?: 'Query', person: { __typename?: 'Person', id: string, name: string, fullName?: string | null, country?: { __typename?: 'Country', code: string, name: string } | null, positions: { __typename?: 'PersonPositionsConnection', totalCount: number, edges: Array<{ __typename?: 'PersonPositionsConnectionEdge', node: { __typename?: 'Position', title: string, knownToHaveEnded: boolean, note?: string | null, basis: Basis, sourceDate?: { __typename?: 'KnownDate', value: string } | null, start?: { __typename?: 'KnownDate', value: string, precision: DatePrecision, basis: Basis, note?: string | null } | null, end?: { __typename?: 'KnownDate', value: string, precision: DatePrecision, basis: Basis, note?: string | null } | null, organization: { __typename?: 'Organization', id: string, name: string }, citation: { __typename?: 'Citation', quote: string, document: { __typename?: 'SourceDocument', title: string } } } }> }, participations: { __typename?: 'PersonParticipationsConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'PersonParticipationsConnectionEdge', node: { __typename?: 'Participation', side: ParticipationSide, roleAtMeeting: { __typename?: 'RoleAtMeeting', title: string, knownToHaveEnded?: boolean | null, organization?: { __typename?: 'Organization', id: string, name: string } | null }, meeting: { __typename?: 'Meeting', id: string, title: string, status: MeetingStatus, date?: { __typename?: 'KnownDate', value: string, precision: DatePrecision, basis: Basis, note?: string | null } | null }, citation: { __typename?: 'Citation', quote: string, document: { __typename?: 'SourceDocument', title: string } } } }> }, commitments: { __typename?: 'PersonCommitmentsConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'PersonCommitmentsConnectionEdge', node: { __typename?: 'CommitmentParty', role: PartyRole, commitment: { __typename?: 'Commitment', id: string, kind: CommitmentKind, status: CommitmentStatus, statement: string, makers: Array<
              | { __typename: 'Country', id: string, name: string }
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
            >, addressees: Array<
              | { __typename: 'Country', id: string, name: string }
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
            >, meeting?: { __typename?: 'Meeting', id: string, title: string, date?: { __typename?: 'KnownDate', value: string, precision: DatePrecision, basis: Basis, note?: string | null } | null } | null, citation: { __typename?: 'Citation', quote: string, document: { __typename?: 'SourceDocument', title: string } } } } }> } } };

export type PersonParticipationsFragment = { __typename?: 'Person', participations: { __typename?: 'PersonParticipationsConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'PersonParticipationsConnectionEdge', node: { __typename?: 'Participation', side: ParticipationSide, roleAtMeeting: { __typename?: 'RoleAtMeeting', title: string, knownToHaveEnded?: boolean | null, organization?: { __typename?: 'Organization', id: string, name: string } | null }, meeting: { __typename?: 'Meeting', id: string, title: string, status: MeetingStatus, date?: { __typename?: 'KnownDate', value: string, precision: DatePrecision, basis: Basis, note?: string | null } | null }, citation: { __typename?: 'Citation', quote: string, document: { __typename?: 'SourceDocument', title: string } } } }> } };

export type PersonCommitmentsFragment = { __typename?: 'Person', commitments: { __typename?: 'PersonCommitmentsConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'PersonCommitmentsConnectionEdge', node: { __typename?: 'CommitmentParty', role: PartyRole, commitment: { __typename?: 'Commitment', id: string, kind: CommitmentKind, status: CommitmentStatus, statement: string, makers: Array<
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          >, addressees: Array<
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          >, meeting?: { __typename?: 'Meeting', id: string, title: string, date?: { __typename?: 'KnownDate', value: string, precision: DatePrecision, basis: Basis, note?: string | null } | null } | null, citation: { __typename?: 'Citation', quote: string, document: { __typename?: 'SourceDocument', title: string } } } } }> } };

export type ExplorerPersonMeetingsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExplorerPersonMeetingsQuery = { __typename?: 'Query', person: { __typename?: 'Person', participations: { __typename?: 'PersonParticipationsConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'PersonParticipationsConnectionEdge', node: { __typename?: 'Participation', side: ParticipationSide, roleAtMeeting: { __typename?: 'RoleAtMeeting', title: string, knownToHaveEnded?: boolean | null, organization?: { __typename?: 'Organization', id: string, name: string } | null }, meeting: { __typename?: 'Meeting', id: string, title: string, status: MeetingStatus, date?: { __typename?: 'KnownDate', value: string, precision: DatePrecision, basis: Basis, note?: string | null } | null }, citation: { __typename?: 'Citation', quote: string, document: { __typename?: 'SourceDocument', title: string } } } }> } } };

export type ExplorerPersonCommitmentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExplorerPersonCommitmentsQuery = { __typename?: 'Query', person: { __typename?: 'Person', commitments: { __typename?: 'PersonCommitmentsConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'PersonCommitmentsConnectionEdge', node: { __typename?: 'CommitmentParty', role: PartyRole, commitment: { __typename?: 'Commitment', id: string, kind: CommitmentKind, status: CommitmentStatus, statement: string, makers: Array<
              | { __typename: 'Country', id: string, name: string }
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
            >, addressees: Array<
              | { __typename: 'Country', id: string, name: string }
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
            >, meeting?: { __typename?: 'Meeting', id: string, title: string, date?: { __typename?: 'KnownDate', value: string, precision: DatePrecision, basis: Basis, note?: string | null } | null } | null, citation: { __typename?: 'Citation', quote: string, document: { __typename?: 'SourceDocument', title: string } } } } }> } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CommitmentStatusFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommitmentStatusFields on Commitment {
  id
  status
  statusHistory {
    fromStatus
    toStatus
    changedAt
    changedBy
    note
  }
}
    `, {"fragmentName":"CommitmentStatusFields"}) as unknown as TypedDocumentString<CommitmentStatusFieldsFragment, unknown>;
export const PageFieldsFragmentDoc = new TypedDocumentString(`
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
    `, {"fragmentName":"PageFields"}) as unknown as TypedDocumentString<PageFieldsFragment, unknown>;
export const PartyFieldsFragmentDoc = new TypedDocumentString(`
    fragment PartyFields on Party {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
  }
  ... on Country {
    id
    name
  }
}
    `, {"fragmentName":"PartyFields"}) as unknown as TypedDocumentString<PartyFieldsFragment, unknown>;
export const KnownDateFieldsFragmentDoc = new TypedDocumentString(`
    fragment KnownDateFields on KnownDate {
  value
  precision
  basis
  note
}
    `, {"fragmentName":"KnownDateFields"}) as unknown as TypedDocumentString<KnownDateFieldsFragment, unknown>;
export const CitationFieldsFragmentDoc = new TypedDocumentString(`
    fragment CitationFields on Citation {
  quote
  document {
    title
  }
}
    `, {"fragmentName":"CitationFields"}) as unknown as TypedDocumentString<CitationFieldsFragment, unknown>;
export const CommitmentCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommitmentCardFields on Commitment {
  id
  kind
  status
  statement
  makers {
    ...PartyFields
  }
  addressees {
    ...PartyFields
  }
  meeting {
    id
    title
    date {
      ...KnownDateFields
    }
  }
  citation {
    ...CitationFields
  }
}
    fragment KnownDateFields on KnownDate {
  value
  precision
  basis
  note
}
fragment CitationFields on Citation {
  quote
  document {
    title
  }
}
fragment PartyFields on Party {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
  }
  ... on Country {
    id
    name
  }
}`, {"fragmentName":"CommitmentCardFields"}) as unknown as TypedDocumentString<CommitmentCardFieldsFragment, unknown>;
export const CommitmentResponsesFragmentDoc = new TypedDocumentString(`
    fragment CommitmentResponses on Commitment {
  responses(first: 20, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        ...CommitmentCardFields
      }
    }
  }
}
    fragment KnownDateFields on KnownDate {
  value
  precision
  basis
  note
}
fragment CitationFields on Citation {
  quote
  document {
    title
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
fragment PartyFields on Party {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
  }
  ... on Country {
    id
    name
  }
}
fragment CommitmentCardFields on Commitment {
  id
  kind
  status
  statement
  makers {
    ...PartyFields
  }
  addressees {
    ...PartyFields
  }
  meeting {
    id
    title
    date {
      ...KnownDateFields
    }
  }
  citation {
    ...CitationFields
  }
}`, {"fragmentName":"CommitmentResponses"}) as unknown as TypedDocumentString<CommitmentResponsesFragment, unknown>;
export const MeetingCommitmentsFragmentDoc = new TypedDocumentString(`
    fragment MeetingCommitments on Meeting {
  commitments(first: 20, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        ...CommitmentCardFields
      }
    }
  }
}
    fragment KnownDateFields on KnownDate {
  value
  precision
  basis
  note
}
fragment CitationFields on Citation {
  quote
  document {
    title
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
fragment PartyFields on Party {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
  }
  ... on Country {
    id
    name
  }
}
fragment CommitmentCardFields on Commitment {
  id
  kind
  status
  statement
  makers {
    ...PartyFields
  }
  addressees {
    ...PartyFields
  }
  meeting {
    id
    title
    date {
      ...KnownDateFields
    }
  }
  citation {
    ...CitationFields
  }
}`, {"fragmentName":"MeetingCommitments"}) as unknown as TypedDocumentString<MeetingCommitmentsFragment, unknown>;
export const OrganizationMeetingsFragmentDoc = new TypedDocumentString(`
    fragment OrganizationMeetings on Query {
  meetings(first: 20, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        id
        title
        status
        date {
          ...KnownDateFields
        }
        citation {
          ...CitationFields
        }
      }
    }
  }
}
    fragment KnownDateFields on KnownDate {
  value
  precision
  basis
  note
}
fragment CitationFields on Citation {
  quote
  document {
    title
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`, {"fragmentName":"OrganizationMeetings"}) as unknown as TypedDocumentString<OrganizationMeetingsFragment, unknown>;
export const PersonParticipationsFragmentDoc = new TypedDocumentString(`
    fragment PersonParticipations on Person {
  participations(first: 20, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        side
        roleAtMeeting {
          title
          knownToHaveEnded
          organization {
            id
            name
          }
        }
        meeting {
          id
          title
          status
          date {
            ...KnownDateFields
          }
        }
        citation {
          ...CitationFields
        }
      }
    }
  }
}
    fragment KnownDateFields on KnownDate {
  value
  precision
  basis
  note
}
fragment CitationFields on Citation {
  quote
  document {
    title
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`, {"fragmentName":"PersonParticipations"}) as unknown as TypedDocumentString<PersonParticipationsFragment, unknown>;
export const PersonCommitmentsFragmentDoc = new TypedDocumentString(`
    fragment PersonCommitments on Person {
  commitments(first: 20, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        role
        commitment {
          ...CommitmentCardFields
        }
      }
    }
  }
}
    fragment KnownDateFields on KnownDate {
  value
  precision
  basis
  note
}
fragment CitationFields on Citation {
  quote
  document {
    title
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
fragment PartyFields on Party {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
  }
  ... on Country {
    id
    name
  }
}
fragment CommitmentCardFields on Commitment {
  id
  kind
  status
  statement
  makers {
    ...PartyFields
  }
  addressees {
    ...PartyFields
  }
  meeting {
    id
    title
    date {
      ...KnownDateFields
    }
  }
  citation {
    ...CitationFields
  }
}`, {"fragmentName":"PersonCommitments"}) as unknown as TypedDocumentString<PersonCommitmentsFragment, unknown>;
export const ExplorerMeetingsDocument = new TypedDocumentString(`
    query ExplorerMeetings($filter: MeetingFilter, $after: String, $order: MeetingOrder) {
  meetings(first: 50, after: $after, filter: $filter, orderBy: $order) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        id
        title
        kind
        status
        statusReason
        date {
          ...KnownDateFields
        }
        participants(first: 20) {
          totalCount
          edges {
            node {
              side
              roleTitle
              person {
                id
                name
                country {
                  code
                }
              }
              organization {
                id
                name
                acronym
              }
            }
          }
        }
        commitmentCount
        commitments(first: 5) {
          totalCount
          edges {
            node {
              id
              kind
              status
              statement
            }
          }
        }
      }
    }
  }
}
    fragment KnownDateFields on KnownDate {
  value
  precision
  basis
  note
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<ExplorerMeetingsQuery, ExplorerMeetingsQueryVariables>;
export const ExplorerCountriesDocument = new TypedDocumentString(`
    query ExplorerCountries {
  countries {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<ExplorerCountriesQuery, ExplorerCountriesQueryVariables>;
export const ExplorerOrganizationOptionsDocument = new TypedDocumentString(`
    query ExplorerOrganizationOptions($filter: OrganizationFilter) {
  organizations(first: 100, filter: $filter) {
    totalCount
    edges {
      node {
        id
        name
        acronym
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerOrganizationOptionsQuery, ExplorerOrganizationOptionsQueryVariables>;
export const ExplorerCommitmentChangedDocument = new TypedDocumentString(`
    subscription ExplorerCommitmentChanged($filter: CommitmentFilter) {
  commitmentChanged(filter: $filter) {
    kind
    commitment {
      ...CommitmentStatusFields
    }
  }
}
    fragment CommitmentStatusFields on Commitment {
  id
  status
  statusHistory {
    fromStatus
    toStatus
    changedAt
    changedBy
    note
  }
}`) as unknown as TypedDocumentString<ExplorerCommitmentChangedSubscription, ExplorerCommitmentChangedSubscriptionVariables>;
export const ExplorerCommitmentStatusesDocument = new TypedDocumentString(`
    query ExplorerCommitmentStatuses($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on Commitment {
      ...CommitmentStatusFields
    }
  }
}
    fragment CommitmentStatusFields on Commitment {
  id
  status
  statusHistory {
    fromStatus
    toStatus
    changedAt
    changedBy
    note
  }
}`) as unknown as TypedDocumentString<ExplorerCommitmentStatusesQuery, ExplorerCommitmentStatusesQueryVariables>;
export const ExplorerCommitmentDocument = new TypedDocumentString(`
    query ExplorerCommitment($id: ID!, $after: String) {
  commitment(id: $id) {
    ...CommitmentCardFields
    ...CommitmentStatusFields
    basis
    due {
      text
      asSoonAsPossible
      date {
        ...KnownDateFields
      }
    }
    respondsTo {
      id
      kind
      statement
    }
    ...CommitmentResponses
  }
}
    fragment KnownDateFields on KnownDate {
  value
  precision
  basis
  note
}
fragment CitationFields on Citation {
  quote
  document {
    title
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
fragment PartyFields on Party {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
  }
  ... on Country {
    id
    name
  }
}
fragment CommitmentStatusFields on Commitment {
  id
  status
  statusHistory {
    fromStatus
    toStatus
    changedAt
    changedBy
    note
  }
}
fragment CommitmentCardFields on Commitment {
  id
  kind
  status
  statement
  makers {
    ...PartyFields
  }
  addressees {
    ...PartyFields
  }
  meeting {
    id
    title
    date {
      ...KnownDateFields
    }
  }
  citation {
    ...CitationFields
  }
}
fragment CommitmentResponses on Commitment {
  responses(first: 20, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        ...CommitmentCardFields
      }
    }
  }
}`) as unknown as TypedDocumentString<ExplorerCommitmentQuery, ExplorerCommitmentQueryVariables>;
export const ExplorerCommitmentResponsesDocument = new TypedDocumentString(`
    query ExplorerCommitmentResponses($id: ID!, $after: String) {
  commitment(id: $id) {
    ...CommitmentResponses
  }
}
    fragment KnownDateFields on KnownDate {
  value
  precision
  basis
  note
}
fragment CitationFields on Citation {
  quote
  document {
    title
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
fragment PartyFields on Party {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
  }
  ... on Country {
    id
    name
  }
}
fragment CommitmentCardFields on Commitment {
  id
  kind
  status
  statement
  makers {
    ...PartyFields
  }
  addressees {
    ...PartyFields
  }
  meeting {
    id
    title
    date {
      ...KnownDateFields
    }
  }
  citation {
    ...CitationFields
  }
}
fragment CommitmentResponses on Commitment {
  responses(first: 20, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        ...CommitmentCardFields
      }
    }
  }
}`) as unknown as TypedDocumentString<ExplorerCommitmentResponsesQuery, ExplorerCommitmentResponsesQueryVariables>;
export const ExplorerMeetingDocument = new TypedDocumentString(`
    query ExplorerMeeting($id: ID!, $after: String) {
  meeting(id: $id) {
    id
    title
    kind
    status
    statusReason
    place
    summary
    series
    sequenceNumber
    date {
      ...KnownDateFields
    }
    originalDate {
      ...KnownDateFields
    }
    placeCountry {
      name
    }
    citation {
      ...CitationFields
    }
    participants(first: 50) {
      totalCount
      edges {
        node {
          side
          roleAtMeeting {
            title
            knownToHaveEnded
          }
          person {
            id
            name
          }
          organization {
            id
            name
          }
          country {
            name
          }
          citation {
            ...CitationFields
          }
        }
      }
    }
    ...MeetingCommitments
  }
}
    fragment KnownDateFields on KnownDate {
  value
  precision
  basis
  note
}
fragment CitationFields on Citation {
  quote
  document {
    title
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
fragment PartyFields on Party {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
  }
  ... on Country {
    id
    name
  }
}
fragment CommitmentCardFields on Commitment {
  id
  kind
  status
  statement
  makers {
    ...PartyFields
  }
  addressees {
    ...PartyFields
  }
  meeting {
    id
    title
    date {
      ...KnownDateFields
    }
  }
  citation {
    ...CitationFields
  }
}
fragment MeetingCommitments on Meeting {
  commitments(first: 20, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        ...CommitmentCardFields
      }
    }
  }
}`) as unknown as TypedDocumentString<ExplorerMeetingQuery, ExplorerMeetingQueryVariables>;
export const ExplorerMeetingCommitmentsDocument = new TypedDocumentString(`
    query ExplorerMeetingCommitments($id: ID!, $after: String) {
  meeting(id: $id) {
    ...MeetingCommitments
  }
}
    fragment KnownDateFields on KnownDate {
  value
  precision
  basis
  note
}
fragment CitationFields on Citation {
  quote
  document {
    title
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
fragment PartyFields on Party {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
  }
  ... on Country {
    id
    name
  }
}
fragment CommitmentCardFields on Commitment {
  id
  kind
  status
  statement
  makers {
    ...PartyFields
  }
  addressees {
    ...PartyFields
  }
  meeting {
    id
    title
    date {
      ...KnownDateFields
    }
  }
  citation {
    ...CitationFields
  }
}
fragment MeetingCommitments on Meeting {
  commitments(first: 20, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        ...CommitmentCardFields
      }
    }
  }
}`) as unknown as TypedDocumentString<ExplorerMeetingCommitmentsQuery, ExplorerMeetingCommitmentsQueryVariables>;
export const ExplorerOrganizationDocument = new TypedDocumentString(`
    query ExplorerOrganization($id: ID!, $filter: MeetingFilter, $after: String) {
  organization(id: $id) {
    id
    name
    acronym
    kind
    country {
      code
      name
    }
    parent {
      id
      name
    }
    children(first: 50) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
  ...OrganizationMeetings
}
    fragment KnownDateFields on KnownDate {
  value
  precision
  basis
  note
}
fragment CitationFields on Citation {
  quote
  document {
    title
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
fragment OrganizationMeetings on Query {
  meetings(first: 20, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        id
        title
        status
        date {
          ...KnownDateFields
        }
        citation {
          ...CitationFields
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<ExplorerOrganizationQuery, ExplorerOrganizationQueryVariables>;
export const ExplorerOrganizationMeetingsDocument = new TypedDocumentString(`
    query ExplorerOrganizationMeetings($filter: MeetingFilter, $after: String) {
  ...OrganizationMeetings
}
    fragment KnownDateFields on KnownDate {
  value
  precision
  basis
  note
}
fragment CitationFields on Citation {
  quote
  document {
    title
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
fragment OrganizationMeetings on Query {
  meetings(first: 20, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        id
        title
        status
        date {
          ...KnownDateFields
        }
        citation {
          ...CitationFields
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<ExplorerOrganizationMeetingsQuery, ExplorerOrganizationMeetingsQueryVariables>;
export const ExplorerPersonDocument = new TypedDocumentString(`
    query ExplorerPerson($id: ID!, $after: String) {
  person(id: $id) {
    id
    name
    fullName
    country {
      code
      name
    }
    positions(first: 20) {
      totalCount
      edges {
        node {
          title
          knownToHaveEnded
          sourceDate {
            value
          }
          note
          start {
            ...KnownDateFields
          }
          end {
            ...KnownDateFields
          }
          organization {
            id
            name
          }
          basis
          citation {
            ...CitationFields
          }
        }
      }
    }
    ...PersonParticipations
    ...PersonCommitments
  }
}
    fragment KnownDateFields on KnownDate {
  value
  precision
  basis
  note
}
fragment CitationFields on Citation {
  quote
  document {
    title
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
fragment PartyFields on Party {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
  }
  ... on Country {
    id
    name
  }
}
fragment CommitmentCardFields on Commitment {
  id
  kind
  status
  statement
  makers {
    ...PartyFields
  }
  addressees {
    ...PartyFields
  }
  meeting {
    id
    title
    date {
      ...KnownDateFields
    }
  }
  citation {
    ...CitationFields
  }
}
fragment PersonParticipations on Person {
  participations(first: 20, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        side
        roleAtMeeting {
          title
          knownToHaveEnded
          organization {
            id
            name
          }
        }
        meeting {
          id
          title
          status
          date {
            ...KnownDateFields
          }
        }
        citation {
          ...CitationFields
        }
      }
    }
  }
}
fragment PersonCommitments on Person {
  commitments(first: 20, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        role
        commitment {
          ...CommitmentCardFields
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<ExplorerPersonQuery, ExplorerPersonQueryVariables>;
export const ExplorerPersonMeetingsDocument = new TypedDocumentString(`
    query ExplorerPersonMeetings($id: ID!, $after: String) {
  person(id: $id) {
    ...PersonParticipations
  }
}
    fragment KnownDateFields on KnownDate {
  value
  precision
  basis
  note
}
fragment CitationFields on Citation {
  quote
  document {
    title
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
fragment PersonParticipations on Person {
  participations(first: 20, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        side
        roleAtMeeting {
          title
          knownToHaveEnded
          organization {
            id
            name
          }
        }
        meeting {
          id
          title
          status
          date {
            ...KnownDateFields
          }
        }
        citation {
          ...CitationFields
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<ExplorerPersonMeetingsQuery, ExplorerPersonMeetingsQueryVariables>;
export const ExplorerPersonCommitmentsDocument = new TypedDocumentString(`
    query ExplorerPersonCommitments($id: ID!, $after: String) {
  person(id: $id) {
    ...PersonCommitments
  }
}
    fragment KnownDateFields on KnownDate {
  value
  precision
  basis
  note
}
fragment CitationFields on Citation {
  quote
  document {
    title
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
fragment PartyFields on Party {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
  }
  ... on Country {
    id
    name
  }
}
fragment CommitmentCardFields on Commitment {
  id
  kind
  status
  statement
  makers {
    ...PartyFields
  }
  addressees {
    ...PartyFields
  }
  meeting {
    id
    title
    date {
      ...KnownDateFields
    }
  }
  citation {
    ...CitationFields
  }
}
fragment PersonCommitments on Person {
  commitments(first: 20, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      node {
        role
        commitment {
          ...CommitmentCardFields
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<ExplorerPersonCommitmentsQuery, ExplorerPersonCommitmentsQueryVariables>;