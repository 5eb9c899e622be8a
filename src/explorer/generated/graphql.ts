/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Whether a fact is printed in the source (STATED) or derived from it by the curator (INFERRED). */
export type Basis =
  | 'INFERRED'
  | 'STATED';

/** Two parties, e.g. `{ a: "JP", b: "CN" }`: commitments made by one and addressed to the other, or made jointly by both. */
export type CommitmentBetween = {
  /** One person, organization (with its sub-organizations) or country (with its people and organizations), by global id, slug or ISO code. */
  a: string | number;
  /** The other person, organization (with its sub-organizations) or country (with its people and organizations), by global id, slug or ISO code. */
  b: string | number;
  /** Only these directions (default: all three). */
  directions?: Array<CommitmentDirection> | null | undefined;
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
  asSoonAsPossible?: boolean | null | undefined;
  /** True: any deadline (a date, words, or as soon as possible); false: none. */
  exists?: boolean | null | undefined;
  /** Due on or after the first day of this date's period (a dated deadline whose period overlaps the range). */
  from?: string | null | undefined;
  /** Due on or before the last day of this date's period. Deadlines without a date never match a range. */
  to?: string | null | undefined;
};

/** Narrows commitments. Given fields must all match; combine filters with `and`, `or` and `not`. */
export type CommitmentFilter = {
  /** A person, organization or country it was made to (global id, slug or ISO code), matched like `maker`. */
  addressee?: string | number | null | undefined;
  /** Every one of these filters matches. */
  and?: Array<CommitmentFilter> | null | undefined;
  /** Only stated or only inferred commitments. */
  basis?: Basis | null | undefined;
  /** Commitments between two parties: made by one and addressed to the other, or made jointly by both. Ask `direction(a:, b:)` on each for which way it runs. */
  between?: CommitmentBetween | null | undefined;
  /** By deadline: due within a range, with any deadline, or as soon as possible. */
  due?: CommitmentDueFilter | null | undefined;
  /** True: answered at least once; false: never answered. */
  hasResponse?: boolean | null | undefined;
  /** True: it answers another commitment; false: it does not. */
  isResponse?: boolean | null | undefined;
  /** Request, pledge, agreement... */
  kind?: CommitmentKindFilter | null | undefined;
  /** A person, organization or country among the makers, by global id, slug or ISO code ("JP"). An organization also matches its sub-organizations; a country also matches its people and organizations. */
  maker?: string | number | null | undefined;
  /** The meeting where it was made, by global id or slug. */
  meeting?: string | number | null | undefined;
  /** This filter does not match. */
  not?: CommitmentFilter | null | undefined;
  /** At least one of these filters matches. */
  or?: Array<CommitmentFilter> | null | undefined;
  /** The plain-words statement. */
  statement?: StringFilter | null | undefined;
  /** Open, fulfilled, declined... */
  status?: CommitmentStatusFilter | null | undefined;
  /** Its topic, by slug. */
  topic?: string | null | undefined;
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
  equals?: CommitmentKind | null | undefined;
  /** Any of these values. */
  in?: Array<CommitmentKind> | null | undefined;
};

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
  equals?: CommitmentStatus | null | undefined;
  /** Any of these values. */
  in?: Array<CommitmentStatus> | null | undefined;
};

/** How much of a date is known. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

/** Narrows meetings. Given fields must all match; combine filters with `and`, `or` and `not`. */
export type MeetingFilter = {
  /** Every one of these filters matches. */
  and?: Array<MeetingFilter> | null | undefined;
  /** Only meetings the source reports (STATED) or only inferred ones. */
  basis?: Basis | null | undefined;
  /** A country represented by a participant, directly or through their organization or nationality, by ISO code ("JP") or global id. */
  country?: string | null | undefined;
  /** When it took place; matches when its known period overlaps the range. Undated meetings never match. */
  date?: PartialDateRange | null | undefined;
  /** The format. */
  kind?: MeetingKindFilter | null | undefined;
  /** This filter does not match. */
  not?: MeetingFilter | null | undefined;
  /** At least one of these filters matches. */
  or?: Array<MeetingFilter> | null | undefined;
  /** An organization represented at it (by default with its sub-organizations). */
  organization?: OrganizationMatch | null | undefined;
  /** A person who attended, by global id or slug. */
  participant?: string | number | null | undefined;
  /** A person, organization (with sub-organizations) or country that took part, by global id, slug or ISO code ("united-nations", "JP"). */
  party?: string | number | null | undefined;
  /** The country it was held in, by ISO code or global id. */
  placeCountry?: string | null | undefined;
  /** The recurring series it belongs to, exactly. */
  series?: string | null | undefined;
  /** Held, planned... */
  status?: MeetingStatusFilter | null | undefined;
  /** The title. */
  title?: StringFilter | null | undefined;
  /** A topic one of its commitments is about, by slug. */
  topic?: string | null | undefined;
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
  equals?: MeetingKind | null | undefined;
  /** Any of these values. */
  in?: Array<MeetingKind> | null | undefined;
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
  equals?: MeetingStatus | null | undefined;
  /** Any of these values. */
  in?: Array<MeetingStatus> | null | undefined;
};

