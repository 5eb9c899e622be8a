import { sqlRoot } from "../../compiled-reads/declare.js";
import { db } from "../../infra/db.js";
import { builder } from "../../schema/builder.js";
import { InputReferences } from "../../schema/input-references.js";
import { lookup, whereIdOrSlug } from "../../schema/lookup.js";
import { findRecord, refersTo } from "../../schema/references.js";
import type { Context } from "../../server/context.js";
import { PartyRoleEnum } from "../commitment/party-role.graphql.js";
import { positionsQuery } from "../position/position.filter.js";
import { PositionMatch, positionsArgs } from "../position/position.graphql.js";
import { OrganizationMatch, StringFilter } from "../shared/filters.graphql.js";
import { lookupArgs } from "../shared/lookup-args.js";
import { mergePeople } from "../shared/merge.service.js";
import {
  DeletedRef,
  DeleteInput,
  deletedRecord,
  editorMutation,
  idempotencyKeyArg,
  MergeInputRef,
  writtenRow,
} from "../shared/mutation.graphql.js";
import { rootListOptions } from "../shared/root-list.js";
import { PERSON_ORDERS, type PersonFilterInput, type PersonOrder, personWhere } from "./person.filter.js";
import { createPerson, deletePerson, updatePerson } from "./person.service.js";

export const PersonRef = builder.prismaNode("Person", {
  select: { id: true },
  id: { field: "id" },
  description: "A person who took part in meetings, held positions or made commitments.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, human-readable key." }),
    name: t.exposeString("name", {
      description: 'The name as sources print it, often only a family name ("Kitazawa").',
    }),
    fullName: t.exposeString("fullName", {
      nullable: true,
      description: "The full name, only where a source prints it.",
    }),
    country: t.relation("country", { nullable: true, description: "The country the person serves or belongs to." }),
    positions: t.relatedConnection("positions", {
      cursor: "id",
      totalCount: true,
      args: positionsArgs,
      query: positionsQuery,
      description: "Roles held, most recent start first.",
    }),
    participations: t.relatedConnection("participations", {
      cursor: "id",
      totalCount: true,
      query: { orderBy: [{ meeting: { date: { sort: "desc", nulls: "last" } } }, { id: "asc" }] },
      description: "Meetings attended and the role held at each, most recent first.",
    }),
    commitments: t.relatedConnection("commitmentParties", {
      cursor: "id",
      totalCount: true,
      args: {
        role: t.arg({
          type: PartyRoleEnum,
          required: false,
          description: "Only commitments made (MAKER) or received (ADDRESSEE).",
        }),
      },
      query: (args) => ({
        where: args.role ? { role: args.role } : {},
        orderBy: [{ commitment: { createdAt: "asc" } }, { id: "asc" }],
      }),
      description: "Commitments this person made or that were addressed to them.",
    }),
  }),
});

export const PersonFilter = builder.inputRef<PersonFilterInput>("PersonFilter").implement({
  description: "Narrows people. Given fields must all match; combine filters with `and`, `or` and `not`.",
  fields: (t) => ({
    and: t.field({ type: [PersonFilter], required: false, description: "Every one of these filters matches." }),
    or: t.field({ type: [PersonFilter], required: false, description: "At least one of these filters matches." }),
    not: t.field({ type: PersonFilter, required: false, description: "This filter does not match." }),
    name: t.field({ type: StringFilter, required: false, description: "The name as printed or the full name." }),
    organization: t.field({
      type: OrganizationMatch,
      required: false,
      description: "Held a position in, or attended a meeting for, this organization.",
    }),
    role: t.field({ type: StringFilter, required: false, description: "The title of any position held." }),
    holds: t.field({
      type: PositionMatch,
      required: false,
      description:
        "Holds or held a position matching all of this: who held a role on a day (`asOf`), or holds it according to the latest source.",
    }),
    country: t.string({
      required: false,
      description: 'Their country, by ISO code ("JP") or global id.',
      ...refersTo("Country"),
    }),
  }),
});

export const PersonOrderEnum = builder.enumType("PersonOrder", {
  description: "Orders for people lists; ties are broken by id, so cursors stay stable.",
  values: {
    NAME_ASC: { description: "By name, A to Z." },
    CREATED_DESC: { description: "Most recently recorded first." },
  } satisfies Record<PersonOrder, { description: string }>,
});

/** The Prisma arguments a people page reads with; the compiled read path translates the same ones. */
const peopleQuery = (args: { filter?: PersonFilterInput | null; orderBy?: PersonOrder | null }, ctx: Context) => ({
  where: personWhere(args.filter, findRecord(ctx)),
  orderBy: PERSON_ORDERS[args.orderBy ?? "NAME_ASC"],
});

