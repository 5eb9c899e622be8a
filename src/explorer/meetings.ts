// Loading meetings 50 at a time for the network, the lists and the timeline, and the filters
// that choose them.
import { isAbort, request } from "./api.js";
import { elements, h } from "./dom.js";
import { graphql } from "./generated/gql.js";
import type { MeetingFilter, MeetingOrder } from "./generated/graphql.js";
import { addToGraph, cy } from "./graph.js";
import { renderLists } from "./lists.js";
import { state } from "./state.js";
import { appendToTimeline } from "./timeline.js";

const PAGE_SIZE = 50;

// One page of meetings carries everything the network and the timeline draw for it.
const MeetingsQuery = graphql(`
  query ExplorerMeetings($filter: MeetingFilter, $after: String, $order: MeetingOrder) {
    meetings(first: 50, after: $after, filter: $filter, orderBy: $order) {
      totalCount
      pageInfo {
        ...PageFields
      }
      edges {
        node {
          id
          title
          kind
          status
          statusReason
          date {
            ...KnownDateFields
          }
          participants(first: 20) {
            totalCount
            edges {
              node {
                side
                roleTitle
                person {
                  id
                  name
                  country {
                    code
                  }
                }
                organization {
                  id
                  name
                  acronym
                }
              }
            }
          }
          commitmentCount
          commitments(first: 5) {
            totalCount
            edges {
              node {
                id
                kind
                status
                statement
              }
            }
          }
        }
      }
    }
  }
`);

const CountriesQuery = graphql(`
  query ExplorerCountries {
    countries {
      code
      name
    }
  }
`);

const OrganizationOptionsQuery = graphql(`
  query ExplorerOrganizationOptions($filter: OrganizationFilter) {
    organizations(first: 100, filter: $filter) {
      totalCount
      edges {
        node {
          id
          name
          acronym
        }
      }
    }
  }
`);

function setStatus(text: string): void {
  elements.status.textContent = text;
}

function describeLoaded(): string {
  const shown = state.meetings.length;
  return `Showing ${shown.toLocaleString()} of ${state.totalCount.toLocaleString()} meeting${state.totalCount === 1 ? "" : "s"} · ${state.people.size} people · ${state.orgs.size} organizations`;
}

function resetLoaded(): void {
  state.generation += 1;
  state.meetingsRequest?.abort();
  state.meetings = [];
  state.meetingIds.clear();
  state.people.clear();
  state.orgs.clear();
  state.totalCount = 0;
  state.pageInfo = { hasNextPage: false, endCursor: null };
  state.undatedHeaderShown = false;
  cy.elements().remove();
  elements.timeline.replaceChildren();
  renderLists();
}

async function loadMeetingsPage(): Promise<void> {
  const generation = state.generation;
  const controller = new AbortController();
  state.meetingsRequest = controller;
  elements.loadMore.disabled = true;
  setStatus(state.meetings.length ? `${describeLoaded()} · loading more…` : "Loading meetings…");
  try {
    const data = await request(
      MeetingsQuery,
      { filter: state.filter, after: state.pageInfo.endCursor, order: state.order },
      controller.signal,
    );
    if (generation !== state.generation) return;
    const page = data.meetings.edges.map((edge) => edge.node).filter((m) => !state.meetingIds.has(m.id));
    state.totalCount = data.meetings.totalCount;
    state.pageInfo = data.meetings.pageInfo;
    for (const meeting of page) {
      state.meetingIds.add(meeting.id);
      state.meetings.push(meeting);
      for (const { node: p } of meeting.participants.edges) {
        const person = state.people.get(p.person.id) ?? {
          id: p.person.id,
          name: p.person.name,
          country: p.person.country?.code ?? null,
          meetings: new Set<string>(),
        };
        person.meetings.add(meeting.id);
        state.people.set(person.id, person);
        if (p.organization) {
          const org = state.orgs.get(p.organization.id) ?? {
            id: p.organization.id,
            name: p.organization.name,
            meetings: new Set<string>(),
          };
          org.meetings.add(meeting.id);
          state.orgs.set(org.id, org);
        }
      }
    }
    addToGraph(page);
    appendToTimeline(page);
    renderLists();
    setStatus(describeLoaded());
  } catch (error) {
    if (isAbort(error) || generation !== state.generation) return;
    setStatus(`Could not load meetings: ${(error as Error).message}`);
  } finally {
    if (generation === state.generation) {
      elements.loadMore.disabled = false;
      elements.loadMore.hidden = !state.pageInfo.hasNextPage;
      const remaining = state.totalCount - state.meetings.length;
      elements.loadMore.textContent = `Load ${Math.min(PAGE_SIZE, remaining)} more meetings (${remaining.toLocaleString()} not shown)`;
    }
  }
}

