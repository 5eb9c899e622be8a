// The commitment mutations and their inputs; the rules and writes are in commitment.service.ts.
import { builder } from "../../schema/builder.js";
import { longText } from "../../schema/input-limits.js";
import { InputReferences } from "../../schema/input-references.js";
import { refersTo } from "../../schema/references.js";
import { PARTY_TYPES } from "../shared/filters.js";
import {
  CitationInputRef,
  DeletedRef,
  DeleteInput,
  deletedRecord,
  editorMutation,
  idempotencyKeyArg,
  writtenRow,
} from "../shared/mutation.graphql.js";
import { CommitmentKindEnum, CommitmentStatusEnum } from "./commitment.graphql.js";
import { createCommitment, deleteCommitment, updateCommitment, updateCommitmentStatus } from "./commitment.service.js";

const DueInput = builder.inputType("DueInput", {
  description:
    'When a commitment is due: a date, words, or both. Words relative to the source ("next month", "within the year") without a date get one computed from the cited document\'s date, marked INFERRED.',
  fields: (t) => ({
    date: t.field({
      type: "PartialDate",
      required: false,
      description: "The deadline, as precisely as the source states it.",
    }),
    text: t.string({
      required: false,
      description: 'The deadline in the source\'s words, e.g. "as soon as possible".',
    }),
    asSoonAsPossible: t.boolean({
      required: false,
      description:
        'Wanted as soon as possible; by default read from `text` ("as soon as possible", "at an early date", "without delay"...).',
    }),
  }),
});

const CreateCommitmentInput = builder.inputType("CreateCommitmentInput", {
  description: "A new commitment.",
  fields: (t) => ({
    slug: t.string({ description: "Stable key: lower-case words joined by hyphens." }),
    kind: t.field({ type: CommitmentKindEnum, description: "Request, pledge, agreement..." }),
    statement: t.string({ ...longText, description: "What was asked, promised or agreed, in plain words." }),
    status: t.field({ type: CommitmentStatusEnum, description: "Where it stands." }),
    meeting: t.id({
      required: false,
      description: "The meeting where it was made, by global id or slug.",
      ...refersTo("Meeting"),
    }),
    topic: t.string({ required: false, description: "Its topic, by slug or global id.", ...refersTo("Topic") }),
    respondsTo: t.id({
      required: false,
      description: "The commitment it answers, by global id or slug.",
      ...refersTo("Commitment"),
    }),
    due: t.field({ type: DueInput, required: false, description: "When it is due." }),
    makers: t.idList({
      description:
        'The people, organizations or countries that made it, in order: global ids, slugs or ISO codes ("JP").',
      ...refersTo(...PARTY_TYPES),
    }),
    addressees: t.idList({
      required: false,
      description: "Those it was made to, in order, named like `makers`.",
      ...refersTo(...PARTY_TYPES),
    }),
    inferred: t.boolean({ required: false, description: "True when the source only implies it." }),
    citation: t.field({ type: CitationInputRef, description: "The excerpt that reports it." }),
  }),
});

const UpdateCommitmentInput = builder.inputType("UpdateCommitmentInput", {
  description:
    "Changes to a commitment other than its status (see updateCommitmentStatus); omitted fields stay as they are.",
  fields: (t) => ({
    id: t.id({ description: "The commitment, by global id or slug.", ...refersTo("Commitment") }),
    expectedVersion: t.int({ description: "The `version` you read; a newer stored version is a ConflictError." }),
    kind: t.field({ type: CommitmentKindEnum, required: false, description: "New kind." }),
    statement: t.string({ ...longText, required: false, description: "New statement." }),
    topic: t.string({
      required: false,
      description: "New topic, by slug or global id; null clears it.",
      ...refersTo("Topic"),
    }),
    respondsTo: t.id({
      required: false,
      description: "New commitment it answers, by global id or slug; null clears it.",
      ...refersTo("Commitment"),
    }),
    due: t.field({ type: DueInput, required: false, description: "New deadline; null clears it." }),
    makers: t.idList({
      required: false,
      description: "Replaces the makers: global ids, slugs or ISO codes, in order.",
      ...refersTo(...PARTY_TYPES),
    }),
    addressees: t.idList({
      required: false,
      description: "Replaces the addressees: global ids, slugs or ISO codes, in order.",
      ...refersTo(...PARTY_TYPES),
    }),
  }),
});

