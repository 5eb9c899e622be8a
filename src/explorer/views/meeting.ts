// A meeting's page: when, where, who took part in what role, and the commitments made there
// (their statuses live).
import { request } from "../api.js";
import { elements, h } from "../dom.js";
import { badge, citation, dateLabel, humanize } from "../format.js";
import { graphql } from "../generated/gql.js";
import { selectLink } from "../router.js";
import { commitmentItem } from "./commitment-card.js";
import { liveIndicator, watchCommitments } from "./commitment-status.js";
import { detailHeader, pagedSection } from "./common.js";

const MeetingQuery = graphql(`
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
`);

graphql(`
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
`);

const MoreCommitmentsQuery = graphql(`
  query ExplorerMeetingCommitments($id: ID!, $after: String) {
    meeting(id: $id) {
      ...MeetingCommitments
    }
  }
`);

export async function showMeeting(id: string, signal: AbortSignal): Promise<void> {
  const { meeting } = await request(MeetingQuery, { id }, signal);
  const live = liveIndicator();
  const place = [meeting.place, meeting.placeCountry?.name].filter(Boolean).join(", ");
  const participants = meeting.participants.edges.map(({ node }) =>
    h(
      "li",
      { class: "card" },
      h(
        "p",
        { class: "card-head" },
        selectLink("person", node.person.id, node.person.name),
        `, ${node.roleAtMeeting.title}`,
        node.roleAtMeeting.knownToHaveEnded ? " (then)" : "",
        node.organization ? ", " : "",
        node.organization ? selectLink("organization", node.organization.id, node.organization.name) : null,
        ` · ${humanize(node.side)}`,
      ),
      citation(node.citation),
    ),
  );
  elements.detail.replaceChildren(
    ...detailHeader(
      meeting.title,
      humanize(meeting.kind),
      " · ",
      badge(meeting.status, "status"),
      meeting.statusReason ? ` ${meeting.statusReason}` : "",
    ),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, "When"),
      h(
        "dd",
        {},
        dateLabel(meeting.date, "Not dated in the sources"),
        meeting.date?.note ? h("p", { class: "note" }, meeting.date.note) : null,
      ),
      meeting.originalDate ? h("dt", {}, "First scheduled") : null,
      meeting.originalDate ? h("dd", {}, dateLabel(meeting.originalDate)) : null,
      place ? h("dt", {}, "Where") : null,
      place ? h("dd", {}, place) : null,
      meeting.series ? h("dt", {}, "Series") : null,
      meeting.series
        ? h("dd", {}, meeting.sequenceNumber ? `${meeting.series}, no. ${meeting.sequenceNumber}` : meeting.series)
        : null,
    ),
    ...(meeting.summary ? [h("p", {}, meeting.summary)] : []),
    citation(meeting.citation),
    h(
      "section",
      {},
      h("h3", {}, `Participants (${meeting.participants.totalCount})`),
      h("ul", { class: "cards" }, ...participants),
    ),
    pagedSection(
      "Commitments made there",
      meeting.commitments,
      (c) => commitmentItem(c),
      async (after) => (await request(MoreCommitmentsQuery, { id, after })).meeting.commitments,
      "None recorded.",
      live,
    ),
  );
  watchCommitments({ meeting: id }, signal, live, elements.detail);
}