/** Narrows organizations. Given fields must all match; combine filters with `and`, `or` and `not`. */
export type OrganizationFilter = {
  /** Every one of these filters matches. */
  and?: Array<OrganizationFilter> | null | undefined;
  /** Its country, by ISO code ("JP") or global id. */
  country?: string | null | undefined;
  /** What sort of body. */
  kind?: OrganizationKindFilter | null | undefined;
  /** The name or acronym. */
  name?: StringFilter | null | undefined;
  /** This filter does not match. */
  not?: OrganizationFilter | null | undefined;
  /** At least one of these filters matches. */
  or?: Array<OrganizationFilter> | null | undefined;
  /** Its direct parent, by global id or slug. */
  parent?: string | number | null | undefined;
  /** An organization it is under, at any depth (the organization itself excluded), by global id or slug. */
  within?: string | number | null | undefined;
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
  equals?: OrganizationKind | null | undefined;
  /** Any of these values. */
  in?: Array<OrganizationKind> | null | undefined;
};

/** An organization, with everything under it unless `includeSubOrganizations` is false. */
export type OrganizationMatch = {
  /** The organization, by global id or slug ("united-nations"). */
  id: string | number;
  /** Also match bureaus, missions and other bodies under it (default true). */
  includeSubOrganizations?: boolean | null | undefined;
};

/** A period from the start of `from` to the end of `to` (either may be left open). A record matches when its own period overlaps it, so a meeting known only to "2011-08" matches a range for August 2011 or for 2011. */
export type PartialDateRange = {
  /** Start of the range: the first day of this date's period. */
  from?: string | null | undefined;
  /** End of the range: the last day of this date's period. */
  to?: string | null | undefined;
};

/** Which side of the table: the host, or the visiting guest or delegation. */
export type ParticipationSide =
  | 'GUEST'
  | 'HOST';

/** MAKER made the commitment; ADDRESSEE is who it was made to. */
export type PartyRole =
  | 'ADDRESSEE'
  | 'MAKER';

/** Matches text. `contains` and `startsWith` ignore case; `equals` and `in` are exact. Given fields must all match. */
export type StringFilter = {
  /** Contains this text, ignoring case. */
  contains?: string | null | undefined;
  /** Exactly this text. */
  equals?: string | null | undefined;
  /** Any of these texts, exactly. */
  in?: Array<string> | null | undefined;
  /** Starts with this text, ignoring case. */
  startsWith?: string | null | undefined;
};

export type KnownDateFieldsFragment = { value: string, precision: DatePrecision, basis: Basis, note: string | null };

export type CitationFieldsFragment = { quote: string, document: { title: string } };

export type PageFieldsFragment = { hasNextPage: boolean, endCursor: string | null };

type PartyFields_Country_Fragment = { __typename: 'Country', id: string, name: string };

type PartyFields_Organization_Fragment = { __typename: 'Organization', id: string, name: string };

type PartyFields_Person_Fragment = { __typename: 'Person', id: string, name: string };

export type PartyFieldsFragment =
  | PartyFields_Country_Fragment
  | PartyFields_Organization_Fragment
  | PartyFields_Person_Fragment
;

export type CommitmentStatusFieldsFragment = { id: string, status: CommitmentStatus, statusHistory: Array<{ fromStatus: CommitmentStatus | null, toStatus: CommitmentStatus, changedAt: string, changedBy: string | null, note: string | null }> };

export type CommitmentCardFieldsFragment = { id: string, kind: CommitmentKind, status: CommitmentStatus, statement: string, makers: Array<
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
  >, addressees: Array<
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
  >, meeting: { id: string, title: string, date: { value: string, precision: DatePrecision, basis: Basis, note: string | null } | null } | null, citation: { quote: string, document: { title: string } } };

export type ExplorerMeetingsQueryVariables = Exact<{
  filter?: MeetingFilter | null | undefined;
  after?: string | null | undefined;
  order?: MeetingOrder | null | undefined;
}>;


export type ExplorerMeetingsQuery = { meetings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, kind: MeetingKind, status: MeetingStatus, statusReason: string | null, commitmentCount: number, date: { value: string, precision: DatePrecision, basis: Basis, note: string | null } | null, participants: { totalCount: number, edges: Array<{ node: { side: ParticipationSide, roleTitle: string, person: { id: string, name: string, country: { code: string } | null }, organization: { id: string, name: string, acronym: string | null } | null } }> }, commitments: { totalCount: number, edges: Array<{ node: { id: string, kind: CommitmentKind, status: CommitmentStatus, statement: string } }> } } }> } };

