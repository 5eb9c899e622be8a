// The meeting mutations and their inputs; the rules and writes are in meeting.service.ts.
// The service re-validates input with zod; GraphQL's nullable list items are refused there.
import { builder } from "../../schema/builder.js";
import { longObjectList, longText } from "../../schema/input-limits.js";
import { InputReferences } from "../../schema/input-references.js";
import { refersTo } from "../../schema/references.js";
import { ParticipationSideEnum } from "../participation/participation.graphql.js";
import {
  CitationInputRef,
  DeletedRef,
  DeleteInput,
  deletedRecord,
  editorMutation,
  idempotencyKeyArg,
  writtenRow,
} from "../shared/mutation.graphql.js";
import { BasisEnum } from "../shared/shared.graphql.js";
import { MeetingKindEnum, MeetingStatusEnum } from "./meeting.graphql.js";
import {
  type CreateMeetingInput as CreateMeetingData,
  createMeeting,
  deleteMeeting,
  type UpdateMeetingInput as UpdateMeetingData,
  updateMeeting,
} from "./meeting.service.js";

const ParticipantInput = builder.inputType("ParticipantInput", {
  description: "A person at a meeting.",
  fields: (t) => ({
    person: t.id({ description: "The person, by global id or slug.", ...refersTo("Person") }),
    position: t.id({
      required: false,
      description: "The position they held there, if recorded, by global id or slug.",
      ...refersTo("Position"),
    }),
    organization: t.id({
      required: false,
      description: "The organization they represented, by global id or slug.",
      ...refersTo("Organization"),
    }),
    organizationBasis: t.field({
      type: BasisEnum,
      required: false,
      defaultValue: "STATED",
      description:
        "STATED when the source names the organization they represented; INFERRED when it only implies it (then give `organization` and `organizationNote`).",
    }),
    organizationNote: t.string({
      ...longText,
      required: false,
      description: "How an inferred organization was derived.",
    }),
    country: t.string({
      required: false,
      description: 'The country they represented, by ISO code ("JP") or global id.',
      ...refersTo("Country"),
    }),
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
    placeCountry: t.string({
      required: false,
      description: 'The country it was held in, by ISO code ("JP") or global id.',
      ...refersTo("Country"),
    }),
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
    id: t.id({ description: "The meeting, by global id or slug.", ...refersTo("Meeting") }),
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

type ParticipantFields = typeof ParticipantInput.$inferInput;

/** The records a meeting input names, decoded to uuids (participants keep their order). */
function decodeMeetingReferences<I extends { placeCountry?: string | null; participants?: ParticipantFields[] | null }>(
  refs: InputReferences,
  input: I,
) {
  return {
    ...input,
    placeCountry: refs.optionalId(input.placeCountry, "Country", ["input", "placeCountry"]),
    participants: input.participants?.map((participant, index) => {
      const path = ["input", "participants", String(index)];
      return {
        ...participant,
        person: refs.id(participant.person, "Person", [...path, "person"]),
        position: refs.optionalId(participant.position, "Position", [...path, "position"]),
        organization: refs.optionalId(participant.organization, "Organization", [...path, "organization"]),
        country: refs.optionalId(participant.country, "Country", [...path, "country"]),
        citation: refs.citation(participant.citation, [...path, "citation"]),
      };
    }),
  };
}

builder.mutationFields((t) => ({
  createMeeting: t.prismaField({
    type: "Meeting",
    description: "Records a meeting and who attended.",
    ...editorMutation,
    args: { input: t.arg({ type: CreateMeetingInput, description: "The meeting." }), ...idempotencyKeyArg },
    resolve: (query, _root, { input, ...args }, ctx) => {
      const refs = new InputReferences(ctx);
      const decoded = {
        ...decodeMeetingReferences(refs, input),
        citation: refs.citation(input.citation, ["input", "citation"]),
      };
      return refs.run(decoded as CreateMeetingData, (data) =>
        createMeeting(
          ctx,
          data,
          writtenRow((tx) => tx.meeting, query, args),
        ),
      );
    },
  }),
  updateMeeting: t.prismaField({
    type: "Meeting",
    description: "Corrects a meeting.",
    ...editorMutation,
    args: { input: t.arg({ type: UpdateMeetingInput, description: "The changes." }), ...idempotencyKeyArg },
    resolve: (query, _root, { input, ...args }, ctx) => {
      const refs = new InputReferences(ctx);
      const decoded = {
        ...decodeMeetingReferences(refs, input),
        id: refs.target(input.id, "Meeting", ["input", "id"]),
      };
      return refs.run(decoded as UpdateMeetingData, (data) =>
        updateMeeting(
          ctx,
          data,
          writtenRow((tx) => tx.meeting, query, args),
        ),
      );
    },
  }),
  deleteMeeting: t.field({
    type: DeletedRef,
    description: "Deletes a meeting and its participations; refused while commitments made there exist.",
    ...editorMutation,
    args: { input: t.arg({ type: DeleteInput, description: "Which meeting." }), ...idempotencyKeyArg },
    resolve: (_root, { input, ...args }, ctx) => {
      const refs = new InputReferences(ctx);
      const decoded = { id: refs.target(input.id, "Meeting", ["input", "id"]) };
      return refs.run(decoded, (data) => deleteMeeting(ctx, data, deletedRecord("Meeting", args)));
    },
  }),
}));
