// Fragments the operations share. codegen finds them by name; importing this module is not
// needed to use one, but it keeps them in one place.
import { graphql } from "./generated/gql.js";

graphql(`
  fragment KnownDateFields on KnownDate {
    value
    precision
    basis
    note
  }
`);

graphql(`
  fragment CitationFields on Citation {
    quote
    document {
      title
    }
  }
`);

graphql(`
  fragment PageFields on PageInfo {
    hasNextPage
    endCursor
  }
`);

graphql(`
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
`);

graphql(`
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
`);

graphql(`
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
`);
