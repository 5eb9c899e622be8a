import { sql } from "../../compiled-reads/declare.js";
import { db } from "../../infra/db.js";
import { builder } from "../../schema/builder.js";
import { encodeGlobalId } from "../../schema/global-id.js";
import { CitationInputRef, DeletedRef, DeleteInput, idempotencyKeyArg, selectingSomething } from "../shared/mutation.graphql.js";
import { BasisEnum, KnownDate, knownDate, knownDateSql } from "../shared/shared.graphql.js";
import { createPosition, deletePosition, updatePosition } from "./position.service.js";

export const PositionRef = builder.prismaNode("Position", {
  select: { id: true },
  id: { field: "id" },
  description: "A role a person holds in an organization over a period; either end may be unknown.",
  fields: (t) => ({
    title: t.exposeString("title", { description: 'The role, e.g. "Defense Minister".' }),
    person: t.relation("person", { description: "Who holds or held it." }),
    organization: t.relation("organization", { description: "Where." }),
    start: t.field({
      type: KnownDate,
      nullable: true,
      description: "When it began, if known.",
      select: { startDate: true, startPrecision: true },
      extensions: sql((c) => knownDateSql(c("startDate"), c("startPrecision"))),
      resolve: (p) => knownDate(p.startDate, p.startPrecision),
    }),
    end: t.field({
      type: KnownDate,
      nullable: true,
      description: "When it ended, if known.",
      select: { endDate: true, endPrecision: true },
      extensions: sql((c) => knownDateSql(c("endDate"), c("endPrecision"))),
      resolve: (p) => knownDate(p.endDate, p.endPrecision),
    }),
    current: t.exposeBoolean("current", {
      description: 'False when the source says the role has ended ("then Defense Minister"), even if the end date is unknown.',
    }),
    basis: t.expose("basis", { type: BasisEnum, description: "Whether the source states the role or it was inferred." }),
    note: t.exposeString("note", { nullable: true, description: "How an inferred role was derived." }),
    citation: t.relation("citation", { description: "The excerpt that names the role." }),
  }),
});

const CreatePositionInput = builder.inputType("CreatePositionInput", {
  description: "A role a person holds or held.",
  fields: (t) => ({
    slug: t.string({ description: "Stable key: lower-case words joined by hyphens." }),
    person: t.id({ description: "Global id of the person." }),
    organization: t.id({ description: "Global id of the organization." }),
    title: t.string({ description: 'The role, e.g. "Defense Minister".' }),
    start: t.field({ type: "PartialDate", required: false, description: "When it began, as precisely as known." }),
    end: t.field({ type: "PartialDate", required: false, description: "When it ended, as precisely as known." }),
    current: t.boolean({ description: 'False when the role has ended ("then ..."), even without an end date.' }),
    inferred: t.boolean({ required: false, description: "True when the source implies the role rather than stating it." }),
    note: t.string({ required: false, description: "How an inferred role was derived." }),
    citation: t.field({ type: CitationInputRef, description: "The excerpt that names the role." }),
  }),
});

const UpdatePositionInput = builder.inputType("UpdatePositionInput", {
  description: "Changes to a position; omitted fields stay as they are.",
  fields: (t) => ({
    id: t.id({ description: "The position's global id." }),
    expectedVersion: t.int({ description: "The `version` you read; a newer stored version is a ConflictError." }),
    title: t.string({ required: false, description: "New title." }),
    start: t.field({ type: "PartialDate", required: false, description: "New start; null clears it." }),
    end: t.field({ type: "PartialDate", required: false, description: "New end; null clears it." }),
    current: t.boolean({ required: false, description: "Whether it is still held." }),
    note: t.string({ required: false, description: "New note." }),
  }),
});

builder.prismaObjectField("Position", "version", (t) =>
  t.exposeInt("version", { description: "Increases with every change; send it back as `expectedVersion`." }),
);

builder.mutationFields((t) => ({
  createPosition: t.prismaField({
    type: "Position",
    description: "Records a position held.",
    authScopes: { editor: true },
    errors: {},
    args: { input: t.arg({ type: CreatePositionInput, description: "The position." }), ...idempotencyKeyArg },
    resolve: async (query, _root, args, ctx) =>
      db.position.findUniqueOrThrow({ ...selectingSomething(query), where: { id: await createPosition(ctx, args.input, args.idempotencyKey) } }),
  }),
  updatePosition: t.prismaField({
    type: "Position",
    description: "Corrects a position, e.g. records when it ended.",
    authScopes: { editor: true },
    errors: {},
    args: { input: t.arg({ type: UpdatePositionInput, description: "The changes." }), ...idempotencyKeyArg },
    resolve: async (query, _root, args, ctx) =>
      db.position.findUniqueOrThrow({ ...selectingSomething(query), where: { id: await updatePosition(ctx, args.input, args.idempotencyKey) } }),
  }),
  deletePosition: t.field({
    type: DeletedRef,
    description: "Deletes a position (participations that named it keep their title).",
    authScopes: { editor: true },
    errors: {},
    args: { input: t.arg({ type: DeleteInput, description: "Which position." }), ...idempotencyKeyArg },
    resolve: async (_root, args, ctx) => ({ id: encodeGlobalId("Position", await deletePosition(ctx, args.input, args.idempotencyKey)) }),
  }),
}));
