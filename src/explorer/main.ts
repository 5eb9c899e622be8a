// The Accord explorer: a network of people and organizations, a timeline of meetings and
// commitments, and a detail panel with citations. It talks only to /graphql and loads only
// what is shown: meetings 50 at a time, details when something is selected.
import cytoscape from "cytoscape";

// ---------------------------------------------------------------------------------------------
// Types of what the queries below return.

type Basis = "STATED" | "INFERRED";
type Precision = "DAY" | "MONTH" | "YEAR";
interface KnownDate {
  value: string;
  precision: Precision;
  basis: Basis;
  note?: string | null;
}
interface Citation {
  quote: string;
  document: { title: string };
}
interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}
interface Connection<T> {
  totalCount: number;
  pageInfo?: PageInfo;
  edges: { node: T }[];
}
interface Named {
  id: string;
  name: string;
}
interface ParticipantSummary {
  side: "HOST" | "GUEST";
  roleTitle: string;
  person: Named & { country: { code: string } | null };
  organization: (Named & { acronym: string | null }) | null;
}
interface CommitmentSummary {
  id: string;
  kind: string;
  status: string;
  statement: string;
}
interface MeetingSummary {
  id: string;
  title: string;
  kind: string;
  status: string;
  statusReason: string | null;
  date: KnownDate | null;
  participants: Connection<ParticipantSummary>;
  commitmentCount: number;
  commitments: Connection<CommitmentSummary>;
}
type Party = { __typename: "Person" | "Organization" | "Country"; id: string; name: string };
interface CommitmentDetail extends CommitmentSummary {
  makers: Party[];
  addressees: Party[];
  meeting: { id: string; title: string; date: KnownDate | null } | null;
  citation: Citation;
}
interface MeetingFilter {
  country?: string;
  organization?: { id: string };
  date?: { from?: string; to?: string };
}
type Selection = { kind: "person" | "organization" | "meeting"; id: string };

// ---------------------------------------------------------------------------------------------
// GraphQL over fetch.

const PAGE_SIZE = 50;
const DETAIL_PAGE_SIZE = 20;

class GraphQLRequestError extends Error {}

async function gql<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new GraphQLRequestError(body.errors.map((error) => error.message).join("; "));
  if (!response.ok || !body.data) throw new GraphQLRequestError(`The server answered ${response.status}`);
  return body.data;
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === "AbortError";

const DATE = "value precision basis note";
const CITATION = "citation { quote document { title } }";
const PAGE = "totalCount pageInfo { hasNextPage endCursor }";
const PARTY = "__typename ... on Person { id name } ... on Organization { id name } ... on Country { id name }";
const COMMITMENT_DETAIL = `id kind status statement makers { ${PARTY} } addressees { ${PARTY} } meeting { id title date { ${DATE} } } ${CITATION}`;

const FILTER_OPTIONS_QUERY = `query ExplorerCountries { countries { code name } }`;
const ORGANIZATION_OPTIONS_QUERY = `query ExplorerOrganizationOptions($filter: OrganizationFilter) {
  organizations(first: 100, filter: $filter) { totalCount edges { node { id name acronym } } }
}`;

// One page of meetings carries everything the network and the timeline draw for it.
const MEETINGS_QUERY = `query ExplorerMeetings($filter: MeetingFilter, $after: String, $order: MeetingOrder) {
  meetings(first: ${PAGE_SIZE}, after: $after, filter: $filter, orderBy: $order) {
    ${PAGE}
    edges { node {
      id title kind status statusReason
      date { ${DATE} }
      participants(first: 20) { totalCount edges { node {
        side roleTitle
        person { id name country { code } }
        organization { id name acronym }
      } } }
      commitmentCount
      commitments(first: 5) { totalCount edges { node { id kind status statement } } }
    } }
  }
}`;

const PERSON_PARTICIPATIONS = `participations(first: ${DETAIL_PAGE_SIZE}, after: $after) { ${PAGE} edges { node {
  side roleAtMeeting { title knownToHaveEnded organization { id name } }
  meeting { id title status date { ${DATE} } }
  ${CITATION}
} } }`;
const PERSON_COMMITMENTS = `commitments(first: ${DETAIL_PAGE_SIZE}, after: $after) { ${PAGE} edges { node { role commitment { ${COMMITMENT_DETAIL} } } } }`;

