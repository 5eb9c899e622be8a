// A commitment's page: what was committed, by whom to whom, where, its status and the history
// of its status (both live), what it answers and its responses.
import { request } from "../api.js";
import { elements, h, joinNodes } from "../dom.js";
import { badge, citation, dateLabel, humanize } from "../format.js";
import { graphql } from "../generated/gql.js";
import type { CommitmentFilter } from "../generated/graphql.js";
import { selectLink } from "../router.js";
import { commitmentItem } from "./commitment-card.js";
import { commitmentStatusBadge, liveIndicator, statusHistoryList, watchCommitments } from "./commitment-status.js";
import { detailHeader, pagedSection, partyLink } from "./common.js";

const CommitmentQuery = graphql(`
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
`);

graphql(`
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
`);

const MoreResponsesQuery = graphql(`
  query ExplorerCommitmentResponses($id: ID!, $after: String) {
    commitment(id: $id) {
      ...CommitmentResponses
    }
  }
`);

export async function showCommitment(id: string, signal: AbortSignal): Promise<void> {
  const { commitment: c } = await request(CommitmentQuery, { id }, signal);
  const live = liveIndicator();
  const due = c.due;
  elements.detail.replaceChildren(
    ...detailHeader(
      c.statement,
      humanize(c.kind),
      " · ",
      commitmentStatusBadge(c.id, c.status),
      " ",
      live,
      c.basis === "INFERRED" ? " · " : "",
      c.basis === "INFERRED" ? badge("INFERRED", "basis") : null,
    ),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, "By"),
      h("dd", {}, ...joinNodes(c.makers.map(partyLink))),
      c.addressees.length ? h("dt", {}, "To") : null,
      c.addressees.length ? h("dd", {}, ...joinNodes(c.addressees.map(partyLink))) : null,
      c.meeting ? h("dt", {}, "At") : null,
      c.meeting
        ? h("dd", {}, selectLink("meeting", c.meeting.id, c.meeting.title), " ", dateLabel(c.meeting.date))
        : null,
      due ? h("dt", {}, "Due") : null,
      due
        ? h(
            "dd",
            {},
            due.date ? dateLabel(due.date) : null,
            due.asSoonAsPossible ? " as soon as possible" : null,
            due.text ? h("p", { class: "note" }, `“${due.text}”`) : null,
          )
        : null,
      c.respondsTo ? h("dt", {}, "Answers") : null,
      c.respondsTo
        ? h(
            "dd",
            {},
            badge(c.respondsTo.kind, "kind"),
            " ",
            selectLink("commitment", c.respondsTo.id, c.respondsTo.statement),
          )
        : null,
    ),
    citation(c.citation),
    h("section", {}, h("h3", {}, "Status history"), statusHistoryList(c.id, c.statusHistory)),
    pagedSection(
      "Responses",
      c.responses,
      (response) => commitmentItem(response),
      async (after) => (await request(MoreResponsesQuery, { id, after })).commitment.responses,
      "No responses recorded.",
    ),
  );
  // No filter names one commitment: watch its meeting's (or first maker's) and pick it out.
  const maker = c.makers[0];
  const filter: CommitmentFilter | null = c.meeting ? { meeting: c.meeting.id } : maker ? { maker: maker.id } : null;
  watchCommitments(filter, signal, live, elements.detail);
}
