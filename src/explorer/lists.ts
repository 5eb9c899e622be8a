// Lists of people and organizations: the keyboard-friendly way into the same network.
import { elements, h } from "./dom.js";
import { navigate } from "./router.js";
import { state } from "./state.js";

export function renderLists(): void {
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
    button.addEventListener("click", () => navigate({ kind, id }));
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

export function markSelectedInLists(): void {
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
