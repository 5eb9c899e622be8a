// The detail panel, filled lazily for whatever is selected. Each selection gets an
// AbortController: choosing something else aborts its request and closes its live stream.
import { isAbort } from "./api.js";
import { elements, h } from "./dom.js";
import { focusSelection, highlightSelection } from "./graph.js";
import { markSelectedInLists } from "./lists.js";
import type { Selection } from "./router.js";
import { state } from "./state.js";
import { showCommitment } from "./views/commitment.js";
import { showMeeting } from "./views/meeting.js";
import { showOrganization } from "./views/organization.js";
import { showPerson } from "./views/person.js";

const VIEWS: Record<Selection["kind"], (id: string, signal: AbortSignal) => Promise<void>> = {
  person: showPerson,
  organization: showOrganization,
  meeting: showMeeting,
  commitment: showCommitment,
};

const PLACEHOLDER = "Select a person or an organization in the network or the lists, or a meeting in the timeline.";

let current: AbortController | null = null;

/** Shows a selection's details (none: the placeholder); `fromGraph` when it was tapped there, so the view stays put. */
export async function select(selection: Selection | null, fromGraph = false): Promise<void> {
  state.selection = selection;
  highlightSelection();
  if (!fromGraph) focusSelection();
  markSelectedInLists();
  current?.abort();
  const controller = new AbortController();
  current = controller;
  if (!selection) {
    elements.detail.replaceChildren(
      h("h2", { id: "detail-heading" }, "Details"),
      h("p", { class: "placeholder" }, PLACEHOLDER),
    );
    return;
  }
  elements.detail.setAttribute("aria-busy", "true");
  elements.detail.replaceChildren(
    h("h2", { id: "detail-heading" }, "Details"),
    h("p", { class: "placeholder" }, "Loading…"),
  );
  try {
    await VIEWS[selection.kind](selection.id, controller.signal);
  } catch (error) {
    if (isAbort(error)) return;
    elements.detail.replaceChildren(
      h("h2", { id: "detail-heading" }, "Details"),
      h("p", { class: "error", role: "alert" }, `Could not load details: ${(error as Error).message}`),
    );
  } finally {
    if (current === controller) elements.detail.removeAttribute("aria-busy");
  }
}