builder.queryFields((t) => ({
  people: t.prismaConnection({
    type: "Person",
    description: "People, filtered and ordered; by default by name.",
    args: {
      filter: t.arg({ type: PersonFilter, required: false, description: "Which people." }),
      orderBy: t.arg({ type: PersonOrderEnum, required: false, defaultValue: "NAME_ASC", description: "Their order." }),
    },
    ...rootListOptions("Person", "people", db.person, peopleQuery),
  }),
  person: t.prismaField({
    type: "Person",
    description: "One person by global id or slug.",
    args: lookupArgs,
    extensions: sqlRoot({ kind: "unique", model: "Person", where: (args) => whereIdOrSlug("Person", args) }),
    resolve: (query, _root, args) => lookup("Person", args, (where) => db.person.findUnique({ ...query, where })),
  }),
}));

const CreatePersonInput = builder.inputType("CreatePersonInput", {
  description: "A new person.",
  fields: (t) => ({
    slug: t.string({ description: "Stable key: lower-case words joined by hyphens." }),
    name: t.string({ description: "The name as sources print it." }),
    fullName: t.string({ required: false, description: "The full name, only where a source prints it." }),
    country: t.string({
      required: false,
      description: 'Their country, by ISO code ("JP") or global id.',
      ...refersTo("Country"),
    }),
  }),
});

const UpdatePersonInput = builder.inputType("UpdatePersonInput", {
  description: "Changes to a person; omitted fields stay as they are, null clears an optional one.",
  fields: (t) => ({
    id: t.id({ description: "The person, by global id or slug.", ...refersTo("Person") }),
    expectedVersion: t.int({
      description: "The `version` you read; a newer stored version is a ConflictError instead of an overwrite.",
    }),
    name: t.string({ required: false, description: "New printed name." }),
    fullName: t.string({ required: false, description: "New full name." }),
    country: t.string({
      required: false,
      description: "New country, by ISO code or global id; null clears it.",
      ...refersTo("Country"),
    }),
  }),
});

builder.prismaObjectField("Person", "version", (t) =>
  t.exposeInt("version", {
    description: "Increases with every change; send it back as `expectedVersion` when updating.",
  }),
);

builder.mutationFields((t) => ({
  createPerson: t.prismaField({
    type: "Person",
    description: "Records a person.",
    ...editorMutation,
    args: { input: t.arg({ type: CreatePersonInput, description: "The person." }), ...idempotencyKeyArg },
    resolve: (query, _root, { input, ...args }, ctx) => {
      const refs = new InputReferences(ctx);
      const decoded = { ...input, country: refs.optionalId(input.country, "Country", ["input", "country"]) };
      return refs.run(decoded, (data) =>
        createPerson(
          ctx,
          data,
          writtenRow((tx) => tx.person, query, args),
        ),
      );
    },
  }),
  updatePerson: t.prismaField({
    type: "Person",
    description: "Corrects a person.",
    ...editorMutation,
    args: { input: t.arg({ type: UpdatePersonInput, description: "The changes." }), ...idempotencyKeyArg },
    resolve: (query, _root, { input, ...args }, ctx) => {
      const refs = new InputReferences(ctx);
      const decoded = {
        ...input,
        id: refs.target(input.id, "Person", ["input", "id"]),
        country: refs.optionalId(input.country, "Country", ["input", "country"]),
      };
      return refs.run(decoded, (data) =>
        updatePerson(
          ctx,
          data,
          writtenRow((tx) => tx.person, query, args),
        ),
      );
    },
  }),
  deletePerson: t.field({
    type: DeletedRef,
    description: "Deletes a person no record depends on (otherwise a ConflictError: merge instead).",
    ...editorMutation,
    args: { input: t.arg({ type: DeleteInput, description: "Which person." }), ...idempotencyKeyArg },
    resolve: (_root, { input, ...args }, ctx) => {
      const refs = new InputReferences(ctx);
      const decoded = { id: refs.target(input.id, "Person", ["input", "id"]) };
      return refs.run(decoded, (data) => deletePerson(ctx, data, deletedRecord("Person", args)));
    },
  }),
  mergePeople: t.prismaField({
    type: "Person",
    description: "Merges a duplicate person into another; returns the survivor.",
    ...editorMutation,
    args: { input: t.arg({ type: MergeInputRef, description: "Survivor and duplicate." }), ...idempotencyKeyArg },
    resolve: (query, _root, { input, ...args }, ctx) => {
      const refs = new InputReferences(ctx);
      return refs.run(refs.merge(input, "Person"), (data) =>
        mergePeople(
          ctx,
          data,
          writtenRow((tx) => tx.person, query, args),
        ),
      );
    },
  }),
}));
