// The Accord explorer: a network of people and organizations, a timeline of meetings and
// commitments, and a detail panel with citations whose commitment statuses update live. It
// talks only to /graphql and loads only what is shown: meetings 50 at a time, details when
// something is selected. The parts:
//   api.ts, live.ts        queries over fetch; subscriptions over Server-Sent Events
//   router.ts              the selection in the address (#/meeting/<id>, …)
//   meetings.ts            loading meetings and the filters
//   graph.ts, lists.ts, timeline.ts   the three ways of showing the loaded meetings
//   detail.ts, views/      the detail panel: one view per kind of record
//   fragments.ts, generated/  GraphQL documents typed by codegen (codegen.ts)
import { select } from "./detail.js";
import { loadFirstPage } from "./meetings.js";
import { onNavigate, parseHash } from "./router.js";

onNavigate((selection, fromGraph) => void select(selection, fromGraph));

async function start(): Promise<void> {
  // An address naming a record opens it at once, beside the first page of meetings.
  const selection = parseHash(window.location.hash);
  if (selection) void select(selection);
  await loadFirstPage();
}

void start();