const UpdateCommitmentStatusInput = builder.inputType("UpdateCommitmentStatusInput", {
  description: "A status change, appended to the commitment's history.",
  fields: (t) => ({
    commitmentId: t.id({ description: "The commitment, by global id or slug.", ...refersTo("Commitment") }),
    status: t.field({ type: CommitmentStatusEnum, description: "The new status." }),
    note: t.string({ ...longText, required: false, description: "Why it changed." }),
    citation: t.field({
      type: CitationInputRef,
      required: false,
      description: "A source excerpt supporting the change.",
    }),
    expectedVersion: t.int({
      required: false,
      description: "The `version` you read; when given, a newer stored version is a ConflictError.",
    }),
  }),
});

builder.mutationFields((t) => ({
  createCommitment: t.prismaField({
    type: "Commitment",
    description: "Records a commitment with its makers, addressees and citation.",
    ...editorMutation,
    args: { input: t.arg({ type: CreateCommitmentInput, description: "The commitment." }), ...idempotencyKeyArg },
    resolve: (query, _root, { input, ...args }, ctx) => {
      const refs = new InputReferences(ctx);
      const decoded = {
        ...input,
        meeting: refs.optionalId(input.meeting, "Meeting", ["input", "meeting"]),
        topic: refs.optionalId(input.topic, "Topic", ["input", "topic"]),
        respondsTo: refs.optionalId(input.respondsTo, "Commitment", ["input", "respondsTo"]),
        makers: refs.records(input.makers, PARTY_TYPES, ["input", "makers"]),
        addressees: input.addressees && refs.records(input.addressees, PARTY_TYPES, ["input", "addressees"]),
        citation: refs.citation(input.citation, ["input", "citation"]),
      };
      return refs.run(decoded, (data) =>
        createCommitment(
          ctx,
          data,
          writtenRow((tx) => tx.commitment, query, args),
        ),
      );
    },
  }),
  updateCommitment: t.prismaField({
    type: "Commitment",
    description: "Corrects a commitment.",
    ...editorMutation,
    args: { input: t.arg({ type: UpdateCommitmentInput, description: "The changes." }), ...idempotencyKeyArg },
    resolve: (query, _root, { input, ...args }, ctx) => {
      const refs = new InputReferences(ctx);
      const decoded = {
        ...input,
        id: refs.target(input.id, "Commitment", ["input", "id"]),
        topic: refs.optionalId(input.topic, "Topic", ["input", "topic"]),
        respondsTo: refs.optionalId(input.respondsTo, "Commitment", ["input", "respondsTo"]),
        makers: input.makers && refs.records(input.makers, PARTY_TYPES, ["input", "makers"]),
        addressees: input.addressees && refs.records(input.addressees, PARTY_TYPES, ["input", "addressees"]),
      };
      return refs.run(decoded, (data) =>
        updateCommitment(
          ctx,
          data,
          writtenRow((tx) => tx.commitment, query, args),
        ),
      );
    },
  }),
  updateCommitmentStatus: t.prismaField({
    type: "Commitment",
    description: "Changes a commitment's status; the change is appended to `statusHistory`, never overwritten.",
    ...editorMutation,
    args: { input: t.arg({ type: UpdateCommitmentStatusInput, description: "The change." }), ...idempotencyKeyArg },
    resolve: (query, _root, { input, ...args }, ctx) => {
      const refs = new InputReferences(ctx);
      const decoded = {
        ...input,
        commitmentId: refs.target(input.commitmentId, "Commitment", ["input", "commitmentId"]),
        citation: input.citation && refs.citation(input.citation, ["input", "citation"]),
      };
      return refs.run(decoded, (data) =>
        updateCommitmentStatus(
          ctx,
          data,
          writtenRow((tx) => tx.commitment, query, args),
        ),
      );
    },
  }),
  deleteCommitment: t.field({
    type: DeletedRef,
    description: "Deletes a commitment no response answers.",
    ...editorMutation,
    args: { input: t.arg({ type: DeleteInput, description: "Which commitment." }), ...idempotencyKeyArg },
    resolve: (_root, { input, ...args }, ctx) => {
      const refs = new InputReferences(ctx);
      const decoded = { id: refs.target(input.id, "Commitment", ["input", "id"]) };
      return refs.run(decoded, (data) => deleteCommitment(ctx, data, deletedRecord("Commitment", args)));
    },
  }),
}));
