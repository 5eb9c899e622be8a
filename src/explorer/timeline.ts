// The timeline: meetings in the order asked, each with the commitments made there (which take
// its date). Undated meetings (usually planned ones) come last, as the API orders them.
import { elements, h } from "./dom.js";
import { badge, dateLabel } from "./format.js";
import { navigate } from "./router.js";
import { type MeetingSummary, state } from "./state.js";
import { commitmentStatusBadge } from "./views/commitment-status.js";

export function appendToTimeline(meetings: MeetingSummary[]): void {
  for (const meeting of meetings) {
    if (!meeting.date && !state.undatedHeaderShown) {
      state.undatedHeaderShown = true;
      elements.timeline.append(h("li", { class: "tl-group" }, h("h3", {}, "Undated: planned or date unknown")));
    }
    const title = h("button", { type: "button", class: "link tl-title" }, meeting.title);
    title.addEventListener("click", () => navigate({ kind: "meeting", id: meeting.id }));
    const participants = meeting.participants.edges.map((edge) => edge.node);
    const hiddenParticipants = meeting.participants.totalCount - participants.length;
    const commitments = meeting.commitments.edges.map((edge) => edge.node);
    const hiddenCommitments = meeting.commitmentCount - commitments.length;
    elements.timeline.append(
      h(
        "li",
        {
          class: `tl-item status-${meeting.status.toLowerCase()}`,
          "data-testid": "timeline-item",
          "data-meeting-id": meeting.id,
        },
        h(
          "div",
          { class: "tl-date" },
          dateLabel(meeting.date, meeting.status === "PLANNED" ? "Planned, undated" : "Undated"),
        ),
        h(
          "div",
          { class: "tl-body" },
          h(
            "p",
            { class: "tl-head" },
            title,
            " ",
            badge(meeting.status, "status"),
            meeting.statusReason ? h("span", { class: "reason" }, ` ${meeting.statusReason}`) : null,
          ),
          participants.length
            ? h(
                "p",
                { class: "tl-people" },
                participants.map((p) => `${p.person.name} (${p.roleTitle})`).join(", "),
                hiddenParticipants > 0 ? ` and ${hiddenParticipants} more` : "",
              )
            : null,
          commitments.length
            ? h(
                "ul",
                { class: "tl-commitments", "aria-label": "Commitments made there" },
                ...commitments.map((c) =>
                  h("li", {}, badge(c.kind, "kind"), " ", c.statement, " ", commitmentStatusBadge(c.id, c.status)),
                ),
                hiddenCommitments > 0
                  ? h("li", { class: "more" }, `and ${hiddenCommitments} more (open the meeting)`)
                  : null,
              )
            : null,
        ),
      ),
    );
  }
  if (state.meetings.length === 0)
    elements.timeline.replaceChildren(h("li", { class: "empty" }, "No meetings match these filters."));
}
