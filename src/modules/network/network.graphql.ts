// Graph questions: counterparts, meetings between two parties, commitment threads and the
// timeline of a relationship.

import type { Commitment, Meeting } from "../../generated/prisma/client.js";
import { db } from "../../infra/db.js";
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../schema/builder.js";
import { badInput } from "../../schema/lookup.js";
import { findRecord, refersTo } from "../../schema/references.js";
import type { Context } from "../../server/context.js";
import { betweenWhere } from "../commitment/commitment.filter.js";
import { CommitmentRef } from "../commitment/commitment.graphql.js";
import { MeetingRef } from "../meeting/meeting.graphql.js";
import { OrganizationRef } from "../organization/organization.graphql.js";
import { PersonRef } from "../person/person.graphql.js";
import { PARTY_TYPES, type PartyType, participationByPartyWhere, type RecordRef } from "../shared/filters.js";
import { KnownDate, type KnownDateShape, knownDate } from "../shared/shared.graphql.js";
import {
  type Counterpart,
  commitmentThreads,
  organizationCounterparts,
  personCounterparts,
  type ThreadEntry,
} from "./network.service.js";

function counterpartType<T extends object>(
  name: string,
  ref: typeof PersonRef | typeof OrganizationRef,
  field: string,
  what: string,
) {
  return builder.objectRef<Counterpart<T>>(name).implement({
    description: `A ${what} met, with the meetings where they met.`,
    fields: (t) => ({
      [field]: t.field({ type: ref, description: `The ${what} met.`, resolve: (row) => row.counterpart as never }),
      meetingCount: t.int({ description: "How many meetings they shared.", resolve: (row) => row.meetingCount }),
      meetings: t.field({
        type: [MeetingRef],
        description: "The meetings they shared, most recent first.",
        resolve: (row) => row.meetings,
      }),
    }),
  });
}

const PersonCounterpart = counterpartType("PersonCounterpart", PersonRef, "person", "person");
const OrganizationCounterpart = counterpartType(
  "OrganizationCounterpart",
  OrganizationRef,
  "organization",
  "organization",
);

builder.prismaObjectFields("Person", (t) => ({
  counterparts: t.loadableList({
    type: PersonCounterpart,
    description:
      "People this person met across the table (on the other side of a meeting), most shared meetings first, then by name.",
    load: (ids: string[]) => personCounterparts(ids),
    resolve: (person) => person.id,
  }),
}));

builder.prismaObjectFields("Organization", (t) => ({
  counterparts: t.loadableList({
    type: OrganizationCounterpart,
    description:
      "Organizations represented across the table from this organization or any organization under it, most shared meetings first, then by name.",
    load: (ids: string[]) => organizationCounterparts(ids),
    resolve: (organization) => organization.id,
  }),
}));

const ThreadEntryRef = builder.objectRef<ThreadEntry>("CommitmentThreadEntry").implement({
  description: "One commitment in a thread, with how many replies deep it sits.",
  fields: (t) => ({
    commitment: t.field({ type: CommitmentRef, description: "The commitment.", resolve: (entry) => entry.commitment }),
    depth: t.int({
      description: "0 for the request that opened the thread, 1 for a response to it, and so on.",
      resolve: (entry) => entry.depth,
    }),
  }),
});

builder.prismaObjectFields("Commitment", (t) => ({
  thread: t.loadableList({
    type: ThreadEntryRef,
    description:
      "The whole thread this commitment belongs to: the opening request and every response below it, depth first, in the order the source reports them.",
    load: (ids: string[]) => commitmentThreads(ids),
    resolve: (commitment) => commitment.id,
  }),
}));

interface TimelineEntryShape {
  date: KnownDateShape | null;
  meeting: Meeting | null;
  commitment: Commitment | null;
}

