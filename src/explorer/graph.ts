// The network graph: people and organizations of the loaded meetings, drawn by cytoscape on a
// canvas; tapping a node selects it.
import cytoscape from "cytoscape";
import { elements } from "./dom.js";
import { markSelectedInLists } from "./lists.js";
import { navigate } from "./router.js";
import { type MeetingSummary, state } from "./state.js";

export const cy = cytoscape({
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
export function addToGraph(meetings: MeetingSummary[]): void {
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

export function highlightSelection(): void {
  cy.batch(() => {
    cy.elements().removeClass("faded focus").unselect();
    const selection = state.selection;
    if (selection?.kind !== "person" && selection?.kind !== "organization") return;
    const node = cy.getElementById(selection.kind === "person" ? personNode(selection.id) : orgNode(selection.id));
    if (node.empty()) return;
    node.select();
    const neighborhood = node.closedNeighborhood();
    neighborhood.nodes().addClass("focus");
    cy.elements().difference(neighborhood).addClass("faded");
  });
}

/** On a big graph, brings the selection and its neighbours into view. */
export function focusSelection(): void {
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
  navigate({ kind: node.data("kind") as "person" | "organization", id: String(node.data("ref")) }, true);
});
cy.on("tap", (event) => {
  if (event.target === cy) {
    state.selection = null;
    highlightSelection();
    markSelectedInLists();
  }
});
