import { sql, sqlRoot } from "../../compiled-reads/declare.js";
import { MeetingKind, MeetingStatus } from "../../generated/prisma/enums.js";
import { db } from "../../infra/db.js";
import { builder, DEFAULT_PAGE_SIZE } from "../../schema/builder.js";
import { refuseForeignCursor } from "../../schema/cursors.js";
import { longObjectList, longText } from "../../schema/input-limits.js";
import { findRecord, refersTo } from "../../schema/references.js";
import type { Context } from "../../server/context.js";
import { commitmentWhere } from "../commitment/commitment.filter.js";
import { CommitmentFilter } from "../commitment/commitment-filter.graphql.js";
import { SourceDocumentRef } from "../document/document.graphql.js";
import { ParticipationSideEnum } from "../participation/participation.graphql.js";
import { enumFilter, OrganizationMatch, PartialDateRange, StringFilter } from "../shared/filters.graphql.js";
import { PARTY_TYPES } from "../shared/filters.js";
import { lookup, whereIdOrSlug } from "../shared/lookup.js";
import { lookupArgs } from "../shared/lookup-args.js";
import {
  CitationInputRef,
  DeletedRef,
  DeleteInput,
  deletedRecord,
  editorMutation,
  idempotencyKeyArg,
  writtenRow,
} from "../shared/mutation.graphql.js";
import { BasisEnum, KnownDate, knownDate, knownDateSql } from "../shared/shared.graphql.js";
import { MEETING_ORDERS, type MeetingFilterInput, type MeetingOrder, meetingWhere } from "./meeting.filter.js";
import {
  type CreateMeetingInput as CreateMeetingData,
  createMeeting,
  deleteMeeting,
  type UpdateMeetingInput as UpdateMeetingData,
  updateMeeting,
} from "./meeting.service.js";
// The service re-validates input with zod; GraphQL's nullable list items are refused there.

export const MeetingKindEnum = builder.enumType(MeetingKind, {
  name: "MeetingKind",
  description: "The format of a meeting.",
});
export const MeetingStatusEnum = builder.enumType(MeetingStatus, {
  name: "MeetingStatus",
  description: "Whether a meeting took place, is planned, or was moved or called off.",
});