const PERSON_QUERY = `query ExplorerPerson($id: ID!, $after: String) {
  person(id: $id) {
    id name fullName country { code name }
    positions(first: ${DETAIL_PAGE_SIZE}) { totalCount edges { node {
      title knownToHaveEnded sourceDate { value } note start { ${DATE} } end { ${DATE} } organization { id name } basis ${CITATION}
    } } }
    ${PERSON_PARTICIPATIONS}
    ${PERSON_COMMITMENTS}
  }
}`;
const PERSON_MORE_MEETINGS = `query ExplorerPersonMeetings($id: ID!, $after: String) { person(id: $id) { ${PERSON_PARTICIPATIONS} } }`;
const PERSON_MORE_COMMITMENTS = `query ExplorerPersonCommitments($id: ID!, $after: String) { person(id: $id) { ${PERSON_COMMITMENTS} } }`;

const ORG_MEETINGS = `meetings(first: ${DETAIL_PAGE_SIZE}, after: $after, filter: $filter) { ${PAGE} edges { node {
  id title status date { ${DATE} } ${CITATION}
} } }`;
const ORGANIZATION_QUERY = `query ExplorerOrganization($id: ID!, $filter: MeetingFilter, $after: String) {
  organization(id: $id) {
    id name acronym kind country { code name }
    parent { id name }
    children(first: 50) { totalCount edges { node { id name } } }
  }
  ${ORG_MEETINGS}
}`;
const ORG_MORE_MEETINGS = `query ExplorerOrganizationMeetings($filter: MeetingFilter, $after: String) { ${ORG_MEETINGS} }`;

const MEETING_COMMITMENTS = `commitments(first: ${DETAIL_PAGE_SIZE}, after: $after) { ${PAGE} edges { node { ${COMMITMENT_DETAIL} } } }`;
const MEETING_QUERY = `query ExplorerMeeting($id: ID!, $after: String) {
  meeting(id: $id) {
    id title kind status statusReason place summary series sequenceNumber
    date { ${DATE} } originalDate { ${DATE} }
    placeCountry { name }
    ${CITATION}
    participants(first: 50) { totalCount edges { node {
      side roleAtMeeting { title knownToHaveEnded } person { id name } organization { id name } country { name } ${CITATION}
    } } }
    ${MEETING_COMMITMENTS}
  }
}`;
const MEETING_MORE_COMMITMENTS = `query ExplorerMeetingCommitments($id: ID!, $after: String) { meeting(id: $id) { ${MEETING_COMMITMENTS} } }`;

// ---------------------------------------------------------------------------------------------
// DOM helpers. Text always goes in as text, never as HTML: quotes come from documents.