const TimelineEntry = builder.objectRef<TimelineEntryShape>("TimelineEntry").implement({
  description: "A meeting or a commitment in a relationship's timeline.",
  fields: (t) => ({
    date: t.field({
      type: KnownDate,
      nullable: true,
      description: "When it happened (a commitment takes its meeting's date); null when unknown.",
      resolve: (e) => e.date,
    }),
    meeting: t.field({
      type: MeetingRef,
      nullable: true,
      description: "The meeting, when the entry is a meeting.",
      resolve: (e) => e.meeting,
    }),
    commitment: t.field({
      type: CommitmentRef,
      nullable: true,
      description: "The commitment, when the entry is one.",
      resolve: (e) => e.commitment,
    }),
  }),
});

const partyArgs = builder.args((t) => ({
  a: t.id({
    description:
      'A person, organization (with its sub-organizations) or country, by global id, slug or ISO code ("JP").',
    ...refersTo(...PARTY_TYPES),
  }),
  b: t.id({
    description: "Another person, organization or country, by global id, slug or ISO code.",
    ...refersTo(...PARTY_TYPES),
  }),
}));

/** The two parties of a question about a relationship. */
function partiesOf(args: { a: string; b: string }, ctx: Context) {
  const find = findRecord(ctx);
  return [find(args.a, PARTY_TYPES, "a"), find(args.b, PARTY_TYPES, "b")] as const;
}

builder.queryFields((t) => ({
  meetingsBetween: t.prismaConnection({
    type: "Meeting",
    cursor: "id",
    defaultSize: DEFAULT_PAGE_SIZE,
    description: "Meetings in which both parties took part, most recent first.",
    args: partyArgs,
    totalCount: (_root, args, ctx) => db.meeting.count({ where: bothTookPart(...partiesOf(args, ctx)) }),
    resolve: (query, _root, args, ctx) =>
      db.meeting.findMany({
        ...query,
        where: bothTookPart(...partiesOf(args, ctx)),
        orderBy: [{ date: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      }),
  }),
  relationshipTimeline: t.field({
    type: [TimelineEntry],
    description:
      "Meetings both parties took part in and commitments between them (one made, the other received or made it too), oldest first; undated entries last.",
    args: {
      ...partyArgs,
      first: t.arg.int({
        required: false,
        defaultValue: 50,
        description: `How many entries, at most ${MAX_PAGE_SIZE}.`,
      }),
    },
    resolve: async (_root, args, ctx) => {
      const [a, b] = partiesOf(args, ctx);
      const limit = args.first ?? 50;
      if (limit < 0 || limit > MAX_PAGE_SIZE)
        throw badInput(`"first" must be between 0 and ${MAX_PAGE_SIZE}, got ${limit}`);
      const [meetings, commitments] = await Promise.all([
        db.meeting.findMany({
          where: bothTookPart(a, b),
          orderBy: [{ date: { sort: "asc", nulls: "last" } }, { id: "asc" }],
          take: limit,
        }),
        db.commitment.findMany({
          where: betweenWhere(a, b),
          include: { meeting: true },
          orderBy: [{ meeting: { date: { sort: "asc", nulls: "last" } } }, { id: "asc" }],
          take: limit,
        }),
      ]);
      const entries: TimelineEntryShape[] = [
        ...meetings.map((meeting) => ({
          date: knownDate(meeting.date, meeting.datePrecision, meeting.dateBasis, meeting.dateNote),
          meeting,
          commitment: null,
        })),
        ...commitments.map(({ meeting, ...commitment }) => ({
          date: meeting ? knownDate(meeting.date, meeting.datePrecision, meeting.dateBasis, meeting.dateNote) : null,
          meeting: null,
          commitment,
        })),
      ];
      const time = (entry: TimelineEntryShape) => entry.date?.start.getTime() ?? Number.POSITIVE_INFINITY;
      return entries
        .sort((x, y) => time(x) - time(y) || Number(x.commitment !== null) - Number(y.commitment !== null))
        .slice(0, limit);
    },
  }),
}));

function bothTookPart(a: RecordRef<PartyType>, b: RecordRef<PartyType>) {
  return {
    AND: [
      { participations: { some: participationByPartyWhere(a) } },
      { participations: { some: participationByPartyWhere(b) } },
    ],
  };
}