export const MeetingRef = builder.prismaNode("Meeting", {
  select: { id: true },
  id: { field: "id" },
  description: "A meeting, talk or visit between people representing organizations and countries, held or planned.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, human-readable key." }),
    title: t.exposeString("title", { description: "A short descriptive title." }),
    kind: t.expose("kind", { type: MeetingKindEnum, description: "The format of the meeting." }),
    status: t.expose("status", { type: MeetingStatusEnum, description: "Held, planned, postponed..." }),
    statusReason: t.exposeString("statusReason", {
      nullable: true,
      description: "Why it was postponed, cancelled or moved, as the source says.",
    }),
    date: t.field({
      type: KnownDate,
      nullable: true,
      description: "When it took place or is planned, as precisely as known; null when no date is given.",
      select: { date: true, datePrecision: true, dateBasis: true, dateNote: true },
      extensions: sql((c) => knownDateSql(c("date"), c("datePrecision"), c("dateBasis"), c("dateNote"))),
      resolve: (m) => knownDate(m.date, m.datePrecision, m.dateBasis, m.dateNote),
    }),
    originalDate: t.field({
      type: KnownDate,
      nullable: true,
      description: "When it was first scheduled, if it was moved.",
      select: { originalDate: true, originalDatePrecision: true, originalDateBasis: true, originalDateNote: true },
      extensions: sql((c) =>
        knownDateSql(c("originalDate"), c("originalDatePrecision"), c("originalDateBasis"), c("originalDateNote")),
      ),
      resolve: (m) => knownDate(m.originalDate, m.originalDatePrecision, m.originalDateBasis, m.originalDateNote),
    }),
    place: t.exposeString("place", { nullable: true, description: "Where it was held, as the source names it." }),
    placeCountry: t.relation("placeCountry", { nullable: true, description: "The country it was held in." }),
    series: t.exposeString("series", {
      nullable: true,
      description: 'The recurring series it belongs to, e.g. "Japan-China Defense Vice-Ministerial Meeting".',
    }),
    sequenceNumber: t.exposeInt("sequenceNumber", {
      nullable: true,
      description: 'Its number in the series ("9th" is 9).',
    }),
    summary: t.exposeString("summary", { nullable: true, description: "A curator's summary." }),
    basis: t.expose("basis", {
      type: BasisEnum,
      description: "STATED when the source reports the meeting; INFERRED when only implied.",
    }),
    citation: t.relation("citation", { description: "The excerpt that reports the meeting." }),
    participantCount: t.relationCount("participations", { description: "How many people attended." }),
    commitmentCount: t.relationCount("commitments", { description: "How many commitments were made at it." }),
    participants: t.relatedConnection("participations", {
      cursor: "id",
      totalCount: true,
      query: { orderBy: [{ side: "asc" }, { ordinal: "asc" }, { id: "asc" }] },
      description: "Who attended, hosts first, each in the role they held there.",
    }),
    commitments: t.relatedConnection("commitments", {
      cursor: "id",
      totalCount: true,
      args: { filter: t.arg({ type: CommitmentFilter, required: false, description: "Which commitments." }) },
      query: (args, ctx) => ({
        where: commitmentWhere(args.filter, findRecord(ctx)),
        orderBy: [{ citation: { startOffset: "asc" } }, { id: "asc" }],
      }),
      description:
        "Requests, pledges, agreements and responses made at the meeting, in the order the source reports them.",
    }),
    sources: t.field({
      type: [SourceDocumentRef],
      description: "Every document cited by the meeting, its participants or its commitments.",
      select: (_args, _ctx, nestedSelection) => {
        const cited = { select: { document: nestedSelection(true) } };
        return {
          citation: cited,
          participations: { select: { citation: cited } },
          commitments: { select: { citation: cited } },
        };
      },
      resolve: (m) => {
        const documents = [
          m.citation,
          ...m.participations.map((p) => p.citation),
          ...m.commitments.map((c) => c.citation),
        ].map((c) => c.document);
        return [...new Map(documents.map((d) => [d.id, d])).values()];
      },
    }),
  }),
});

export const MeetingFilter = builder.inputRef<MeetingFilterInput>("MeetingFilter").implement({
  description: "Narrows meetings. Given fields must all match; combine filters with `and`, `or` and `not`.",
  fields: (t) => ({
    and: t.field({ type: [MeetingFilter], required: false, description: "Every one of these filters matches." }),
    or: t.field({ type: [MeetingFilter], required: false, description: "At least one of these filters matches." }),
    not: t.field({ type: MeetingFilter, required: false, description: "This filter does not match." }),
    title: t.field({ type: StringFilter, required: false, description: "The title." }),
    date: t.field({
      type: PartialDateRange,
      required: false,
      description:
        "When it took place; matches when its known period overlaps the range. Undated meetings never match.",
    }),
    kind: t.field({
      type: enumFilter("MeetingKindFilter", MeetingKindEnum, "a meeting kind"),
      required: false,
      description: "The format.",
    }),
    status: t.field({
      type: enumFilter("MeetingStatusFilter", MeetingStatusEnum, "a meeting status"),
      required: false,
      description: "Held, planned...",
    }),
    basis: t.field({
      type: BasisEnum,
      required: false,
      description: "Only meetings the source reports (STATED) or only inferred ones.",
    }),
    country: t.string({
      required: false,
      description:
        'A country represented by a participant, directly or through their organization or nationality, by ISO code ("JP") or global id.',
      ...refersTo("Country"),
    }),
    placeCountry: t.string({
      required: false,
      description: "The country it was held in, by ISO code or global id.",
      ...refersTo("Country"),
    }),
    participant: t.id({
      required: false,
      description: "A person who attended, by global id or slug.",
      ...refersTo("Person"),
    }),
    organization: t.field({
      type: OrganizationMatch,
      required: false,
      description: "An organization represented at it (by default with its sub-organizations).",
    }),
    party: t.id({
      required: false,
      description:
        'A person, organization (with sub-organizations) or country that took part, by global id, slug or ISO code ("united-nations", "JP").',
      ...refersTo(...PARTY_TYPES),
    }),
    topic: t.string({
      required: false,
      description: "A topic one of its commitments is about, by slug.",
      ...refersTo("Topic"),
    }),
    series: t.string({ required: false, description: "The recurring series it belongs to, exactly." }),
  }),
});

