// What the page has loaded and selected, shared by the network, the lists and the timeline.
import type { ExplorerMeetingsQuery, MeetingFilter, MeetingOrder } from "./generated/graphql.js";
import type { Selection } from "./router.js";

export type MeetingSummary = ExplorerMeetingsQuery["meetings"]["edges"][number]["node"];

export interface PersonEntry {
  id: string;
  name: string;
  country: string | null;
  meetings: Set<string>;
}
export interface OrgEntry {
  id: string;
  name: string;
  meetings: Set<string>;
}

export const state = {
  filter: {} as MeetingFilter,
  order: "DATE_DESC" as MeetingOrder,
  meetings: [] as MeetingSummary[],
  meetingIds: new Set<string>(),
  totalCount: 0,
  pageInfo: { hasNextPage: false } as { hasNextPage: boolean; endCursor?: string | null },
  people: new Map<string, PersonEntry>(),
  orgs: new Map<string, OrgEntry>(),
  selection: null as Selection | null,
  /** Bumped on every filter change so answers to older requests are dropped. */
  generation: 0,
  meetingsRequest: null as AbortController | null,
  undatedHeaderShown: false,
};