elements.loadMore.addEventListener("click", () => void loadMeetingsPage());

// ---------------------------------------------------------------------------------------------
// Filters.

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Reads the form into a MeetingFilter, or says what is wrong with it. */
function readFilter(): MeetingFilter | string {
  const filter: MeetingFilter = {};
  if (elements.country.value) filter.country = elements.country.value;
  if (elements.organization.value) filter.organization = { id: elements.organization.value };
  const from = elements.from.value.trim();
  const to = elements.to.value.trim();
  for (const [label, value, input] of [
    ["From", from, elements.from],
    ["To", to, elements.to],
  ] as const) {
    const valid = !value || PARTIAL_DATE.test(value);
    input.setAttribute("aria-invalid", String(!valid));
    if (!valid) return `${label}: "${value}" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.`;
  }
  if (from || to) filter.date = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  return filter;
}

export function showFilterError(message: string | null): void {
  elements.filterError.hidden = !message;
  elements.filterError.textContent = message ?? "";
}

export async function applyFilters(): Promise<void> {
  const filter = readFilter();
  if (typeof filter === "string") return showFilterError(filter);
  showFilterError(null);
  state.filter = filter;
  state.order = elements.order.value as MeetingOrder;
  resetLoaded();
  await loadMeetingsPage();
}

export async function loadOrganizationOptions(): Promise<void> {
  const country = elements.country.value;
  const previous = elements.organization.value;
  try {
    const data = await request(OrganizationOptionsQuery, { filter: country ? { country } : null });
    const options = data.organizations.edges.map(({ node }) =>
      h("option", { value: node.id }, node.acronym ? `${node.name} (${node.acronym})` : node.name),
    );
    const more = data.organizations.totalCount - options.length;
    elements.organization.replaceChildren(
      h("option", { value: "" }, "All organizations"),
      ...options,
      ...(more > 0 ? [h("option", { value: "", disabled: "" }, `…and ${more} more: choose a country to narrow`)] : []),
    );
    elements.organization.value = options.some((option) => option.value === previous) ? previous : "";
  } catch (error) {
    showFilterError(`Could not load organizations: ${(error as Error).message}`);
  }
}

elements.form.addEventListener("submit", (event) => {
  event.preventDefault();
  void applyFilters();
});
elements.form.addEventListener("reset", () => {
  // After the browser has cleared the fields.
  setTimeout(() => {
    for (const input of [elements.from, elements.to]) input.removeAttribute("aria-invalid");
    void loadOrganizationOptions().then(applyFilters);
  });
});
elements.country.addEventListener("change", () => void loadOrganizationOptions().then(applyFilters));
elements.organization.addEventListener("change", () => void applyFilters());
elements.order.addEventListener("change", () => void applyFilters());
for (const input of [elements.from, elements.to]) input.addEventListener("change", () => void applyFilters());

/** The country options, then the organizations, then the first page of meetings. */
export async function loadFirstPage(): Promise<void> {
  try {
    const { countries } = await request(CountriesQuery, {});
    elements.country.append(...countries.map((country) => h("option", { value: country.code }, country.name)));
  } catch (error) {
    showFilterError(`Could not load countries: ${(error as Error).message}`);
  }
  await loadOrganizationOptions();
  await applyFilters();
}
