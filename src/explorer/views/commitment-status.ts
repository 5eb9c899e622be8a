// A commitment's status wherever the page shows it (the detail panel and the timeline), kept
// current by a live subscription while a view that shows commitments is open.
import { request } from "../api.js";
import { h } from "../dom.js";
import { badge, humanize } from "../format.js";
import { graphql } from "../generated/gql.js";
import type { CommitmentFilter, CommitmentStatusFieldsFragment } from "../generated/graphql.js";
import { type LiveState, subscribe } from "../live.js";

const CommitmentChangedSubscription = graphql(`
  subscription ExplorerCommitmentChanged($filter: CommitmentFilter) {
    commitmentChanged(filter: $filter) {
      kind
      commitment {
        ...CommitmentStatusFields
      }
    }
  }
`);

const CommitmentStatusesQuery = graphql(`
  query ExplorerCommitmentStatuses($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ... on Commitment {
        ...CommitmentStatusFields
      }
    }
  }
`);

/** The status badge of one commitment; showCommitmentStatus replaces it when the status changes. */
export function commitmentStatusBadge(id: string, status: string): HTMLElement {
  const element = badge(status, "status");
  element.dataset.commitmentStatus = id;
  element.dataset.testid = "commitment-status";
  return element;
}

type StatusChange = CommitmentStatusFieldsFragment["statusHistory"][number];

/** The status history, oldest first. */
export function statusHistoryList(id: string, history: StatusChange[]): HTMLElement {
  return h(
    "ol",
    { class: "history", "data-commitment-history": id, "data-testid": "status-history" },
    ...history.map((change) =>
      h(
        "li",
        {},
        change.fromStatus ? `${humanize(change.fromStatus)} → ` : "",
        h("strong", {}, humanize(change.toStatus)),
        ` · ${new Date(change.changedAt).toLocaleString()}`,
        change.changedBy ? ` · by ${change.changedBy}` : "",
        change.note ? h("span", { class: "note" }, ` · ${change.note}`) : null,
      ),
    ),
    history.length ? null : h("li", { class: "empty" }, "No status changes recorded."),
  );
}

/** Puts a commitment's current status (and history) everywhere the page shows it. */
export function showCommitmentStatus(commitment: CommitmentStatusFieldsFragment): void {
  const id = CSS.escape(commitment.id);
  for (const element of document.querySelectorAll(`[data-commitment-status="${id}"]`)) {
    if (element.textContent === humanize(commitment.status)) continue;
    const updated = commitmentStatusBadge(commitment.id, commitment.status);
    updated.classList.add("just-changed");
    element.replaceWith(updated);
  }
  for (const element of document.querySelectorAll(`[data-commitment-history="${id}"]`))
    element.replaceWith(statusHistoryList(commitment.id, commitment.statusHistory));
}

const STATE_TEXT: Record<LiveState, string> = {
  connecting: "connecting…",
  live: "live",
  reconnecting: "reconnecting…",
};

/** The small mark that says whether the statuses shown update live. */
export function liveIndicator(): HTMLElement {
  return h(
    "span",
    { class: "live live-connecting", "data-testid": "live-indicator", role: "status" },
    STATE_TEXT.connecting,
  );
}

/**
 * Subscribes to changes of the commitments `filter` matches until `signal` aborts, and shows
 * each new status wherever the page shows that commitment. After a reconnection it reads the
 * statuses shown in `within` again, since changes made meanwhile were not announced.
 */
export function watchCommitments(
  filter: CommitmentFilter | null,
  signal: AbortSignal,
  indicator: HTMLElement,
  within: HTMLElement,
): void {
  const refresh = async () => {
    const ids = [...within.querySelectorAll<HTMLElement>("[data-commitment-status]")].map(
      (element) => element.dataset.commitmentStatus ?? "",
    );
    if (ids.length === 0) return;
    const { nodes } = await request(CommitmentStatusesQuery, { ids: [...new Set(ids)] }, signal);
    for (const node of nodes) if (node?.__typename === "Commitment") showCommitmentStatus(node);
  };
  void subscribe(
    CommitmentChangedSubscription,
    { filter },
    {
      signal,
      onData: ({ commitmentChanged }) => {
        if (commitmentChanged.commitment) showCommitmentStatus(commitmentChanged.commitment);
      },
      onState: (state, detail) => {
        indicator.className = `live live-${state}`;
        indicator.textContent = STATE_TEXT[state];
        indicator.title =
          state === "live" ? "Statuses shown here update as they change" : (detail ?? "Connecting for live updates");
      },
      onReconnect: () => void refresh().catch(() => undefined),
    },
  );
}
