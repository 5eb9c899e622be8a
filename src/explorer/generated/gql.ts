/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment KnownDateFields on KnownDate {\n    value\n    precision\n    basis\n    note\n  }\n": typeof types.KnownDateFieldsFragmentDoc,
    "\n  fragment CitationFields on Citation {\n    quote\n    document {\n      title\n    }\n  }\n": typeof types.CitationFieldsFragmentDoc,
    "\n  fragment PageFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": typeof types.PageFieldsFragmentDoc,
    "\n  fragment PartyFields on Party {\n    __typename\n    ... on Person {\n      id\n      name\n    }\n    ... on Organization {\n      id\n      name\n    }\n    ... on Country {\n      id\n      name\n    }\n  }\n": typeof types.PartyFieldsFragmentDoc,
    "\n  fragment CommitmentStatusFields on Commitment {\n    id\n    status\n    statusHistory {\n      fromStatus\n      toStatus\n      changedAt\n      changedBy\n      note\n    }\n  }\n": typeof types.CommitmentStatusFieldsFragmentDoc,
    "\n  fragment CommitmentCardFields on Commitment {\n    id\n    kind\n    status\n    statement\n    makers {\n      ...PartyFields\n    }\n    addressees {\n      ...PartyFields\n    }\n    meeting {\n      id\n      title\n      date {\n        ...KnownDateFields\n      }\n    }\n    citation {\n      ...CitationFields\n    }\n  }\n": typeof types.CommitmentCardFieldsFragmentDoc,
    "\n  query ExplorerMeetings($filter: MeetingFilter, $after: String, $order: MeetingOrder) {\n    meetings(first: 50, after: $after, filter: $filter, orderBy: $order) {\n      totalCount\n      pageInfo {\n        ...PageFields\n      }\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          statusReason\n          date {\n            ...KnownDateFields\n          }\n          participants(first: 20) {\n            totalCount\n            edges {\n              node {\n                side\n                roleTitle\n                person {\n                  id\n                  name\n                  country {\n                    code\n                  }\n                }\n                organization {\n                  id\n                  name\n                  acronym\n                }\n              }\n            }\n          }\n          commitmentCount\n          commitments(first: 5) {\n            totalCount\n            edges {\n              node {\n                id\n                kind\n                status\n                statement\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ExplorerMeetingsDocument,
    "\n  query ExplorerCountries {\n    countries {\n      code\n      name\n    }\n  }\n": typeof types.ExplorerCountriesDocument,
    "\n  query ExplorerOrganizationOptions($filter: OrganizationFilter) {\n    organizations(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n": typeof types.ExplorerOrganizationOptionsDocument,
    "\n  subscription ExplorerCommitmentChanged($filter: CommitmentFilter) {\n    commitmentChanged(filter: $filter) {\n      kind\n      commitment {\n        ...CommitmentStatusFields\n      }\n    }\n  }\n": typeof types.ExplorerCommitmentChangedDocument,
    "\n  query ExplorerCommitmentStatuses($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ... on Commitment {\n        ...CommitmentStatusFields\n      }\n    }\n  }\n": typeof types.ExplorerCommitmentStatusesDocument,
    "\n  query ExplorerCommitment($id: ID!, $after: String) {\n    commitment(id: $id) {\n      ...CommitmentCardFields\n      ...CommitmentStatusFields\n      basis\n      due {\n        text\n        asSoonAsPossible\n        date {\n          ...KnownDateFields\n        }\n      }\n      respondsTo {\n        id\n        kind\n        statement\n      }\n      ...CommitmentResponses\n    }\n  }\n": typeof types.ExplorerCommitmentDocument,
    "\n  fragment CommitmentResponses on Commitment {\n    responses(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageFields\n      }\n      edges {\n        node {\n          ...CommitmentCardFields\n        }\n      }\n    }\n  }\n": typeof types.CommitmentResponsesFragmentDoc,
    "\n  query ExplorerCommitmentResponses($id: ID!, $after: String) {\n    commitment(id: $id) {\n      ...CommitmentResponses\n    }\n  }\n": typeof types.ExplorerCommitmentResponsesDocument,
    "\n  query ExplorerMeeting($id: ID!, $after: String) {\n    meeting(id: $id) {\n      id\n      title\n      kind\n      status\n      statusReason\n      place\n      summary\n      series\n      sequenceNumber\n      date {\n        ...KnownDateFields\n      }\n      originalDate {\n        ...KnownDateFields\n      }\n      placeCountry {\n        name\n      }\n      citation {\n        ...CitationFields\n      }\n      participants(first: 50) {\n        totalCount\n        edges {\n          node {\n            side\n            roleAtMeeting {\n              title\n              knownToHaveEnded\n            }\n            person {\n              id\n              name\n            }\n            organization {\n              id\n              name\n            }\n            country {\n              name\n            }\n            citation {\n              ...CitationFields\n            }\n          }\n        }\n      }\n      ...MeetingCommitments\n    }\n  }\n": typeof types.ExplorerMeetingDocument,
    "\n  fragment MeetingCommitments on Meeting {\n    commitments(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageFields\n      }\n      edges {\n        node {\n          ...CommitmentCardFields\n        }\n      }\n    }\n  }\n": typeof types.MeetingCommitmentsFragmentDoc,
    "\n  query ExplorerMeetingCommitments($id: ID!, $after: String) {\n    meeting(id: $id) {\n      ...MeetingCommitments\n    }\n  }\n": typeof types.ExplorerMeetingCommitmentsDocument,
    "\n  query ExplorerOrganization($id: ID!, $filter: MeetingFilter, $after: String) {\n    organization(id: $id) {\n      id\n      name\n      acronym\n      kind\n      country {\n        code\n        name\n      }\n      parent {\n        id\n        name\n      }\n      children(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n    ...OrganizationMeetings\n  }\n": typeof types.ExplorerOrganizationDocument,
    "\n  fragment OrganizationMeetings on Query {\n    meetings(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageFields\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          date {\n            ...KnownDateFields\n          }\n          citation {\n            ...CitationFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganizationMeetingsFragmentDoc,
    "\n  query ExplorerOrganizationMeetings($filter: MeetingFilter, $after: String) {\n    ...OrganizationMeetings\n  }\n": typeof types.ExplorerOrganizationMeetingsDocument,
    "\n  query ExplorerPerson($id: ID!, $after: String) {\n    person(id: $id) {\n      id\n      name\n      fullName\n      country {\n        code\n        name\n      }\n      positions(first: 20) {\n        totalCount\n        edges {\n          node {\n            title\n            knownToHaveEnded\n            sourceDate {\n              value\n            }\n            note\n            start {\n              ...KnownDateFields\n            }\n            end {\n              ...KnownDateFields\n            }\n            organization {\n              id\n              name\n            }\n            basis\n            citation {\n              ...CitationFields\n            }\n          }\n        }\n      }\n      ...PersonParticipations\n      ...PersonCommitments\n    }\n  }\n": typeof types.ExplorerPersonDocument,
    "\n  fragment PersonParticipations on Person {\n    participations(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageFields\n      }\n      edges {\n        node {\n          side\n          roleAtMeeting {\n            title\n            knownToHaveEnded\n            organization {\n              id\n              name\n            }\n          }\n          meeting {\n            id\n            title\n            status\n            date {\n              ...KnownDateFields\n            }\n          }\n          citation {\n            ...CitationFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.PersonParticipationsFragmentDoc,
    "\n  fragment PersonCommitments on Person {\n    commitments(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageFields\n      }\n      edges {\n        node {\n          role\n          commitment {\n            ...CommitmentCardFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.PersonCommitmentsFragmentDoc,
    "\n  query ExplorerPersonMeetings($id: ID!, $after: String) {\n    person(id: $id) {\n      ...PersonParticipations\n    }\n  }\n": typeof types.ExplorerPersonMeetingsDocument,
    "\n  query ExplorerPersonCommitments($id: ID!, $after: String) {\n    person(id: $id) {\n      ...PersonCommitments\n    }\n  }\n": typeof types.ExplorerPersonCommitmentsDocument,
};
const documents: Documents = {
    "\n  fragment KnownDateFields on KnownDate {\n    value\n    precision\n    basis\n    note\n  }\n": types.KnownDateFieldsFragmentDoc,
    "\n  fragment CitationFields on Citation {\n    quote\n    document {\n      title\n    }\n  }\n": types.CitationFieldsFragmentDoc,
    "\n  fragment PageFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": types.PageFieldsFragmentDoc,
    "\n  fragment PartyFields on Party {\n    __typename\n    ... on Person {\n      id\n      name\n    }\n    ... on Organization {\n      id\n      name\n    }\n    ... on Country {\n      id\n      name\n    }\n  }\n": types.PartyFieldsFragmentDoc,
    "\n  fragment CommitmentStatusFields on Commitment {\n    id\n    status\n    statusHistory {\n      fromStatus\n      toStatus\n      changedAt\n      changedBy\n      note\n    }\n  }\n": types.CommitmentStatusFieldsFragmentDoc,
    "\n  fragment CommitmentCardFields on Commitment {\n    id\n    kind\n    status\n    statement\n    makers {\n      ...PartyFields\n    }\n    addressees {\n      ...PartyFields\n    }\n    meeting {\n      id\n      title\n      date {\n        ...KnownDateFields\n      }\n    }\n    citation {\n      ...CitationFields\n    }\n  }\n": types.CommitmentCardFieldsFragmentDoc,
    "\n  query ExplorerMeetings($filter: MeetingFilter, $after: String, $order: MeetingOrder) {\n    meetings(first: 50, after: $after, filter: $filter, orderBy: $order) {\n      totalCount\n      pageInfo {\n        ...PageFields\n      }\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          statusReason\n          date {\n            ...KnownDateFields\n          }\n          participants(first: 20) {\n            totalCount\n            edges {\n              node {\n                side\n                roleTitle\n                person {\n                  id\n                  name\n                  country {\n                    code\n                  }\n                }\n                organization {\n                  id\n                  name\n                  acronym\n                }\n              }\n            }\n          }\n          commitmentCount\n          commitments(first: 5) {\n            totalCount\n            edges {\n              node {\n                id\n                kind\n                status\n                statement\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ExplorerMeetingsDocument,
    "\n  query ExplorerCountries {\n    countries {\n      code\n      name\n    }\n  }\n": types.ExplorerCountriesDocument,
    "\n  query ExplorerOrganizationOptions($filter: OrganizationFilter) {\n    organizations(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n": types.ExplorerOrganizationOptionsDocument,
    "\n  subscription ExplorerCommitmentChanged($filter: CommitmentFilter) {\n    commitmentChanged(filter: $filter) {\n      kind\n      commitment {\n        ...CommitmentStatusFields\n      }\n    }\n  }\n": types.ExplorerCommitmentChangedDocument,
    "\n  query ExplorerCommitmentStatuses($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ... on Commitment {\n        ...CommitmentStatusFields\n      }\n    }\n  }\n": types.ExplorerCommitmentStatusesDocument,
    "\n  query ExplorerCommitment($id: ID!, $after: String) {\n    commitment(id: $id) {\n      ...CommitmentCardFields\n      ...CommitmentStatusFields\n      basis\n      due {\n        text\n        asSoonAsPossible\n        date {\n          ...KnownDateFields\n        }\n      }\n      respondsTo {\n        id\n        kind\n        statement\n      }\n      ...CommitmentResponses\n    }\n  }\n": types.ExplorerCommitmentDocument,
    "\n  fragment CommitmentResponses on Commitment {\n    responses(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageFields\n      }\n      edges {\n        node {\n          ...CommitmentCardFields\n        }\n      }\n    }\n  }\n": types.CommitmentResponsesFragmentDoc,
    "\n  query ExplorerCommitmentResponses($id: ID!, $after: String) {\n    commitment(id: $id) {\n      ...CommitmentResponses\n    }\n  }\n": types.ExplorerCommitmentResponsesDocument,
    "\n  query ExplorerMeeting($id: ID!, $after: String) {\n    meeting(id: $id) {\n      id\n      title\n      kind\n      status\n      statusReason\n      place\n      summary\n      series\n      sequenceNumber\n      date {\n        ...KnownDateFields\n      }\n      originalDate {\n        ...KnownDateFields\n      }\n      placeCountry {\n        name\n      }\n      citation {\n        ...CitationFields\n      }\n      participants(first: 50) {\n        totalCount\n        edges {\n          node {\n            side\n            roleAtMeeting {\n              title\n              knownToHaveEnded\n            }\n            person {\n              id\n              name\n            }\n            organization {\n              id\n              name\n            }\n            country {\n              name\n            }\n            citation {\n              ...CitationFields\n            }\n          }\n        }\n      }\n      ...MeetingCommitments\n    }\n  }\n": types.ExplorerMeetingDocument,
    "\n  fragment MeetingCommitments on Meeting {\n    commitments(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageFields\n      }\n      edges {\n        node {\n          ...CommitmentCardFields\n        }\n      }\n    }\n  }\n": types.MeetingCommitmentsFragmentDoc,
    "\n  query ExplorerMeetingCommitments($id: ID!, $after: String) {\n    meeting(id: $id) {\n      ...MeetingCommitments\n    }\n  }\n": types.ExplorerMeetingCommitmentsDocument,
    "\n  query ExplorerOrganization($id: ID!, $filter: MeetingFilter, $after: String) {\n    organization(id: $id) {\n      id\n      name\n      acronym\n      kind\n      country {\n        code\n        name\n      }\n      parent {\n        id\n        name\n      }\n      children(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n    ...OrganizationMeetings\n  }\n": types.ExplorerOrganizationDocument,
    "\n  fragment OrganizationMeetings on Query {\n    meetings(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageFields\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          date {\n            ...KnownDateFields\n          }\n          citation {\n            ...CitationFields\n          }\n        }\n      }\n    }\n  }\n": types.OrganizationMeetingsFragmentDoc,
    "\n  query ExplorerOrganizationMeetings($filter: MeetingFilter, $after: String) {\n    ...OrganizationMeetings\n  }\n": types.ExplorerOrganizationMeetingsDocument,
    "\n  query ExplorerPerson($id: ID!, $after: String) {\n    person(id: $id) {\n      id\n      name\n      fullName\n      country {\n        code\n        name\n      }\n      positions(first: 20) {\n        totalCount\n        edges {\n          node {\n            title\n            knownToHaveEnded\n            sourceDate {\n              value\n            }\n            note\n            start {\n              ...KnownDateFields\n            }\n            end {\n              ...KnownDateFields\n            }\n            organization {\n              id\n              name\n            }\n            basis\n            citation {\n              ...CitationFields\n            }\n          }\n        }\n      }\n      ...PersonParticipations\n      ...PersonCommitments\n    }\n  }\n": types.ExplorerPersonDocument,
    "\n  fragment PersonParticipations on Person {\n    participations(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageFields\n      }\n      edges {\n        node {\n          side\n          roleAtMeeting {\n            title\n            knownToHaveEnded\n            organization {\n              id\n              name\n            }\n          }\n          meeting {\n            id\n            title\n            status\n            date {\n              ...KnownDateFields\n            }\n          }\n          citation {\n            ...CitationFields\n          }\n        }\n      }\n    }\n  }\n": types.PersonParticipationsFragmentDoc,
    "\n  fragment PersonCommitments on Person {\n    commitments(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageFields\n      }\n      edges {\n        node {\n          role\n          commitment {\n            ...CommitmentCardFields\n          }\n        }\n      }\n    }\n  }\n": types.PersonCommitmentsFragmentDoc,
    "\n  query ExplorerPersonMeetings($id: ID!, $after: String) {\n    person(id: $id) {\n      ...PersonParticipations\n    }\n  }\n": types.ExplorerPersonMeetingsDocument,
    "\n  query ExplorerPersonCommitments($id: ID!, $after: String) {\n    person(id: $id) {\n      ...PersonCommitments\n    }\n  }\n": types.ExplorerPersonCommitmentsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KnownDateFields on KnownDate {\n    value\n    precision\n    basis\n    note\n  }\n"): typeof import('./graphql.js').KnownDateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CitationFields on Citation {\n    quote\n    document {\n      title\n    }\n  }\n"): typeof import('./graphql.js').CitationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"): typeof import('./graphql.js').PageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartyFields on Party {\n    __typename\n    ... on Person {\n      id\n      name\n    }\n    ... on Organization {\n      id\n      name\n    }\n    ... on Country {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql.js').PartyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitmentStatusFields on Commitment {\n    id\n    status\n    statusHistory {\n      fromStatus\n      toStatus\n      changedAt\n      changedBy\n      note\n    }\n  }\n"): typeof import('./graphql.js').CommitmentStatusFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitmentCardFields on Commitment {\n    id\n    kind\n    status\n    statement\n    makers {\n      ...PartyFields\n    }\n    addressees {\n      ...PartyFields\n    }\n    meeting {\n      id\n      title\n      date {\n        ...KnownDateFields\n      }\n    }\n    citation {\n      ...CitationFields\n    }\n  }\n"): typeof import('./graphql.js').CommitmentCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerMeetings($filter: MeetingFilter, $after: String, $order: MeetingOrder) {\n    meetings(first: 50, after: $after, filter: $filter, orderBy: $order) {\n      totalCount\n      pageInfo {\n        ...PageFields\n      }\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          statusReason\n          date {\n            ...KnownDateFields\n          }\n          participants(first: 20) {\n            totalCount\n            edges {\n              node {\n                side\n                roleTitle\n                person {\n                  id\n                  name\n                  country {\n                    code\n                  }\n                }\n                organization {\n                  id\n                  name\n                  acronym\n                }\n              }\n            }\n          }\n          commitmentCount\n          commitments(first: 5) {\n            totalCount\n            edges {\n              node {\n                id\n                kind\n                status\n                statement\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerMeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerCountries {\n    countries {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql.js').ExplorerCountriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerOrganizationOptions($filter: OrganizationFilter) {\n    organizations(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerOrganizationOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ExplorerCommitmentChanged($filter: CommitmentFilter) {\n    commitmentChanged(filter: $filter) {\n      kind\n      commitment {\n        ...CommitmentStatusFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerCommitmentChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerCommitmentStatuses($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ... on Commitment {\n        ...CommitmentStatusFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerCommitmentStatusesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerCommitment($id: ID!, $after: String) {\n    commitment(id: $id) {\n      ...CommitmentCardFields\n      ...CommitmentStatusFields\n      basis\n      due {\n        text\n        asSoonAsPossible\n        date {\n          ...KnownDateFields\n        }\n      }\n      respondsTo {\n        id\n        kind\n        statement\n      }\n      ...CommitmentResponses\n    }\n  }\n"): typeof import('./graphql.js').ExplorerCommitmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitmentResponses on Commitment {\n    responses(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageFields\n      }\n      edges {\n        node {\n          ...CommitmentCardFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CommitmentResponsesFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerCommitmentResponses($id: ID!, $after: String) {\n    commitment(id: $id) {\n      ...CommitmentResponses\n    }\n  }\n"): typeof import('./graphql.js').ExplorerCommitmentResponsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerMeeting($id: ID!, $after: String) {\n    meeting(id: $id) {\n      id\n      title\n      kind\n      status\n      statusReason\n      place\n      summary\n      series\n      sequenceNumber\n      date {\n        ...KnownDateFields\n      }\n      originalDate {\n        ...KnownDateFields\n      }\n      placeCountry {\n        name\n      }\n      citation {\n        ...CitationFields\n      }\n      participants(first: 50) {\n        totalCount\n        edges {\n          node {\n            side\n            roleAtMeeting {\n              title\n              knownToHaveEnded\n            }\n            person {\n              id\n              name\n            }\n            organization {\n              id\n              name\n            }\n            country {\n              name\n            }\n            citation {\n              ...CitationFields\n            }\n          }\n        }\n      }\n      ...MeetingCommitments\n    }\n  }\n"): typeof import('./graphql.js').ExplorerMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingCommitments on Meeting {\n    commitments(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageFields\n      }\n      edges {\n        node {\n          ...CommitmentCardFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').MeetingCommitmentsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerMeetingCommitments($id: ID!, $after: String) {\n    meeting(id: $id) {\n      ...MeetingCommitments\n    }\n  }\n"): typeof import('./graphql.js').ExplorerMeetingCommitmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerOrganization($id: ID!, $filter: MeetingFilter, $after: String) {\n    organization(id: $id) {\n      id\n      name\n      acronym\n      kind\n      country {\n        code\n        name\n      }\n      parent {\n        id\n        name\n      }\n      children(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n    ...OrganizationMeetings\n  }\n"): typeof import('./graphql.js').ExplorerOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationMeetings on Query {\n    meetings(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageFields\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          date {\n            ...KnownDateFields\n          }\n          citation {\n            ...CitationFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').OrganizationMeetingsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerOrganizationMeetings($filter: MeetingFilter, $after: String) {\n    ...OrganizationMeetings\n  }\n"): typeof import('./graphql.js').ExplorerOrganizationMeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerPerson($id: ID!, $after: String) {\n    person(id: $id) {\n      id\n      name\n      fullName\n      country {\n        code\n        name\n      }\n      positions(first: 20) {\n        totalCount\n        edges {\n          node {\n            title\n            knownToHaveEnded\n            sourceDate {\n              value\n            }\n            note\n            start {\n              ...KnownDateFields\n            }\n            end {\n              ...KnownDateFields\n            }\n            organization {\n              id\n              name\n            }\n            basis\n            citation {\n              ...CitationFields\n            }\n          }\n        }\n      }\n      ...PersonParticipations\n      ...PersonCommitments\n    }\n  }\n"): typeof import('./graphql.js').ExplorerPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonParticipations on Person {\n    participations(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageFields\n      }\n      edges {\n        node {\n          side\n          roleAtMeeting {\n            title\n            knownToHaveEnded\n            organization {\n              id\n              name\n            }\n          }\n          meeting {\n            id\n            title\n            status\n            date {\n              ...KnownDateFields\n            }\n          }\n          citation {\n            ...CitationFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PersonParticipationsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonCommitments on Person {\n    commitments(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageFields\n      }\n      edges {\n        node {\n          role\n          commitment {\n            ...CommitmentCardFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PersonCommitmentsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerPersonMeetings($id: ID!, $after: String) {\n    person(id: $id) {\n      ...PersonParticipations\n    }\n  }\n"): typeof import('./graphql.js').ExplorerPersonMeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerPersonCommitments($id: ID!, $after: String) {\n    person(id: $id) {\n      ...PersonCommitments\n    }\n  }\n"): typeof import('./graphql.js').ExplorerPersonCommitmentsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