export const MeetingOrderEnum = builder.enumType("MeetingOrder", {
  description: "Orders for meeting lists; ties are broken by id, so cursors stay stable.",
  values: {
    DATE_DESC: { description: "Most recent first; undated meetings last." },
    DATE_ASC: { description: "Oldest first; undated meetings last." },
    TITLE_ASC: { description: "By title, A to Z." },
    CREATED_DESC: { description: "Most recently recorded first." },
  } satisfies Record<MeetingOrder, { description: string }>,
});

/** The Prisma arguments a meetings page reads with; the compiled read path translates the same ones. */
const meetingsQuery = (args: { filter?: MeetingFilterInput | null; orderBy?: MeetingOrder | null }, ctx: Context) => ({
  where: meetingWhere(args.filter, findRecord(ctx)),
  orderBy: MEETING_ORDERS[args.orderBy ?? "DATE_DESC"],
});

builder.queryFields((t) => ({
  meetings: t.prismaConnection({
    type: "Meeting",
    cursor: "id",
    defaultSize: DEFAULT_PAGE_SIZE,
    description: "Meetings, filtered and ordered; by default most recent first with undated (planned) meetings last.",
    args: {
      filter: t.arg({ type: MeetingFilter, required: false, description: "Which meetings." }),
      orderBy: t.arg({
        type: MeetingOrderEnum,
        required: false,
        defaultValue: "DATE_DESC",
        description: "Their order.",
      }),
    },
    extensions: sqlRoot({ kind: "connection", model: "Meeting", query: meetingsQuery }),
    totalCount: (_parent, args, ctx) => db.meeting.count({ where: meetingsQuery(args, ctx).where }),
    resolve: (query, _parent, args, ctx) =>
      db.meeting
        .findMany({ ...query, ...meetingsQuery(args, ctx) })
        .then((rows) =>
          refuseForeignCursor(rows, args, "meetings", (id) =>
            db.meeting.findUnique({ where: { id }, select: { id: true } }),
          ),
        ),
  }),
  meeting: t.prismaField({
    type: "Meeting",
    description: "One meeting by global id or slug.",
    args: lookupArgs,
    extensions: sqlRoot({ kind: "unique", model: "Meeting", where: (args) => whereIdOrSlug("Meeting", args) }),
    resolve: (query, _root, args) => lookup("Meeting", args, (where) => db.meeting.findUnique({ ...query, where })),
  }),
}));

const ParticipantInput = builder.inputType("ParticipantInput", {
  description: "A person at a meeting.",
  fields: (t) => ({
    person: t.id({ description: "Global id of the person." }),
    position: t.id({ required: false, description: "Global id of the position they held there, if recorded." }),
    organization: t.id({ required: false, description: "Global id of the organization they represented." }),
    country: t.string({ required: false, description: "ISO code of the country they represented." }),
    roleTitle: t.string({ description: "The title the source gives them at the meeting." }),
    side: t.field({ type: ParticipationSideEnum, description: "Host or guest." }),
    inferred: t.boolean({ required: false, description: "True when the source only implies they attended." }),
    citation: t.field({ type: CitationInputRef, description: "The excerpt that places them there." }),
  }),
});

