// A person's page: positions, meetings in the role held there, and commitments made or
// received (their statuses live).
import { request } from "../api.js";
import { elements, h } from "../dom.js";
import { badge, citation, dateLabel, humanize } from "../format.js";
import { graphql } from "../generated/gql.js";
import type { PersonParticipationsFragment } from "../generated/graphql.js";
import { selectLink } from "../router.js";
import { commitmentItem } from "./commitment-card.js";
import { liveIndicator, watchCommitments } from "./commitment-status.js";
import { detailHeader, pagedSection } from "./common.js";

const PersonQuery = graphql(`
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
`);

graphql(`
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
`);

graphql(`
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
`);

const MoreMeetingsQuery = graphql(`
  query ExplorerPersonMeetings($id: ID!, $after: String) {
    person(id: $id) {
      ...PersonParticipations
    }
  }
`);

const MoreCommitmentsQuery = graphql(`
  query ExplorerPersonCommitments($id: ID!, $after: String) {
    person(id: $id) {
      ...PersonCommitments
    }
  }
`);

type ParticipationDetail = PersonParticipationsFragment["participations"]["edges"][number]["node"];

export async function showPerson(id: string, signal: AbortSignal): Promise<void> {
  const { person } = await request(PersonQuery, { id }, signal);
  const live = liveIndicator();
  const positions = person.positions.edges.map(({ node }) =>
    h(
      "li",
      { class: "card" },
      h(
        "p",
        {},
        h("strong", {}, node.title),
        ", ",
        selectLink("organization", node.organization.id, node.organization.name),
        node.knownToHaveEnded ? " (former)" : "",
      ),
      node.start || node.end
        ? h(
            "p",
            { class: "meta" },
            dateLabel(node.start, "?"),
            " – ",
            node.end
              ? dateLabel(node.end)
              : node.knownToHaveEnded
                ? "ended, date unknown"
                : `held as of ${node.sourceDate?.value ?? "the source"}`,
          )
        : null,
      node.note ? h("p", { class: "note" }, node.note) : null,
      citation(node.citation),
    ),
  );
  const participation = (p: ParticipationDetail) =>
    h(
      "li",
      { class: "card" },
      h("p", { class: "card-head" }, dateLabel(p.meeting.date), " ", badge(p.meeting.status, "status")),
      h("p", {}, selectLink("meeting", p.meeting.id, p.meeting.title)),
      h(
        "p",
        { class: "meta" },
        "As ",
        h("strong", {}, p.roleAtMeeting.title),
        ...(p.roleAtMeeting.organization
          ? [", ", selectLink("organization", p.roleAtMeeting.organization.id, p.roleAtMeeting.organization.name)]
          : []),
        p.roleAtMeeting.knownToHaveEnded ? " (then; no longer held)" : "",
        ` · ${humanize(p.side)} side`,
      ),
      citation(p.citation),
    );
  elements.detail.replaceChildren(
    ...detailHeader(
      person.name,
      "Person",
      person.fullName ? ` · ${person.fullName}` : "",
      person.country ? ` · ${person.country.name}` : "",
      " ",
      live,
    ),
    h(
      "section",
      {},
      h("h3", {}, `Positions (${person.positions.totalCount})`),
      h(
        "ul",
        { class: "cards" },
        ...positions,
        positions.length ? null : h("li", { class: "empty" }, "No positions recorded."),
      ),
    ),
    pagedSection(
      "Meetings, in the role held there",
      person.participations,
      participation,
      async (after) => (await request(MoreMeetingsQuery, { id, after })).person.participations,
      "No meetings recorded.",
    ),
    pagedSection(
      "Commitments made or received",
      person.commitments,
      (node) => commitmentItem(node.commitment, node.role),
      async (after) => (await request(MoreCommitmentsQuery, { id, after })).person.commitments,
      "No commitments recorded.",
    ),
  );
  watchCommitments({ or: [{ maker: id }, { addressee: id }] }, signal, live, elements.detail);
}
