// What is selected lives in the address: #/person/<id>, #/organization/<id>, #/meeting/<id>,
// #/commitment/<id>. Links call navigate(); the back button and a pasted address reach the
// same handler, so every detail view can be opened, bookmarked and reloaded directly.

export type SelectionKind = "person" | "organization" | "meeting" | "commitment";
export interface Selection {
  kind: SelectionKind;
  id: string;
}

const KINDS: readonly SelectionKind[] = ["person", "organization", "meeting", "commitment"];

type Handler = (selection: Selection | null, fromGraph: boolean) => void;
let handler: Handler = () => {};

export const selectionHash = (selection: Selection) => `#/${selection.kind}/${encodeURIComponent(selection.id)}`;

export function parseHash(hash: string): Selection | null {
  const [, kind, id] = hash.match(/^#\/([a-z]+)\/(.+)$/) ?? [];
  if (!kind || !id || !KINDS.includes(kind as SelectionKind)) return null;
  try {
    return { kind: kind as SelectionKind, id: decodeURIComponent(id) };
  } catch {
    return null;
  }
}

/** Shows a selection and records it in the address; `fromGraph` when it was tapped in the network. */
export function navigate(selection: Selection, fromGraph = false): void {
  const hash = selectionHash(selection);
  if (window.location.hash !== hash) window.history.pushState(null, "", hash);
  handler(selection, fromGraph);
}

/** Sets what a navigation does, and follows the back and forward buttons. */
export function onNavigate(next: Handler): void {
  handler = next;
  window.addEventListener("popstate", () => handler(parseHash(window.location.hash), false));
}

/** A button that selects a person, an organization, a meeting or a commitment. */
export function selectLink(kind: SelectionKind, id: string, text: string): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "link";
  button.textContent = text;
  button.addEventListener("click", () => navigate({ kind, id }));
  return button;
}