function meetingInputFields(
  t: PothosSchemaTypes.InputFieldBuilder<typeof builder.$inferSchemaTypes, "InputObject">,
  required: boolean,
) {
  return {
    title: t.string({ required, description: "A short descriptive title." }),
    kind: t.field({ type: MeetingKindEnum, required, description: "The format." }),
    status: t.field({ type: MeetingStatusEnum, required, description: "Held, planned..." }),
    statusReason: t.string({ ...longText, required: false, description: "Why it was moved or called off." }),
    date: t.field({ type: "PartialDate", required: false, description: "When, as precisely as known." }),
    dateInferred: t.boolean({ required: false, description: "True when the date is inferred (then give dateNote)." }),
    dateNote: t.string({ ...longText, required: false, description: "How an inferred date was derived." }),
    originalDate: t.field({ type: "PartialDate", required: false, description: "When it was first scheduled." }),
    place: t.string({ required: false, description: "Where, as the source names it." }),
    placeCountry: t.string({ required: false, description: "ISO code of the country it was held in." }),
    series: t.string({ required: false, description: "The recurring series." }),
    sequenceNumber: t.int({ required: false, description: "Its number in the series." }),
    summary: t.string({ ...longText, required: false, description: "A short summary." }),
  };
}

const CreateMeetingInput = builder.inputType("CreateMeetingInput", {
  description: "A new meeting with its participants.",
  fields: (t) => ({
    slug: t.string({ description: "Stable key: lower-case words joined by hyphens." }),
    ...meetingInputFields(t, true),
    inferred: t.boolean({ required: false, description: "True when the source only implies the meeting." }),
    citation: t.field({ type: CitationInputRef, description: "The excerpt that reports it." }),
    participants: t.field({
      ...longObjectList,
      type: [ParticipantInput],
      required: { list: false, items: true },
      description: "Who attended.",
    }),
  }),
});

const UpdateMeetingInput = builder.inputType("UpdateMeetingInput", {
  description: "Changes to a meeting; omitted fields stay as they are. `participants` replaces the whole list.",
  fields: (t) => ({
    id: t.id({ description: "The meeting's global id." }),
    expectedVersion: t.int({ description: "The `version` you read; a newer stored version is a ConflictError." }),
    ...meetingInputFields(t, false),
    participants: t.field({
      ...longObjectList,
      type: [ParticipantInput],
      required: { list: false, items: true },
      description: "The new participant list.",
    }),
  }),
});

builder.prismaObjectField("Meeting", "version", (t) =>
  t.exposeInt("version", { description: "Increases with every change; send it back as `expectedVersion`." }),
);

builder.mutationFields((t) => ({
  createMeeting: t.prismaField({
    type: "Meeting",
    description: "Records a meeting and who attended.",
    ...editorMutation,
    args: { input: t.arg({ type: CreateMeetingInput, description: "The meeting." }), ...idempotencyKeyArg },
    resolve: (query, _root, args, ctx) =>
      createMeeting(
        ctx,
        args.input as CreateMeetingData,
        writtenRow((tx) => tx.meeting, query, args),
      ),
  }),
  updateMeeting: t.prismaField({
    type: "Meeting",
    description: "Corrects a meeting.",
    ...editorMutation,
    args: { input: t.arg({ type: UpdateMeetingInput, description: "The changes." }), ...idempotencyKeyArg },
    resolve: (query, _root, args, ctx) =>
      updateMeeting(
        ctx,
        args.input as UpdateMeetingData,
        writtenRow((tx) => tx.meeting, query, args),
      ),
  }),
  deleteMeeting: t.field({
    type: DeletedRef,
    description: "Deletes a meeting and its participations; refused while commitments made there exist.",
    ...editorMutation,
    args: { input: t.arg({ type: DeleteInput, description: "Which meeting." }), ...idempotencyKeyArg },
    resolve: (_root, args, ctx) => deleteMeeting(ctx, args.input, deletedRecord("Meeting", args)),
  }),
}));
