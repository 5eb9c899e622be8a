// The operations GraphiQL opens with: one named operation per main question, in one document.
// Every argument is a slug, an ISO code or a date, so each runs as it is on the seed data.

/** A nested lookup across four types (tests run it on its own, so it stays one operation). */
export const EXAMPLE_QUERY = `# Who met whom, in what role, and what was asked and answered.
query MeetingsWithParticipantsAndCommitments {
  meetings(first: 3) {
    totalCount
    edges {
      node {
        title
        date { value precision basis note }
        participants {
          edges {
            node {
              roleTitle
              side
              person { name }
              organization { name parent { name } }
            }
          }
        }
        commitments(first: 5) {
          edges {
            node {
              kind
              statement
              status
              makers { __typename ... on Person { name } ... on Country { name } ... on Organization { name } }
              responses { edges { node { statement } } }
              citation { quote startOffset endOffset document { title } }
            }
          }
        }
      }
    }
  }
}
`;

const HEADER = `# Accord: example operations
#
# Several named operations follow. To run one, click
# inside it and press Ctrl-Enter (Cmd-Enter on a Mac),
# or press the run button and pick it by name.
#
# Reading needs no credentials. Mutations need an API
# key with the editor scope (\`npm run apikey\`): open
# the Headers tab below and enter
#   { "Authorization": "Bearer <API key>" }
# Without it a mutation answers ForbiddenError.
#
# Ids are opaque and differ between databases: copy
# them from results (\`id\` on any record), or look
# records up by slug or ISO code as below.
`;

const MORE_EXAMPLES = `
# Commitments made to Japan's people and organizations,
# found by ISO code, with each one's status. The country's
# \`id\` is what OpenCommitmentsToParty below takes.
query CommitmentsMadeToJapan {
  country(code: "JP") {
    id
    name
    organizations(first: 20) {
      edges {
        node {
          name
          commitments(role: ADDRESSEE, first: 10) {
            edges { node { commitment { kind status statement makers { ... on Person { name } ... on Organization { name } } } } }
          }
        }
      }
    }
    people(first: 20) {
      edges {
        node {
          name
          commitments(role: ADDRESSEE, first: 10) {
            edges { node { commitment { kind status statement } } }
          }
        }
      }
    }
  }
}

# Open or deferred commitments made to one party; a
# country also matches its people and organizations.
# In the Variables tab: { "party": "<Japan's id above>" }
query OpenCommitmentsToParty($party: ID!) {
  commitments(filter: { addressee: $party, status: { in: [OPEN, DEFERRED] } }, first: 20) {
    totalCount
    edges { node { kind status statement citation { quote document { title } } } }
  }
}

# Search tolerates misspelt names: "Kitazava" finds Kitazawa.
query SearchMisspeltName {
  search(query: "Kitazava", first: 5) {
    totalCount
    edges {
      score
      snippet
      node {
        __typename
        ... on Person { name positions(first: 3) { edges { node { title heldAsOfSource knownToHaveEnded } } } }
        ... on Meeting { title date { value } }
        ... on Commitment { statement }
      }
    }
  }
}

# A request and every response to it, depth first.
query CommitmentThread {
  commitment(slug: "ban-calls-again-sdf-south-sudan") {
    thread {
      depth
      commitment {
        kind
        status
        statement
        makers { ... on Person { name } ... on Organization { name } ... on Country { name } }
        citation { quote }
      }
    }
  }
}

# How many commitments each country's parties made.
query CommitmentStatsByMakerCountry {
  commitmentStats(groupBy: [MAKER_COUNTRY]) {
    total
    groups { count makerCountry { code name } }
  }
}

# What is due by the end of January 2012, or as soon as
# possible, most urgent first. A deadline worded relative
# to the source ("in January next year") has a date
# computed from the document's date: basis INFERRED, with
# a note saying how.
query CommitmentsDueOrUrgent {
  commitments(filter: { or: [{ due: { to: "2012-01" } }, { due: { asSoonAsPossible: true } }] }, orderBy: DUE_ASC, first: 20) {
    edges { node { statement due { text asSoonAsPossible date { value basis note } } } }
  }
}

# Then versus now. A source only tells how a role stood on
# its own date: heldAsOfSource (as of sourceDate) is then,
# knownToHaveEnded is what is known now. "Who held it on a
# day" is asOf; "who holds it as far as the latest source
# tells" is heldAccordingToLatestSource.
query RoleThenAndNow {
  defenseMinisterOn20110809: people(filter: { holds: { title: { equals: "Defense Minister" }, asOf: "2011-08-09" } }) {
    edges { node { name positions { edges { node { title heldAsOfSource knownToHaveEnded sourceDate { value basis } } } } } }
  }
  secretaryGeneralPerLatestSource: people(filter: { holds: { title: { equals: "Secretary-General" }, heldAccordingToLatestSource: true } }) {
    edges { node { name positions { edges { node { title heldAsOfSource knownToHaveEnded sourceDate { value basis } } } } } }
  }
}

# Meetings in August 2011. A range matches each meeting
# whose known period overlaps it, so one dated only
# "2011-08" is included.
query MeetingsInAugust2011 {
  meetings(filter: { date: { from: "2011-08", to: "2011-08" } }, orderBy: DATE_ASC, first: 20) {
    totalCount
    edges {
      node {
        title
        status
        date { value precision basis note }
        participants { edges { node { person { name } roleAtMeeting { title knownToHaveEnded } } } }
      }
    }
  }
}

# Live: requests as they change, whoever commits the
# change. Run it, then change a request's status (the
# updateCommitmentStatus mutation, or psql); stop it
# with the run button.
subscription RequestChanges {
  commitmentChanged(filter: { kind: { equals: REQUEST } }) {
    kind
    commitment { slug status statusHistory { fromStatus toStatus changedAt } }
    response { statement }
  }
}
`;

/** The names of the operations in GRAPHIQL_DEFAULT_QUERY, in order. */
export const EXAMPLE_OPERATION_NAMES = [
  "MeetingsWithParticipantsAndCommitments",
  "CommitmentsMadeToJapan",
  "OpenCommitmentsToParty",
  "SearchMisspeltName",
  "CommitmentThread",
  "CommitmentStatsByMakerCountry",
  "CommitmentsDueOrUrgent",
  "RoleThenAndNow",
  "MeetingsInAugust2011",
] as const;

/** What GraphiQL shows on first open. */
export const GRAPHIQL_DEFAULT_QUERY = `${HEADER}\n${EXAMPLE_QUERY}${MORE_EXAMPLES}`;