type Child = Node | string | null | undefined | false;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from index.html`);
  return element as T;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2011-08-09" at DAY is "9 Aug 2011"; at MONTH "Aug 2011"; at YEAR "2011". */
function formatDate(date: KnownDate): string {
  const [year, month, day] = date.value.split("-");
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (date.precision === "DAY" && day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (date.precision !== "YEAR" && monthName) return `${monthName} ${year}`;
  return year ?? date.value;
}

const PRECISION_WORD: Record<Precision, string> = { DAY: "day", MONTH: "month only", YEAR: "year only" };

/** The date with its precision, and an "inferred" mark whose tooltip says how. */
function dateLabel(date: KnownDate | null | undefined, undatedText = "Undated"): HTMLElement {
  if (!date) return h("span", { class: "date undated" }, undatedText);
  return h(
    "span",
    { class: "date" },
    h("time", { datetime: date.value }, formatDate(date)),
    date.precision !== "DAY"
      ? h(
          "span",
          { class: "badge precision", title: `Known to the ${date.precision.toLowerCase()}` },
          PRECISION_WORD[date.precision],
        )
      : null,
    date.basis === "INFERRED"
      ? h(
          "span",
          { class: "badge inferred", title: date.note ?? "Derived by the curator, not printed in the source" },
          "inferred",
        )
      : null,
  );
}

function citation(cite: Citation): HTMLElement {
  return h(
    "figure",
    { class: "citation" },
    h("blockquote", { "data-testid": "citation-quote" }, cite.quote),
    h("figcaption", {}, "— ", h("cite", {}, cite.document.title)),
  );
}

const humanize = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replaceAll("_", " ");
const badge = (value: string, kind: string) =>
  h("span", { class: `badge ${kind} ${kind}-${value.toLowerCase()}` }, humanize(value));

// ---------------------------------------------------------------------------------------------
// State.

const elements = {
  form: byId<HTMLFormElement>("filters"),
  country: byId<HTMLSelectElement>("filter-country"),
  organization: byId<HTMLSelectElement>("filter-organization"),
  from: byId<HTMLInputElement>("filter-from"),
  to: byId<HTMLInputElement>("filter-to"),
  order: byId<HTMLSelectElement>("filter-order"),
  filterError: byId<HTMLParagraphElement>("filter-error"),
  status: byId<HTMLParagraphElement>("status"),
  loadMore: byId<HTMLButtonElement>("load-more"),
  listSearch: byId<HTMLInputElement>("list-search"),
  people: byId<HTMLUListElement>("people-list"),
  peopleCount: byId<HTMLSpanElement>("people-count"),
  orgs: byId<HTMLUListElement>("orgs-list"),
  orgsCount: byId<HTMLSpanElement>("orgs-count"),
  graph: byId<HTMLDivElement>("graph"),
  timeline: byId<HTMLOListElement>("timeline"),
  detail: byId<HTMLElement>("detail"),
};

interface PersonEntry {
  id: string;
  name: string;
  country: string | null;
  meetings: Set<string>;
}
interface OrgEntry {
  id: string;
  name: string;
  meetings: Set<string>;
}

const state = {
  filter: {} as MeetingFilter,
  order: "DATE_DESC",
  meetings: [] as MeetingSummary[],
  meetingIds: new Set<string>(),
  totalCount: 0,
  pageInfo: { hasNextPage: false, endCursor: null } as PageInfo,
  people: new Map<string, PersonEntry>(),
  orgs: new Map<string, OrgEntry>(),
  selection: null as Selection | null,
  /** Bumped on every filter change so answers to older requests are dropped. */
  generation: 0,
  meetingsRequest: null as AbortController | null,
  detailRequest: null as AbortController | null,
  undatedHeaderShown: false,
};

// ---------------------------------------------------------------------------------------------
// The network graph.

const cy = cytoscape({
  container: elements.graph,
  minZoom: 0.02,
  maxZoom: 3,
  boxSelectionEnabled: false,
  style: [
    {
      selector: "node",
      style: {
        label: "data(label)",
        "font-size": 12,
        "font-family": "system-ui, sans-serif",
        color: "#0f172a",
        "text-valign": "bottom",
        "text-margin-y": 4,
        "text-outline-color": "#ffffff",
        "text-outline-width": 2,
        // Long organization names wrap instead of stretching the layout.
        "text-wrap": "wrap",
        "text-max-width": "120px",
        // Labels vanish when zoomed far out, which keeps big graphs fast and legible.
        "min-zoomed-font-size": 6,
        width: "mapData(degree, 1, 12, 18, 40)",
        height: "mapData(degree, 1, 12, 18, 40)",
      },
    },
    { selector: "node.person", style: { "background-color": "#2563eb", shape: "ellipse" } },
    { selector: "node.org", style: { "background-color": "#d97706", shape: "round-rectangle" } },
    { selector: "edge", style: { "curve-style": "bezier", opacity: 0.8 } },
    { selector: "edge.met", style: { "line-color": "#475569", width: "mapData(count, 1, 6, 1.5, 6)" } },
    { selector: "edge.rep", style: { "line-color": "#f59e0b", "line-style": "dashed", width: 1.2 } },
    { selector: "node:selected", style: { "border-width": 4, "border-color": "#dc2626" } },
    // The selection and its neighbours keep their labels when zoomed out on a big graph.
    { selector: "node.focus", style: { "font-size": 14, "z-index": 10 } },
    { selector: ".faded", style: { opacity: 0.25 } },
  ],
});

// A handle for the end-to-end test and the browser console: the graph is a canvas.
declare global {
  interface Window {
    accordExplorer?: { graphLabels(): string[] };
  }
}
window.accordExplorer = { graphLabels: () => cy.nodes().map((node) => String(node.data("label"))) };

const personNode = (id: string) => `p:${id}`;
const orgNode = (id: string) => `o:${id}`;

/** Adds one page of meetings to the graph: people, organizations and their links. */
function addToGraph(meetings: MeetingSummary[]): void {
  // New elements by id; links seen again only count one more shared meeting.
  const pending = new Map<string, cytoscape.ElementDefinition>();
  const addNode = (id: string, label: string, kind: "person" | "organization", ref: string) => {
    if (pending.has(id) || cy.getElementById(id).nonempty()) return;
    pending.set(id, { group: "nodes", data: { id, label, kind, ref }, classes: kind === "person" ? "person" : "org" });
  };
  const addLink = (id: string, source: string, target: string, classes: "met" | "rep") => {
    const existing = cy.getElementById(id);
    const queued = pending.get(id);
    if (existing.nonempty()) existing.data("count", Number(existing.data("count")) + 1);
    else if (queued) queued.data.count = Number(queued.data.count) + 1;
    else pending.set(id, { group: "edges", data: { id, source, target, count: 1 }, classes });
  };
  for (const meeting of meetings) {
    const participants = meeting.participants.edges.map((edge) => edge.node);
    for (const p of participants) {
      const pid = personNode(p.person.id);
      addNode(pid, p.person.name, "person", p.person.id);
      if (p.organization) {
        const oid = orgNode(p.organization.id);
        addNode(oid, p.organization.acronym ?? p.organization.name, "organization", p.organization.id);
        addLink(`rep:${pid}|${oid}`, pid, oid, "rep");
      }
    }
    // "Met at": people across the table from each other, as Person.counterparts defines it;
    // a meeting with one side only links everyone in it.
    const sides = new Set(participants.map((p) => p.side));
    const linked = new Set<string>();
    for (const a of participants) {
      for (const b of participants) {
        if (a.person.id >= b.person.id || (sides.size > 1 && a.side === b.side)) continue;
        const [source, target] = [personNode(a.person.id), personNode(b.person.id)];
        const id = `met:${source}|${target}`;
        if (linked.has(id)) continue;
        linked.add(id);
        addLink(id, source, target, "met");
      }
    }
  }
  const add = [...pending.values()];
  cy.batch(() => {
    const added = cy.add(add);
    // Only nodes this page touched can have a new degree (it sizes them).
    added
      .nodes()
      .union(added.edges().connectedNodes())
      .forEach((node) => {
        node.data("degree", node.degree(false));
      });
  });
  runLayout();
}

/** Up to this many nodes, labels stay readable when laid out in the container's own size. */
const SMALL_GRAPH = 60;
/** Past this many nodes the force-directed layout takes seconds; rings by degree are instant. */
const LARGE_GRAPH = 150;

function runLayout(): void {
  const count = cy.nodes().length;
  if (count === 0) return;
  const layout =
    count > LARGE_GRAPH
      ? cy.layout({
          name: "concentric",
          concentric: (node) => node.degree(false),
          levelWidth: () => 2,
          minNodeSpacing: 12,
          animate: false,
        })
      : cy.layout({
          name: "cose",
          animate: false,
          randomize: true,
          nodeDimensionsIncludeLabels: count <= SMALL_GRAPH,
          ...(count <= SMALL_GRAPH
            ? { boundingBox: { x1: 0, y1: 0, w: Math.max(300, cy.width() - 40), h: Math.max(200, cy.height() - 40) } }
            : {}),
          numIter: count <= SMALL_GRAPH ? 1000 : 400,
          nodeRepulsion: () => 20_000,
          idealEdgeLength: () => 70,
          padding: 30,
        } as cytoscape.LayoutOptions);
  layout.run();
  cy.fit(undefined, 30);
  highlightSelection();
}

function highlightSelection(): void {
  cy.batch(() => {
    cy.elements().removeClass("faded focus").unselect();
    const selection = state.selection;
    if (!selection || selection.kind === "meeting") return;
    const node = cy.getElementById(selection.kind === "person" ? personNode(selection.id) : orgNode(selection.id));
    if (node.empty()) return;
    node.select();
    const neighborhood = node.closedNeighborhood();
    neighborhood.nodes().addClass("focus");
    cy.elements().difference(neighborhood).addClass("faded");
  });
}

/** On a big graph, brings the selection and its neighbours into view. */
function focusSelection(): void {
  const selected = cy.nodes(":selected").first();
  if (selected.empty() || cy.nodes().length <= SMALL_GRAPH) return;
  const neighbourhood = selected.closedNeighborhood().nodes();
  if (cy.nodes().length > LARGE_GRAPH) {
    // The rings put a node's neighbours all around the graph: gather them around it instead.
    const { x, y } = selected.position();
    const radius = 80 + neighbourhood.length * 22;
    neighbourhood
      .layout({
        name: "concentric",
        concentric: (node) => (node.same(selected) ? 2 : 1),
        levelWidth: () => 1,
        boundingBox: { x1: x - radius, y1: y - radius, w: 2 * radius, h: 2 * radius },
        animate: false,
      })
      .run();
  }
  cy.fit(neighbourhood, 60);
  if (cy.zoom() > 1) cy.zoom({ level: 1, position: selected.position() });
}

cy.on("tap", "node", (event) => {
  const node = event.target as cytoscape.NodeSingular;
  void select({ kind: node.data("kind") as "person" | "organization", id: String(node.data("ref")) }, true);
});
cy.on("tap", (event) => {
  if (event.target === cy) {
    state.selection = null;
    highlightSelection();
    markSelectedInLists();
  }
});

// ---------------------------------------------------------------------------------------------
// Lists of people and organizations: the keyboard-friendly way into the same network.

function renderLists(): void {
  const query = elements.listSearch.value.trim().toLowerCase();
  const matches = (name: string) => !query || name.toLowerCase().includes(query);
  const people = [...state.people.values()].filter((p) => matches(p.name)).sort((a, b) => a.name.localeCompare(b.name));
  const orgs = [...state.orgs.values()].filter((o) => matches(o.name)).sort((a, b) => a.name.localeCompare(b.name));

  const item = (kind: "person" | "organization", id: string, name: string, meta: string) => {
    const pressed = state.selection?.kind === kind && state.selection.id === id;
    const button = h(
      "button",
      {
        type: "button",
        class: "entity",
        "data-id": id,
        "data-kind": kind,
        "aria-pressed": String(pressed),
        "data-testid": kind === "person" ? "person-item" : "org-item",
      },
      h("span", { class: "name" }, name),
      h("span", { class: "entity-meta" }, meta),
    );
    button.addEventListener("click", () => void select({ kind, id }));
    return h("li", {}, button);
  };
  const meetingsWord = (n: number) => `${n} meeting${n === 1 ? "" : "s"}`;
  elements.people.replaceChildren(
    ...people.map((p) =>
      item("person", p.id, p.name, [p.country, meetingsWord(p.meetings.size)].filter(Boolean).join(" · ")),
    ),
  );
  elements.orgs.replaceChildren(...orgs.map((o) => item("organization", o.id, o.name, meetingsWord(o.meetings.size))));
  elements.peopleCount.textContent = `(${people.length})`;
  elements.orgsCount.textContent = `(${orgs.length})`;
  if (people.length === 0)
    elements.people.append(
      h("li", { class: "empty" }, state.meetings.length ? "No one matches." : "No people in the loaded meetings."),
    );
}

function markSelectedInLists(): void {
  const selection = state.selection;
  for (const button of document.querySelectorAll<HTMLButtonElement>("button.entity")) {
    button.setAttribute(
      "aria-pressed",
      String(button.dataset.kind === selection?.kind && button.dataset.id === selection?.id),
    );
  }
}

/** Arrow keys, Home and End move between the buttons of one list. */
function listKeyboard(list: HTMLUListElement): void {
  list.addEventListener("keydown", (event) => {
    const buttons = [...list.querySelectorAll<HTMLButtonElement>("button.entity")];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, next))]?.focus();
  });
}
listKeyboard(elements.people);
listKeyboard(elements.orgs);
elements.listSearch.addEventListener("input", renderLists);

// ---------------------------------------------------------------------------------------------
// The timeline: meetings in the order asked, each with the commitments made there (which take
// its date). Undated meetings (usually planned ones) come last, as the API orders them.

function appendToTimeline(meetings: MeetingSummary[]): void {
  for (const meeting of meetings) {
    if (!meeting.date && !state.undatedHeaderShown) {
      state.undatedHeaderShown = true;
      elements.timeline.append(h("li", { class: "tl-group" }, h("h3", {}, "Undated: planned or date unknown")));
    }
    const title = h("button", { type: "button", class: "link tl-title" }, meeting.title);
    title.addEventListener("click", () => void select({ kind: "meeting", id: meeting.id }));
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
                  h("li", {}, badge(c.kind, "kind"), " ", c.statement, " ", badge(c.status, "status")),
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

// ---------------------------------------------------------------------------------------------
// Loading meetings, one page at a time.

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
    const data = await gql<{ meetings: Connection<MeetingSummary> & { pageInfo: PageInfo } }>(
      MEETINGS_QUERY,
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

function showFilterError(message: string | null): void {
  elements.filterError.hidden = !message;
  elements.filterError.textContent = message ?? "";
}

async function applyFilters(): Promise<void> {
  const filter = readFilter();
  if (typeof filter === "string") return showFilterError(filter);
  showFilterError(null);
  state.filter = filter;
  state.order = elements.order.value;
  resetLoaded();
  await loadMeetingsPage();
}

async function loadOrganizationOptions(): Promise<void> {
  const country = elements.country.value;
  const previous = elements.organization.value;
  try {
    const data = await gql<{ organizations: Connection<Named & { acronym: string | null }> }>(
      ORGANIZATION_OPTIONS_QUERY,
      {
        filter: country ? { country } : null,
      },
    );
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

// ---------------------------------------------------------------------------------------------
// The detail panel, filled lazily for whatever is selected.

/** Shows a selection's details; `fromGraph` when it was tapped there, so the view stays put. */
async function select(selection: Selection, fromGraph = false): Promise<void> {
  state.selection = selection;
  highlightSelection();
  if (!fromGraph) focusSelection();
  markSelectedInLists();
  state.detailRequest?.abort();
  const controller = new AbortController();
  state.detailRequest = controller;
  elements.detail.setAttribute("aria-busy", "true");
  elements.detail.replaceChildren(
    h("h2", { id: "detail-heading" }, "Details"),
    h("p", { class: "placeholder" }, "Loading…"),
  );
  try {
    if (selection.kind === "person") await showPerson(selection.id, controller.signal);
    else if (selection.kind === "organization") await showOrganization(selection.id, controller.signal);
    else await showMeeting(selection.id, controller.signal);
  } catch (error) {
    if (isAbort(error)) return;
    elements.detail.replaceChildren(
      h("h2", { id: "detail-heading" }, "Details"),
      h("p", { class: "error", role: "alert" }, `Could not load details: ${(error as Error).message}`),
    );
  } finally {
    if (state.detailRequest === controller) elements.detail.removeAttribute("aria-busy");
  }
}

/** A button that selects a person, an organization or a meeting. */
function selectLink(kind: Selection["kind"], id: string, text: string): HTMLButtonElement {
  const button = h("button", { type: "button", class: "link" }, text);
  button.addEventListener("click", () => void select({ kind, id }));
  return button;
}

function partyLink(party: Party): Node {
  if (party.__typename === "Person") return selectLink("person", party.id, party.name);
  if (party.__typename === "Organization") return selectLink("organization", party.id, party.name);
  return document.createTextNode(party.name);
}

function joinNodes(nodes: Node[], separator = ", "): Node[] {
  return nodes.flatMap((node, index) => (index === 0 ? [node] : [document.createTextNode(separator), node]));
}

function commitmentItem(c: CommitmentDetail, role?: string): HTMLLIElement {
  return h(
    "li",
    { class: "card" },
    h(
      "p",
      { class: "card-head" },
      role ? badge(role, "role") : null,
      " ",
      badge(c.kind, "kind"),
      " ",
      badge(c.status, "status"),
    ),
    h("p", {}, c.statement),
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

/**
 * A section with a list and, while the server has more, a button that fetches the next page
 * and appends it.
 */
function pagedSection<T>(
  title: string,
  connection: Connection<T>,
  render: (node: T) => HTMLLIElement,
  fetchMore: (after: string) => Promise<Connection<T>>,
  empty: string,
): HTMLElement {
  const list = h("ul", { class: "cards" });
  const heading = h("h3", {}, `${title} (${connection.totalCount})`);
  const section = h("section", {}, heading, list);
  const append = (page: Connection<T>) => {
    list.append(...page.edges.map((edge) => render(edge.node)));
    if (page.totalCount === 0) list.append(h("li", { class: "empty" }, empty));
    const next = page.pageInfo;
    section.querySelector("button.more")?.remove();
    if (next?.hasNextPage && next.endCursor) {
      const cursor = next.endCursor;
      const more = h(
        "button",
        { type: "button", class: "more secondary" },
        `Show more (${page.totalCount - list.querySelectorAll("li.card").length} not shown)`,
      );
      more.addEventListener("click", async () => {
        more.disabled = true;
        try {
          append(await fetchMore(cursor));
        } catch (error) {
          more.disabled = false;
          more.textContent = `Could not load more: ${(error as Error).message}. Retry`;
        }
      });
      section.append(more);
    }
  };
  append(connection);
  return section;
}

interface PersonDetail {
  id: string;
  name: string;
  fullName: string | null;
  country: { code: string; name: string } | null;
  positions: Connection<{
    title: string;
    knownToHaveEnded: boolean;
    sourceDate: { value: string } | null;
    note: string | null;
    start: KnownDate | null;
    end: KnownDate | null;
    organization: Named;
    basis: Basis;
    citation: Citation;
  }>;
  participations: Connection<ParticipationDetail>;
  commitments: Connection<{ role: string; commitment: CommitmentDetail }>;
}
interface ParticipationDetail {
  side: string;
  roleAtMeeting: { title: string; knownToHaveEnded: boolean | null; organization: Named | null };
  meeting: { id: string; title: string; status: string; date: KnownDate | null };
  citation: Citation;
}

function detailHeader(title: string, ...meta: Child[]): HTMLElement[] {
  return [h("h2", { id: "detail-heading" }, title), h("p", { class: "meta" }, ...meta)];
}

async function showPerson(id: string, signal: AbortSignal): Promise<void> {
  const { person } = await gql<{ person: PersonDetail }>(PERSON_QUERY, { id }, signal);
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
      async (after) => (await gql<{ person: PersonDetail }>(PERSON_MORE_MEETINGS, { id, after })).person.participations,
      "No meetings recorded.",
    ),
    pagedSection(
      "Commitments made or received",
      person.commitments,
      (node) => commitmentItem(node.commitment, node.role),
      async (after) => (await gql<{ person: PersonDetail }>(PERSON_MORE_COMMITMENTS, { id, after })).person.commitments,
      "No commitments recorded.",
    ),
  );
}

interface OrganizationDetail {
  id: string;
  name: string;
  acronym: string | null;
  kind: string;
  country: { code: string; name: string } | null;
  parent: Named | null;
  children: Connection<Named>;
}
type OrgMeeting = { id: string; title: string; status: string; date: KnownDate | null; citation: Citation };

async function showOrganization(id: string, signal: AbortSignal): Promise<void> {
  const filter: MeetingFilter = { organization: { id } };
  const data = await gql<{ organization: OrganizationDetail; meetings: Connection<OrgMeeting> }>(
    ORGANIZATION_QUERY,
    { id, filter },
    signal,
  );
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
      async (after) => (await gql<{ meetings: Connection<OrgMeeting> }>(ORG_MORE_MEETINGS, { filter, after })).meetings,
      "No meetings recorded.",
    ),
  );
}

interface MeetingDetail {
  id: string;
  title: string;
  kind: string;
  status: string;
  statusReason: string | null;
  place: string | null;
  summary: string | null;
  series: string | null;
  sequenceNumber: number | null;
  date: KnownDate | null;
  originalDate: KnownDate | null;
  placeCountry: { name: string } | null;
  citation: Citation;
  participants: Connection<{
    side: string;
    roleAtMeeting: { title: string; knownToHaveEnded: boolean | null };
    person: Named;
    organization: Named | null;
    country: { name: string } | null;
    citation: Citation;
  }>;
  commitments: Connection<CommitmentDetail>;
}

async function showMeeting(id: string, signal: AbortSignal): Promise<void> {
  const { meeting } = await gql<{ meeting: MeetingDetail }>(MEETING_QUERY, { id }, signal);
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
      async (after) =>
        (await gql<{ meeting: MeetingDetail }>(MEETING_MORE_COMMITMENTS, { id, after })).meeting.commitments,
      "None recorded.",
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Start: the filter options, then the first page of meetings.

async function start(): Promise<void> {
  try {
    const { countries } = await gql<{ countries: { code: string; name: string }[] }>(FILTER_OPTIONS_QUERY, {});
    elements.country.append(...countries.map((country) => h("option", { value: country.code }, country.name)));
  } catch (error) {
    showFilterError(`Could not load countries: ${(error as Error).message}`);
  }
  await loadOrganizationOptions();
  await applyFilters();
}

void start();