export type ExplorerCountriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerCountriesQuery = { countries: Array<{ code: string, name: string }> };

export type ExplorerOrganizationOptionsQueryVariables = Exact<{
  filter?: OrganizationFilter | null | undefined;
}>;


export type ExplorerOrganizationOptionsQuery = { organizations: { totalCount: number, edges: Array<{ node: { id: string, name: string, acronym: string | null } }> } };

export type ExplorerCommitmentChangedSubscriptionVariables = Exact<{
  filter?: CommitmentFilter | null | undefined;
}>;


export type ExplorerCommitmentChangedSubscription = { commitmentChanged: { kind: CommitmentChangeKind, commitment: { id: string, status: CommitmentStatus, statusHistory: Array<{ fromStatus: CommitmentStatus | null, toStatus: CommitmentStatus, changedAt: string, changedBy: string | null, note: string | null }> } | null } };

export type ExplorerCommitmentStatusesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ExplorerCommitmentStatusesQuery = { nodes: Array<
    | { __typename: 'Commitment', id: string, status: CommitmentStatus, statusHistory: Array<{ fromStatus: CommitmentStatus | null, toStatus: CommitmentStatus, changedAt: string, changedBy: string | null, note: string | null }> }
    | { __typename: 'Country' }
    | { __typename: 'Meeting' }
    | { __typename: 'Organization' }
    | { __typename: 'Participation' }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
    | { __typename: 'SourceDocument' }
   | null> };

export type ExplorerCommitmentQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ExplorerCommitmentQuery = { commitment: { basis: Basis, id: string, kind: CommitmentKind, status: CommitmentStatus, statement: string, due: { text: string | null, asSoonAsPossible: boolean, date: { value: string, precision: DatePrecision, basis: Basis, note: string | null } | null } | null, respondsTo: { id: string, kind: CommitmentKind, statement: string } | null, makers: Array<
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
    >, addressees: Array<
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
    >, meeting: { id: string, title: string, date: { value: string, precision: DatePrecision, basis: Basis, note: string | null } | null } | null, citation: { quote: string, document: { title: string } }, statusHistory: Array<{ fromStatus: CommitmentStatus | null, toStatus: CommitmentStatus, changedAt: string, changedBy: string | null, note: string | null }>, responses: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: CommitmentKind, status: CommitmentStatus, statement: string, makers: Array<
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          >, addressees: Array<
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          >, meeting: { id: string, title: string, date: { value: string, precision: DatePrecision, basis: Basis, note: string | null } | null } | null, citation: { quote: string, document: { title: string } } } }> } } };

export type CommitmentResponsesFragment = { responses: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: CommitmentKind, status: CommitmentStatus, statement: string, makers: Array<
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        >, addressees: Array<
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        >, meeting: { id: string, title: string, date: { value: string, precision: DatePrecision, basis: Basis, note: string | null } | null } | null, citation: { quote: string, document: { title: string } } } }> } };

export type ExplorerCommitmentResponsesQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ExplorerCommitmentResponsesQuery = { commitment: { responses: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: CommitmentKind, status: CommitmentStatus, statement: string, makers: Array<
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          >, addressees: Array<
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          >, meeting: { id: string, title: string, date: { value: string, precision: DatePrecision, basis: Basis, note: string | null } | null } | null, citation: { quote: string, document: { title: string } } } }> } } };

export type ExplorerMeetingQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ExplorerMeetingQuery = { meeting: { id: string, title: string, kind: MeetingKind, status: MeetingStatus, statusReason: string | null, place: string | null, summary: string | null, series: string | null, sequenceNumber: number | null, date: { value: string, precision: DatePrecision, basis: Basis, note: string | null } | null, originalDate: { value: string, precision: DatePrecision, basis: Basis, note: string | null } | null, placeCountry: { name: string } | null, citation: { quote: string, document: { title: string } }, participants: { totalCount: number, edges: Array<{ node: { side: ParticipationSide, roleAtMeeting: { title: string, knownToHaveEnded: boolean | null }, person: { id: string, name: string }, organization: { id: string, name: string } | null, country: { name: string } | null, citation: { quote: string, document: { title: string } } } }> }, commitments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: CommitmentKind, status: CommitmentStatus, statement: string, makers: Array<
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          >, addressees: Array<
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          >, meeting: { id: string, title: string, date: { value: string, precision: DatePrecision, basis: Basis, note: string | null } | null } | null, citation: { quote: string, document: { title: string } } } }> } } };

export type MeetingCommitmentsFragment = { commitments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: CommitmentKind, status: CommitmentStatus, statement: string, makers: Array<
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        >, addressees: Array<
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        >, meeting: { id: string, title: string, date: { value: string, precision: DatePrecision, basis: Basis, note: string | null } | null } | null, citation: { quote: string, document: { title: string } } } }> } };

export type ExplorerMeetingCommitmentsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ExplorerMeetingCommitmentsQuery = { meeting: { commitments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: CommitmentKind, status: CommitmentStatus, statement: string, makers: Array<
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          >, addressees: Array<
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          >, meeting: { id: string, title: string, date: { value: string, precision: DatePrecision, basis: Basis, note: string | null } | null } | null, citation: { quote: string, document: { title: string } } } }> } } };

export type ExplorerOrganizationQueryVariables = Exact<{
  id: string | number;
  filter?: MeetingFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type ExplorerOrganizationQuery = { organization: { id: string, name: string, acronym: string | null, kind: OrganizationKind, country: { code: string, name: string } | null, parent: { id: string, name: string } | null, children: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> } }, meetings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: MeetingStatus, date: { value: string, precision: DatePrecision, basis: Basis, note: string | null } | null, citation: { quote: string, document: { title: string } } } }> } };

export type OrganizationMeetingsFragment = { meetings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: MeetingStatus, date: { value: string, precision: DatePrecision, basis: Basis, note: string | null } | null, citation: { quote: string, document: { title: string } } } }> } };

export type ExplorerOrganizationMeetingsQueryVariables = Exact<{
  filter?: MeetingFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type ExplorerOrganizationMeetingsQuery = { meetings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: MeetingStatus, date: { value: string, precision: DatePrecision, basis: Basis, note: string | null } | null, citation: { quote: string, document: { title: string } } } }> } };

export type ExplorerPersonQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ExplorerPersonQuery = { person: { id: string, name: string, fullName: string | null, country: { code: string, name: string } | null, positions: { totalCount: number, edges: Array<{ node: { title: string, knownToHaveEnded: boolean, note: string | null, basis: Basis, sourceDate: { value: string } | null, start: { value: string, precision: DatePrecision, basis: Basis, note: string | null } | null, end: { value: string, precision: DatePrecision, basis: Basis, note: string | null } | null, organization: { id: string, name: string }, citation: { quote: string, document: { title: string } } } }> }, participations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { side: ParticipationSide, roleAtMeeting: { title: string, knownToHaveEnded: boolean | null, organization: { id: string, name: string } | null }, meeting: { id: string, title: string, status: MeetingStatus, date: { value: string, precision: DatePrecision, basis: Basis, note: string | null } | null }, citation: { quote: string, document: { title: string } } } }> }, commitments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { role: PartyRole, commitment: { id: string, kind: CommitmentKind, status: CommitmentStatus, statement: string, makers: Array<
              | { __typename: 'Country', id: string, name: string }
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
            >, addressees: Array<
              | { __typename: 'Country', id: string, name: string }
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
            >, meeting: { id: string, title: string, date: { value: string, precision: DatePrecision, basis: Basis, note: string | null } | null } | null, citation: { quote: string, document: { title: string } } } } }> } } };

export type PersonParticipationsFragment = { participations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { side: ParticipationSide, roleAtMeeting: { title: string, knownToHaveEnded: boolean | null, organization: { id: string, name: string } | null }, meeting: { id: string, title: string, status: MeetingStatus, date: { value: string, precision: DatePrecision, basis: Basis, note: string | null } | null }, citation: { quote: string, document: { title: string } } } }> } };

export type PersonCommitmentsFragment = { commitments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { role: PartyRole, commitment: { id: string, kind: CommitmentKind, status: CommitmentStatus, statement: string, makers: Array<
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          >, addressees: Array<
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          >, meeting: { id: string, title: string, date: { value: string, precision: DatePrecision, basis: Basis, note: string | null } | null } | null, citation: { quote: string, document: { title: string } } } } }> } };

export type ExplorerPersonMeetingsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ExplorerPersonMeetingsQuery = { person: { participations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { side: ParticipationSide, roleAtMeeting: { title: string, knownToHaveEnded: boolean | null, organization: { id: string, name: string } | null }, meeting: { id: string, title: string, status: MeetingStatus, date: { value: string, precision: DatePrecision, basis: Basis, note: string | null } | null }, citation: { quote: string, document: { title: string } } } }> } } };

export type ExplorerPersonCommitmentsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ExplorerPersonCommitmentsQuery = { person: { commitments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { role: PartyRole, commitment: { id: string, kind: CommitmentKind, status: CommitmentStatus, statement: string, makers: Array<
              | { __typename: 'Country', id: string, name: string }
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
            >, addressees: Array<
              | { __typename: 'Country', id: string, name: string }
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
            >, meeting: { id: string, title: string, date: { value: string, precision: DatePrecision, basis: Basis, note: string | null } | null } | null, citation: { quote: string, document: { title: string } } } } }> } } };

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