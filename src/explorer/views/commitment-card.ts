// A commitment as a card in a person's or a meeting's list; its statement opens its own page.
import { h, joinNodes } from "../dom.js";
import { badge, citation, dateLabel } from "../format.js";
import type { CommitmentCardFieldsFragment } from "../generated/graphql.js";
import { selectLink } from "../router.js";
import { commitmentStatusBadge } from "./commitment-status.js";
import { partyLink } from "./common.js";

export function commitmentItem(c: CommitmentCardFieldsFragment, role?: string): HTMLLIElement {
  return h(
    "li",
    { class: "card", "data-commitment-id": c.id },
    h(
      "p",
      { class: "card-head" },
      role ? badge(role, "role") : null,
      " ",
      badge(c.kind, "kind"),
      " ",
      commitmentStatusBadge(c.id, c.status),
    ),
    h("p", {}, selectLink("commitment", c.id, c.statement)),
    c.makers.length
      ? h(
          "p",
          { class: "meta" },
          "By ",
          ...joinNodes(c.makers.map(partyLink)),
          c.addressees.length ? " to " : "",
          ...joinNodes(c.addressees.map(partyLink)),
        )
      : null,
    c.meeting
      ? h(
          "p",
          { class: "meta" },
          "At ",
          selectLink("meeting", c.meeting.id, c.meeting.title),
          " ",
          dateLabel(c.meeting.date),
        )
      : null,
    citation(c.citation),
  );
}
