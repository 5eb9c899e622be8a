// An organization's page: where it sits (parent and parts) and its meetings, with those of its
// sub-organizations.
import { request } from "../api.js";
import { elements, h } from "../dom.js";
import { badge, citation, dateLabel, humanize } from "../format.js";
import { graphql } from "../generated/gql.js";
import type { MeetingFilter } from "../generated/graphql.js";
import { selectLink } from "../router.js";
import { detailHeader, pagedSection } from "./common.js";

const OrganizationQuery = graphql(`
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
`);

graphql(`
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
`);

const MoreMeetingsQuery = graphql(`
  query ExplorerOrganizationMeetings($filter: MeetingFilter, $after: String) {
    ...OrganizationMeetings
  }
`);

export async function showOrganization(id: string, signal: AbortSignal): Promise<void> {
  const filter: MeetingFilter = { organization: { id } };
  const data = await request(OrganizationQuery, { id, filter }, signal);
  const org = data.organization;
  const children = org.children.edges.map(({ node }) => h("li", {}, selectLink("organization", node.id, node.name)));
  const hiddenChildren = org.children.totalCount - children.length;
  elements.detail.replaceChildren(
    ...detailHeader(
      org.acronym ? `${org.name} (${org.acronym})` : org.name,
      humanize(org.kind),
      org.country ? ` · ${org.country.name}` : " · international",
    ),
    h(
      "section",
      {},
      h("h3", {}, "Part of"),
      h(
        "p",
        {},
        org.parent ? selectLink("organization", org.parent.id, org.parent.name) : "Nothing: a top-level body.",
      ),
    ),
    h(
      "section",
      {},
      h("h3", {}, `Parts (${org.children.totalCount})`),
      children.length
        ? h(
            "ul",
            { class: "plain" },
            ...children,
            hiddenChildren > 0 ? h("li", { class: "more" }, `and ${hiddenChildren} more`) : null,
          )
        : h("p", { class: "empty" }, "No sub-organizations."),
    ),
    pagedSection(
      "Meetings (with its sub-organizations)",
      data.meetings,
      (m) =>
        h(
          "li",
          { class: "card" },
          h("p", { class: "card-head" }, dateLabel(m.date), " ", badge(m.status, "status")),
          h("p", {}, selectLink("meeting", m.id, m.title)),
          citation(m.citation),
        ),
      async (after) => (await request(MoreMeetingsQuery, { filter, after })).meetings,
      "No meetings recorded.",
    ),
  );
}
