// Pieces the detail views share: the header, links to parties, and paged sections.
import { type Child, h } from "../dom.js";
import type { PartyFieldsFragment } from "../generated/graphql.js";
import { selectLink } from "../router.js";

/** A page of a connection as the views select it. */
export interface Connection<T> {
  totalCount: number;
  pageInfo?: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: T }[];
}

export function detailHeader(title: string, ...meta: Child[]): HTMLElement[] {
  return [h("h2", { id: "detail-heading" }, title), h("p", { class: "meta" }, ...meta)];
}

export function partyLink(party: PartyFieldsFragment): Node {
  if (party.__typename === "Person") return selectLink("person", party.id, party.name);
  if (party.__typename === "Organization") return selectLink("organization", party.id, party.name);
  return document.createTextNode(party.name);
}

/**
 * A section with a list and, while the server has more, a button that fetches the next page
 * and appends it; `headingExtra` goes after the title (the live mark).
 */
export function pagedSection<T>(
  title: string,
  connection: Connection<T>,
  render: (node: T) => HTMLLIElement,
  fetchMore: (after: string) => Promise<Connection<T>>,
  empty: string,
  headingExtra?: Child,
): HTMLElement {
  const list = h("ul", { class: "cards" });
  const heading = h("h3", {}, `${title} (${connection.totalCount})`, headingExtra ? " " : null, headingExtra);
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
