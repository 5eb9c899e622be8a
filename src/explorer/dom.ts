// DOM helpers and the page's fixed elements. Text always goes in as text, never as HTML:
// quotes come from documents.

export type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
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

export function joinNodes(nodes: Node[], separator = ", "): Node[] {
  return nodes.flatMap((node, index) => (index === 0 ? [node] : [document.createTextNode(separator), node]));
}

/** The elements of index.html the script fills or listens to. */
export const elements = {
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
